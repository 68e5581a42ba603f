from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeliveryWindow")


@_attrs_define
class ApiDeliveryWindow:
    """
    Attributes:
        earliest (None | str | Unset):
        latest (None | str | Unset):
    """

    earliest: None | str | Unset = UNSET
    latest: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earliest: None | str | Unset
        if isinstance(self.earliest, Unset):
            earliest = UNSET
        else:
            earliest = self.earliest

        latest: None | str | Unset
        if isinstance(self.latest, Unset):
            latest = UNSET
        else:
            latest = self.latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earliest is not UNSET:
            field_dict["earliest"] = earliest
        if latest is not UNSET:
            field_dict["latest"] = latest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        earliest: None | str | Unset = d.get("earliest", UNSET)

        latest: None | str | Unset = d.get("latest", UNSET)

        api_delivery_window = cls(
            earliest,
            latest,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_delivery_window.additional_properties = _extra
        return api_delivery_window

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Stateset: the declared keys, built once (from_dict collects the others as additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "earliest",
        "latest",
    }
)

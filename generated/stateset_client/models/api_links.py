from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiLinks")


@_attrs_define
class ApiLinks:
    """
    Attributes:
        order_permalink (None | str | Unset):
        privacy (None | str | Unset):
        terms (None | str | Unset):
    """

    order_permalink: None | str | Unset = UNSET
    privacy: None | str | Unset = UNSET
    terms: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_permalink: None | str | Unset
        if isinstance(self.order_permalink, Unset):
            order_permalink = UNSET
        else:
            order_permalink = self.order_permalink

        privacy: None | str | Unset
        if isinstance(self.privacy, Unset):
            privacy = UNSET
        else:
            privacy = self.privacy

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_permalink is not UNSET:
            field_dict["order_permalink"] = order_permalink
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        order_permalink: None | str | Unset = d.get("order_permalink", UNSET)

        privacy: None | str | Unset = d.get("privacy", UNSET)

        terms: None | str | Unset = d.get("terms", UNSET)

        api_links = cls(
            order_permalink,
            privacy,
            terms,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_links.additional_properties = _extra
        return api_links

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
        "order_permalink",
        "privacy",
        "terms",
    }
)

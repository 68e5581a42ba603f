from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierDetailsRequest")


@_attrs_define
class CarrierDetailsRequest:
    """
    Attributes:
        carrier_name (str):
        service_level (None | str | Unset):
        tracking_number (None | str | Unset):
    """

    carrier_name: str
    service_level: None | str | Unset = UNSET
    tracking_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_name = self.carrier_name

        service_level: None | str | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        else:
            service_level = self.service_level

        tracking_number: None | str | Unset
        if isinstance(self.tracking_number, Unset):
            tracking_number = UNSET
        else:
            tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier_name": carrier_name,
            }
        )
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        carrier_name = d["carrier_name"]

        service_level: None | str | Unset = d.get("service_level", UNSET)

        tracking_number: None | str | Unset = d.get("tracking_number", UNSET)

        carrier_details_request = cls(
            carrier_name,
            service_level,
            tracking_number,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        carrier_details_request.additional_properties = _extra
        return carrier_details_request

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
        "carrier_name",
        "service_level",
        "tracking_number",
    }
)

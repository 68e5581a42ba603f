from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShippingAddressRequest")


@_attrs_define
class ShippingAddressRequest:
    """
    Attributes:
        city (str):
        country (str):
        postal_code (str):
        state (str):
        street (str):
    """

    city: str
    country: str
    postal_code: str
    state: str
    street: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        postal_code = self.postal_code

        state = self.state

        street = self.street

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "postal_code": postal_code,
                "state": state,
                "street": street,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        city = d["city"]

        country = d["country"]

        postal_code = d["postal_code"]

        state = d["state"]

        street = d["street"]

        shipping_address_request = cls(
            city,
            country,
            postal_code,
            state,
            street,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        shipping_address_request.additional_properties = _extra
        return shipping_address_request

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
        "city",
        "country",
        "postal_code",
        "state",
        "street",
    }
)

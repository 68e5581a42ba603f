from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
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

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        postal_code = self.postal_code

        state = self.state

        street = self.street

        field_dict: dict[str, Any] = {}

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

        address = cls(
            city,
            country,
            postal_code,
            state,
            street,
        )

        return address

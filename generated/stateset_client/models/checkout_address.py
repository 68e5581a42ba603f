from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutAddress")


@_attrs_define
class CheckoutAddress:
    """
    Attributes:
        first_name (str):
        last_name (str):
        address_line_1 (str):
        city (str):
        province (str):
        country_code (str):
        postal_code (str):
        company (None | str | Unset):
        address_line_2 (None | str | Unset):
        phone (None | str | Unset):
    """

    first_name: str
    last_name: str
    address_line_1: str
    city: str
    province: str
    country_code: str
    postal_code: str
    company: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        address_line_1 = self.address_line_1

        city = self.city

        province = self.province

        country_code = self.country_code

        postal_code = self.postal_code

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "city": city,
                "province": province,
                "country_code": country_code,
                "postal_code": postal_code,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        first_name = d["first_name"]

        last_name = d["last_name"]

        address_line_1 = d["address_line_1"]

        city = d["city"]

        province = d["province"]

        country_code = d["country_code"]

        postal_code = d["postal_code"]

        company: None | str | Unset = d.get("company", UNSET)

        address_line_2: None | str | Unset = d.get("address_line_2", UNSET)

        phone: None | str | Unset = d.get("phone", UNSET)

        checkout_address = cls(
            first_name,
            last_name,
            address_line_1,
            city,
            province,
            country_code,
            postal_code,
            company,
            address_line_2,
            phone,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        checkout_address.additional_properties = _extra
        return checkout_address

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
        "first_name",
        "last_name",
        "address_line_1",
        "city",
        "province",
        "country_code",
        "postal_code",
        "company",
        "address_line_2",
        "phone",
    }
)

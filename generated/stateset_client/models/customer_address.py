from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """
    Attributes:
        id (UUID):
        first_name (str):
        last_name (str):
        address_line_1 (str):
        city (str):
        province (str):
        country_code (str):
        postal_code (str):
        is_default (bool):
        company (None | str | Unset):
        address_line_2 (None | str | Unset):
        phone (None | str | Unset):
    """

    id: UUID
    first_name: str
    last_name: str
    address_line_1: str
    city: str
    province: str
    country_code: str
    postal_code: str
    is_default: bool
    company: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        first_name = self.first_name

        last_name = self.last_name

        address_line_1 = self.address_line_1

        city = self.city

        province = self.province

        country_code = self.country_code

        postal_code = self.postal_code

        is_default = self.is_default

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
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "city": city,
                "province": province,
                "country_code": country_code,
                "postal_code": postal_code,
                "is_default": is_default,
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
        id = UUID(d["id"])

        first_name = d["first_name"]

        last_name = d["last_name"]

        address_line_1 = d["address_line_1"]

        city = d["city"]

        province = d["province"]

        country_code = d["country_code"]

        postal_code = d["postal_code"]

        is_default = d["is_default"]

        company: None | str | Unset = d.get("company", UNSET)

        address_line_2: None | str | Unset = d.get("address_line_2", UNSET)

        phone: None | str | Unset = d.get("phone", UNSET)

        customer_address = cls(
            id,
            first_name,
            last_name,
            address_line_1,
            city,
            province,
            country_code,
            postal_code,
            is_default,
            company,
            address_line_2,
            phone,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        customer_address.additional_properties = _extra
        return customer_address

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
        "id",
        "first_name",
        "last_name",
        "address_line_1",
        "city",
        "province",
        "country_code",
        "postal_code",
        "is_default",
        "company",
        "address_line_2",
        "phone",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAddress")


@_attrs_define
class ApiAddress:
    """
    Attributes:
        city (str):
        country (str):
        line1 (str):
        postal_code (str):
        email (None | str | Unset):
        line2 (None | str | Unset):
        name (None | str | Unset):
        phone (None | str | Unset):
        region (None | str | Unset):
    """

    city: str
    country: str
    line1: str
    postal_code: str
    email: None | str | Unset = UNSET
    line2: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        line1 = self.line1

        postal_code = self.postal_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "line1": line1,
                "postal_code": postal_code,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        city = d["city"]

        country = d["country"]

        line1 = d["line1"]

        postal_code = d["postal_code"]

        email: None | str | Unset = d.get("email", UNSET)

        line2: None | str | Unset = d.get("line2", UNSET)

        name: None | str | Unset = d.get("name", UNSET)

        phone: None | str | Unset = d.get("phone", UNSET)

        region: None | str | Unset = d.get("region", UNSET)

        api_address = cls(
            city,
            country,
            line1,
            postal_code,
            email,
            line2,
            name,
            phone,
            region,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_address.additional_properties = _extra
        return api_address

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
        "line1",
        "postal_code",
        "email",
        "line2",
        "name",
        "phone",
        "region",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerRegistration")


@_attrs_define
class CustomerRegistration:
    """
    Attributes:
        email (str):
        password (str):
        first_name (str):
        last_name (str):
        phone (None | str | Unset):
        accepts_marketing (bool | None | Unset):
    """

    email: str
    password: str
    first_name: str
    last_name: str
    phone: None | str | Unset = UNSET
    accepts_marketing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        accepts_marketing: bool | None | Unset
        if isinstance(self.accepts_marketing, Unset):
            accepts_marketing = UNSET
        else:
            accepts_marketing = self.accepts_marketing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if accepts_marketing is not UNSET:
            field_dict["accepts_marketing"] = accepts_marketing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        password = d["password"]

        first_name = d["first_name"]

        last_name = d["last_name"]

        phone: None | str | Unset = d.get("phone", UNSET)

        accepts_marketing: bool | None | Unset = d.get("accepts_marketing", UNSET)

        customer_registration = cls(
            email,
            password,
            first_name,
            last_name,
            phone,
            accepts_marketing,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        customer_registration.additional_properties = _extra
        return customer_registration

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
        "email",
        "password",
        "first_name",
        "last_name",
        "phone",
        "accepts_marketing",
    }
)

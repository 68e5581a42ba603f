from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """
    Attributes:
        id (UUID):
        email (str):
        first_name (str):
        last_name (str):
        accepts_marketing (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        phone (None | str | Unset):
    """

    id: UUID
    email: str
    first_name: str
    last_name: str
    accepts_marketing: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        accepts_marketing = self.accepts_marketing

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "accepts_marketing": accepts_marketing,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        email = d["email"]

        first_name = d["first_name"]

        last_name = d["last_name"]

        accepts_marketing = d["accepts_marketing"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        phone: None | str | Unset = d.get("phone", UNSET)

        customer_response = cls(
            id,
            email,
            first_name,
            last_name,
            accepts_marketing,
            created_at,
            updated_at,
            phone,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        customer_response.additional_properties = _extra
        return customer_response

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
        "email",
        "first_name",
        "last_name",
        "accepts_marketing",
        "created_at",
        "updated_at",
        "phone",
    }
)

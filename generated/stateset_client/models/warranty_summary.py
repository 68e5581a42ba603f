from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarrantySummary")


@_attrs_define
class WarrantySummary:
    """
    Attributes:
        created_at (datetime.datetime):
        customer_id (UUID):
        end_date (datetime.datetime):
        id (UUID):
        product_id (UUID):
        start_date (datetime.datetime):
        status (str):
        warranty_number (str):
        terms (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
    """

    created_at: datetime.datetime
    customer_id: UUID
    end_date: datetime.datetime
    id: UUID
    product_id: UUID
    start_date: datetime.datetime
    status: str
    warranty_number: str
    terms: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        customer_id = str(self.customer_id)

        end_date = self.end_date.isoformat()

        id = str(self.id)

        product_id = str(self.product_id)

        start_date = self.start_date.isoformat()

        status = self.status

        warranty_number = self.warranty_number

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "customer_id": customer_id,
                "end_date": end_date,
                "id": id,
                "product_id": product_id,
                "start_date": start_date,
                "status": status,
                "warranty_number": warranty_number,
            }
        )
        if terms is not UNSET:
            field_dict["terms"] = terms
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        customer_id = UUID(d["customer_id"])

        end_date = datetime.datetime.fromisoformat(d["end_date"])

        id = UUID(d["id"])

        product_id = UUID(d["product_id"])

        start_date = datetime.datetime.fromisoformat(d["start_date"])

        status = d["status"]

        warranty_number = d["warranty_number"]

        terms: None | str | Unset = d.get("terms", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = _updated_at
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        description: None | str | Unset = d.get("description", UNSET)

        warranty_summary = cls(
            created_at,
            customer_id,
            end_date,
            id,
            product_id,
            start_date,
            status,
            warranty_number,
            terms,
            updated_at,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        warranty_summary.additional_properties = _extra
        return warranty_summary

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
        "created_at",
        "customer_id",
        "end_date",
        "id",
        "product_id",
        "start_date",
        "status",
        "warranty_number",
        "terms",
        "updated_at",
        "description",
    }
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsnSummary")


@_attrs_define
class AsnSummary:
    """
    Attributes:
        asn_number (str):
        created_at (datetime.datetime):
        id (UUID):
        shipping_address (str):
        status (str):
        supplier_id (UUID):
        supplier_name (str):
        updated_at (datetime.datetime):
        expected_delivery_date (datetime.datetime | None | Unset):
    """

    asn_number: str
    created_at: datetime.datetime
    id: UUID
    shipping_address: str
    status: str
    supplier_id: UUID
    supplier_name: str
    updated_at: datetime.datetime
    expected_delivery_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asn_number = self.asn_number

        created_at = self.created_at.isoformat()

        id = str(self.id)

        shipping_address = self.shipping_address

        status = self.status

        supplier_id = str(self.supplier_id)

        supplier_name = self.supplier_name

        updated_at = self.updated_at.isoformat()

        expected_delivery_date: None | str | Unset
        if isinstance(self.expected_delivery_date, Unset):
            expected_delivery_date = UNSET
        elif isinstance(self.expected_delivery_date, datetime.datetime):
            expected_delivery_date = self.expected_delivery_date.isoformat()
        else:
            expected_delivery_date = self.expected_delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asn_number": asn_number,
                "created_at": created_at,
                "id": id,
                "shipping_address": shipping_address,
                "status": status,
                "supplier_id": supplier_id,
                "supplier_name": supplier_name,
                "updated_at": updated_at,
            }
        )
        if expected_delivery_date is not UNSET:
            field_dict["expected_delivery_date"] = expected_delivery_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asn_number = d["asn_number"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        shipping_address = d["shipping_address"]

        status = d["status"]

        supplier_id = UUID(d["supplier_id"])

        supplier_name = d["supplier_name"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        _expected_delivery_date = d.get("expected_delivery_date", UNSET)
        expected_delivery_date: datetime.datetime | None | Unset
        if _expected_delivery_date is None or isinstance(_expected_delivery_date, Unset):
            expected_delivery_date = _expected_delivery_date
        else:
            expected_delivery_date = datetime.datetime.fromisoformat(_expected_delivery_date)

        asn_summary = cls(
            asn_number,
            created_at,
            id,
            shipping_address,
            status,
            supplier_id,
            supplier_name,
            updated_at,
            expected_delivery_date,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        asn_summary.additional_properties = _extra
        return asn_summary

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
        "asn_number",
        "created_at",
        "id",
        "shipping_address",
        "status",
        "supplier_id",
        "supplier_name",
        "updated_at",
        "expected_delivery_date",
    }
)

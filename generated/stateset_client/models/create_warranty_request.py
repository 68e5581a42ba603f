from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateWarrantyRequest")


@_attrs_define
class CreateWarrantyRequest:
    """
    Attributes:
        customer_id (UUID):
        expiration_date (datetime.datetime):
        product_id (UUID):
        serial_number (str):
        terms (str):
        warranty_type (str):
    """

    customer_id: UUID
    expiration_date: datetime.datetime
    product_id: UUID
    serial_number: str
    terms: str
    warranty_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        expiration_date = self.expiration_date.isoformat()

        product_id = str(self.product_id)

        serial_number = self.serial_number

        terms = self.terms

        warranty_type = self.warranty_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "expiration_date": expiration_date,
                "product_id": product_id,
                "serial_number": serial_number,
                "terms": terms,
                "warranty_type": warranty_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer_id = UUID(d["customer_id"])

        expiration_date = datetime.datetime.fromisoformat(d["expiration_date"])

        product_id = UUID(d["product_id"])

        serial_number = d["serial_number"]

        terms = d["terms"]

        warranty_type = d["warranty_type"]

        create_warranty_request = cls(
            customer_id,
            expiration_date,
            product_id,
            serial_number,
            terms,
            warranty_type,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_warranty_request.additional_properties = _extra
        return create_warranty_request

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
        "customer_id",
        "expiration_date",
        "product_id",
        "serial_number",
        "terms",
        "warranty_type",
    }
)

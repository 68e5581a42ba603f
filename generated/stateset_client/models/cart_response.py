from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_status import CartStatus, check_cart_status

T = TypeVar("T", bound="CartResponse")


@_attrs_define
class CartResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        currency (str):
        discount_total (str):
        expires_at (datetime.datetime):
        id (UUID):
        shipping_total (str):
        status (CartStatus):
        subtotal (str):
        tax_total (str):
        total (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    currency: str
    discount_total: str
    expires_at: datetime.datetime
    id: UUID
    shipping_total: str
    status: CartStatus
    subtotal: str
    tax_total: str
    total: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        currency = self.currency

        discount_total = self.discount_total

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        shipping_total = self.shipping_total

        status: str = self.status

        subtotal = self.subtotal

        tax_total = self.tax_total

        total = self.total

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "currency": currency,
                "discount_total": discount_total,
                "expires_at": expires_at,
                "id": id,
                "shipping_total": shipping_total,
                "status": status,
                "subtotal": subtotal,
                "tax_total": tax_total,
                "total": total,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        currency = d["currency"]

        discount_total = d["discount_total"]

        expires_at = datetime.datetime.fromisoformat(d["expires_at"])

        id = UUID(d["id"])

        shipping_total = d["shipping_total"]

        status = check_cart_status(d["status"])

        subtotal = d["subtotal"]

        tax_total = d["tax_total"]

        total = d["total"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        cart_response = cls(
            created_at,
            currency,
            discount_total,
            expires_at,
            id,
            shipping_total,
            status,
            subtotal,
            tax_total,
            total,
            updated_at,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        cart_response.additional_properties = _extra
        return cart_response

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
        "currency",
        "discount_total",
        "expires_at",
        "id",
        "shipping_total",
        "status",
        "subtotal",
        "tax_total",
        "total",
        "updated_at",
    }
)

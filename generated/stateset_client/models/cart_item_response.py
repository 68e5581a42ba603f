from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CartItemResponse")


@_attrs_define
class CartItemResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        line_total (str):
        quantity (int):
        unit_price (str):
        updated_at (datetime.datetime):
        variant_id (UUID):
    """

    created_at: datetime.datetime
    id: UUID
    line_total: str
    quantity: int
    unit_price: str
    updated_at: datetime.datetime
    variant_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        line_total = self.line_total

        quantity = self.quantity

        unit_price = self.unit_price

        updated_at = self.updated_at.isoformat()

        variant_id = str(self.variant_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "line_total": line_total,
                "quantity": quantity,
                "unit_price": unit_price,
                "updated_at": updated_at,
                "variant_id": variant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        line_total = d["line_total"]

        quantity = d["quantity"]

        unit_price = d["unit_price"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        variant_id = UUID(d["variant_id"])

        cart_item_response = cls(
            created_at,
            id,
            line_total,
            quantity,
            unit_price,
            updated_at,
            variant_id,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        cart_item_response.additional_properties = _extra
        return cart_item_response

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
        "id",
        "line_total",
        "quantity",
        "unit_price",
        "updated_at",
        "variant_id",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderItem")


@_attrs_define
class PurchaseOrderItem:
    """
    Attributes:
        id (UUID):
        product_id (UUID):
        quantity (int):
        quantity_received (int):
        unit_price (float):
        tax_rate (float | None | Unset):
        currency (None | str | Unset):
    """

    id: UUID
    product_id: UUID
    quantity: int
    quantity_received: int
    unit_price: float
    tax_rate: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        product_id = str(self.product_id)

        quantity = self.quantity

        quantity_received = self.quantity_received

        unit_price = self.unit_price

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "product_id": product_id,
                "quantity": quantity,
                "quantity_received": quantity_received,
                "unit_price": unit_price,
            }
        )
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        product_id = UUID(d["product_id"])

        quantity = d["quantity"]

        quantity_received = d["quantity_received"]

        unit_price = d["unit_price"]

        tax_rate: float | None | Unset = d.get("tax_rate", UNSET)

        currency: None | str | Unset = d.get("currency", UNSET)

        purchase_order_item = cls(
            id,
            product_id,
            quantity,
            quantity_received,
            unit_price,
            tax_rate,
            currency,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        purchase_order_item.additional_properties = _extra
        return purchase_order_item

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
        "product_id",
        "quantity",
        "quantity_received",
        "unit_price",
        "tax_rate",
        "currency",
    }
)

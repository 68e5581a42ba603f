from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderItem")


@_attrs_define
class CreateOrderItem:
    """
    Attributes:
        product_id (str):
        quantity (int):
        tax_rate (None | str | Unset):
        unit_price (None | str | Unset):
    """

    product_id: str
    quantity: int
    tax_rate: None | str | Unset = UNSET
    unit_price: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        quantity = self.quantity

        tax_rate: None | str | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        unit_price: None | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product_id": product_id,
                "quantity": quantity,
            }
        )
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        product_id = d["product_id"]

        quantity = d["quantity"]

        tax_rate: None | str | Unset = d.get("tax_rate", UNSET)

        unit_price: None | str | Unset = d.get("unit_price", UNSET)

        create_order_item = cls(
            product_id,
            quantity,
            tax_rate,
            unit_price,
        )

        return create_order_item

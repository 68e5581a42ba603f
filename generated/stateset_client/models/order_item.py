from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """
    Attributes:
        id (str):
        product_id (str):
        product_name (str):
        quantity (int):
        total_price (str):
        unit_price (str):
        discount (None | str | Unset):
        sku (None | str | Unset):
        tax_amount (None | str | Unset):
        tax_rate (None | str | Unset):
    """

    id: str
    product_id: str
    product_name: str
    quantity: int
    total_price: str
    unit_price: str
    discount: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    tax_amount: None | str | Unset = UNSET
    tax_rate: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id = self.product_id

        product_name = self.product_name

        quantity = self.quantity

        total_price = self.total_price

        unit_price = self.unit_price

        discount: None | str | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        tax_rate: None | str | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "product_id": product_id,
                "product_name": product_name,
                "quantity": quantity,
                "total_price": total_price,
                "unit_price": unit_price,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if sku is not UNSET:
            field_dict["sku"] = sku
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        product_id = d["product_id"]

        product_name = d["product_name"]

        quantity = d["quantity"]

        total_price = d["total_price"]

        unit_price = d["unit_price"]

        discount: None | str | Unset = d.get("discount", UNSET)

        sku: None | str | Unset = d.get("sku", UNSET)

        tax_amount: None | str | Unset = d.get("tax_amount", UNSET)

        tax_rate: None | str | Unset = d.get("tax_rate", UNSET)

        order_item = cls(
            id,
            product_id,
            product_name,
            quantity,
            total_price,
            unit_price,
            discount,
            sku,
            tax_amount,
            tax_rate,
        )

        return order_item

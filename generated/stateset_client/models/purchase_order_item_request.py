from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderItemRequest")


@_attrs_define
class PurchaseOrderItemRequest:
    """
    Attributes:
        product_id (UUID):
        quantity (int):
        unit_price (float):
        currency (None | str | Unset):
        tax_rate (float | None | Unset):
        description (None | str | Unset):
    """

    product_id: UUID
    quantity: int
    unit_price: float
    currency: None | str | Unset = UNSET
    tax_rate: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        quantity = self.quantity

        unit_price = self.unit_price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "quantity": quantity,
                "unit_price": unit_price,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        product_id = UUID(d["product_id"])

        quantity = d["quantity"]

        unit_price = d["unit_price"]

        currency: None | str | Unset = d.get("currency", UNSET)

        tax_rate: float | None | Unset = d.get("tax_rate", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        purchase_order_item_request = cls(
            product_id,
            quantity,
            unit_price,
            currency,
            tax_rate,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        purchase_order_item_request.additional_properties = _extra
        return purchase_order_item_request

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
        "product_id",
        "quantity",
        "unit_price",
        "currency",
        "tax_rate",
        "description",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsnItemRequest")


@_attrs_define
class AsnItemRequest:
    """
    Attributes:
        product_id (UUID):
        product_name (str):
        product_sku (str):
        quantity (int):
        unit_price (float | None | Unset):
    """

    product_id: UUID
    product_name: str
    product_sku: str
    quantity: int
    unit_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = str(self.product_id)

        product_name = self.product_name

        product_sku = self.product_sku

        quantity = self.quantity

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "product_name": product_name,
                "product_sku": product_sku,
                "quantity": quantity,
            }
        )
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        product_id = UUID(d["product_id"])

        product_name = d["product_name"]

        product_sku = d["product_sku"]

        quantity = d["quantity"]

        unit_price: float | None | Unset = d.get("unit_price", UNSET)

        asn_item_request = cls(
            product_id,
            product_name,
            product_sku,
            quantity,
            unit_price,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        asn_item_request.additional_properties = _extra
        return asn_item_request

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
        "product_name",
        "product_sku",
        "quantity",
        "unit_price",
    }
)

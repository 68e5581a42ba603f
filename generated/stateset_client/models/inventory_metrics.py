from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryMetrics")


@_attrs_define
class InventoryMetrics:
    """
    Attributes:
        average_stock_level (float):
        low_stock_items (int):
        low_stock_threshold (int):
        out_of_stock_items (int):
        total_products (int):
        total_value (str):
    """

    average_stock_level: float
    low_stock_items: int
    low_stock_threshold: int
    out_of_stock_items: int
    total_products: int
    total_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_stock_level = self.average_stock_level

        low_stock_items = self.low_stock_items

        low_stock_threshold = self.low_stock_threshold

        out_of_stock_items = self.out_of_stock_items

        total_products = self.total_products

        total_value = self.total_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_stock_level": average_stock_level,
                "low_stock_items": low_stock_items,
                "low_stock_threshold": low_stock_threshold,
                "out_of_stock_items": out_of_stock_items,
                "total_products": total_products,
                "total_value": total_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        average_stock_level = d["average_stock_level"]

        low_stock_items = d["low_stock_items"]

        low_stock_threshold = d["low_stock_threshold"]

        out_of_stock_items = d["out_of_stock_items"]

        total_products = d["total_products"]

        total_value = d["total_value"]

        inventory_metrics = cls(
            average_stock_level,
            low_stock_items,
            low_stock_threshold,
            out_of_stock_items,
            total_products,
            total_value,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        inventory_metrics.additional_properties = _extra
        return inventory_metrics

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
        "average_stock_level",
        "low_stock_items",
        "low_stock_threshold",
        "out_of_stock_items",
        "total_products",
        "total_value",
    }
)

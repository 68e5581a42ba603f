from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SalesMetrics")


@_attrs_define
class SalesMetrics:
    """
    Attributes:
        average_order_value (str):
        orders_this_month (int):
        orders_this_week (int):
        orders_today (int):
        revenue_this_month (str):
        revenue_this_week (str):
        revenue_today (str):
        total_orders (int):
        total_revenue (str):
    """

    average_order_value: str
    orders_this_month: int
    orders_this_week: int
    orders_today: int
    revenue_this_month: str
    revenue_this_week: str
    revenue_today: str
    total_orders: int
    total_revenue: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_order_value = self.average_order_value

        orders_this_month = self.orders_this_month

        orders_this_week = self.orders_this_week

        orders_today = self.orders_today

        revenue_this_month = self.revenue_this_month

        revenue_this_week = self.revenue_this_week

        revenue_today = self.revenue_today

        total_orders = self.total_orders

        total_revenue = self.total_revenue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_order_value": average_order_value,
                "orders_this_month": orders_this_month,
                "orders_this_week": orders_this_week,
                "orders_today": orders_today,
                "revenue_this_month": revenue_this_month,
                "revenue_this_week": revenue_this_week,
                "revenue_today": revenue_today,
                "total_orders": total_orders,
                "total_revenue": total_revenue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        average_order_value = d["average_order_value"]

        orders_this_month = d["orders_this_month"]

        orders_this_week = d["orders_this_week"]

        orders_today = d["orders_today"]

        revenue_this_month = d["revenue_this_month"]

        revenue_this_week = d["revenue_this_week"]

        revenue_today = d["revenue_today"]

        total_orders = d["total_orders"]

        total_revenue = d["total_revenue"]

        sales_metrics = cls(
            average_order_value,
            orders_this_month,
            orders_this_week,
            orders_today,
            revenue_this_month,
            revenue_this_week,
            revenue_today,
            total_orders,
            total_revenue,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        sales_metrics.additional_properties = _extra
        return sales_metrics

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
        "average_order_value",
        "orders_this_month",
        "orders_this_week",
        "orders_today",
        "revenue_this_month",
        "revenue_this_week",
        "revenue_today",
        "total_orders",
        "total_revenue",
    }
)

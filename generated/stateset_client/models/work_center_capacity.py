from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkCenterCapacity")


@_attrs_define
class WorkCenterCapacity:
    """
    Attributes:
        work_center_id (str):
        capacity_hours (float):
        scheduled_hours (float):
        available_hours (float):
        utilization (float):
        scheduled_work_orders (list[UUID] | Unset):
    """

    work_center_id: str
    capacity_hours: float
    scheduled_hours: float
    available_hours: float
    utilization: float
    scheduled_work_orders: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_center_id = self.work_center_id

        capacity_hours = self.capacity_hours

        scheduled_hours = self.scheduled_hours

        available_hours = self.available_hours

        utilization = self.utilization

        scheduled_work_orders: list[str] | Unset = UNSET
        if not isinstance(self.scheduled_work_orders, Unset):
            scheduled_work_orders = []
            for scheduled_work_orders_item_data in self.scheduled_work_orders:
                scheduled_work_orders_item = str(scheduled_work_orders_item_data)
                scheduled_work_orders.append(scheduled_work_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "work_center_id": work_center_id,
                "capacity_hours": capacity_hours,
                "scheduled_hours": scheduled_hours,
                "available_hours": available_hours,
                "utilization": utilization,
            }
        )
        if scheduled_work_orders is not UNSET:
            field_dict["scheduled_work_orders"] = scheduled_work_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        work_center_id = d["work_center_id"]

        capacity_hours = d["capacity_hours"]

        scheduled_hours = d["scheduled_hours"]

        available_hours = d["available_hours"]

        utilization = d["utilization"]

        _scheduled_work_orders = d.get("scheduled_work_orders", UNSET)
        scheduled_work_orders: list[UUID] | Unset = UNSET
        if _scheduled_work_orders is not UNSET:
            scheduled_work_orders = []
            for scheduled_work_orders_item_data in _scheduled_work_orders:
                scheduled_work_orders_item = UUID(scheduled_work_orders_item_data)

                scheduled_work_orders.append(scheduled_work_orders_item)

        work_center_capacity = cls(
            work_center_id,
            capacity_hours,
            scheduled_hours,
            available_hours,
            utilization,
            scheduled_work_orders,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        work_center_capacity.additional_properties = _extra
        return work_center_capacity

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
        "work_center_id",
        "capacity_hours",
        "scheduled_hours",
        "available_hours",
        "utilization",
        "scheduled_work_orders",
    }
)

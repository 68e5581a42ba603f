from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentMetrics")


@_attrs_define
class ShipmentMetrics:
    """
    Attributes:
        delivered_today (int):
        pending_shipments (int):
        shipped_today (int):
        total_shipments (int):
        average_delivery_time_hours (float | None | Unset):
    """

    delivered_today: int
    pending_shipments: int
    shipped_today: int
    total_shipments: int
    average_delivery_time_hours: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered_today = self.delivered_today

        pending_shipments = self.pending_shipments

        shipped_today = self.shipped_today

        total_shipments = self.total_shipments

        average_delivery_time_hours: float | None | Unset
        if isinstance(self.average_delivery_time_hours, Unset):
            average_delivery_time_hours = UNSET
        else:
            average_delivery_time_hours = self.average_delivery_time_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivered_today": delivered_today,
                "pending_shipments": pending_shipments,
                "shipped_today": shipped_today,
                "total_shipments": total_shipments,
            }
        )
        if average_delivery_time_hours is not UNSET:
            field_dict["average_delivery_time_hours"] = average_delivery_time_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivered_today = d["delivered_today"]

        pending_shipments = d["pending_shipments"]

        shipped_today = d["shipped_today"]

        total_shipments = d["total_shipments"]

        average_delivery_time_hours: float | None | Unset = d.get(
            "average_delivery_time_hours", UNSET
        )

        shipment_metrics = cls(
            delivered_today,
            pending_shipments,
            shipped_today,
            total_shipments,
            average_delivery_time_hours,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        shipment_metrics.additional_properties = _extra
        return shipment_metrics

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
        "delivered_today",
        "pending_shipments",
        "shipped_today",
        "total_shipments",
        "average_delivery_time_hours",
    }
)

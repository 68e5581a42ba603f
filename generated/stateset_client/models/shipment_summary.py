from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentSummary")


@_attrs_define
class ShipmentSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        order_id (UUID):
        recipient_name (str):
        shipping_address (str):
        shipping_method (str):
        status (str):
        tracking_number (str):
        updated_at (datetime.datetime):
        delivered_at (datetime.datetime | None | Unset):
        estimated_delivery (datetime.datetime | None | Unset):
        shipped_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    order_id: UUID
    recipient_name: str
    shipping_address: str
    shipping_method: str
    status: str
    tracking_number: str
    updated_at: datetime.datetime
    delivered_at: datetime.datetime | None | Unset = UNSET
    estimated_delivery: datetime.datetime | None | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        order_id = str(self.order_id)

        recipient_name = self.recipient_name

        shipping_address = self.shipping_address

        shipping_method = self.shipping_method

        status = self.status

        tracking_number = self.tracking_number

        updated_at = self.updated_at.isoformat()

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        estimated_delivery: None | str | Unset
        if isinstance(self.estimated_delivery, Unset):
            estimated_delivery = UNSET
        elif isinstance(self.estimated_delivery, datetime.datetime):
            estimated_delivery = self.estimated_delivery.isoformat()
        else:
            estimated_delivery = self.estimated_delivery

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "order_id": order_id,
                "recipient_name": recipient_name,
                "shipping_address": shipping_address,
                "shipping_method": shipping_method,
                "status": status,
                "tracking_number": tracking_number,
                "updated_at": updated_at,
            }
        )
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if estimated_delivery is not UNSET:
            field_dict["estimated_delivery"] = estimated_delivery
        if shipped_at is not UNSET:
            field_dict["shipped_at"] = shipped_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        order_id = UUID(d["order_id"])

        recipient_name = d["recipient_name"]

        shipping_address = d["shipping_address"]

        shipping_method = d["shipping_method"]

        status = d["status"]

        tracking_number = d["tracking_number"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        _delivered_at = d.get("delivered_at", UNSET)
        delivered_at: datetime.datetime | None | Unset
        if _delivered_at is None or isinstance(_delivered_at, Unset):
            delivered_at = _delivered_at
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        _estimated_delivery = d.get("estimated_delivery", UNSET)
        estimated_delivery: datetime.datetime | None | Unset
        if _estimated_delivery is None or isinstance(_estimated_delivery, Unset):
            estimated_delivery = _estimated_delivery
        else:
            estimated_delivery = datetime.datetime.fromisoformat(_estimated_delivery)

        _shipped_at = d.get("shipped_at", UNSET)
        shipped_at: datetime.datetime | None | Unset
        if _shipped_at is None or isinstance(_shipped_at, Unset):
            shipped_at = _shipped_at
        else:
            shipped_at = datetime.datetime.fromisoformat(_shipped_at)

        shipment_summary = cls(
            created_at,
            id,
            order_id,
            recipient_name,
            shipping_address,
            shipping_method,
            status,
            tracking_number,
            updated_at,
            delivered_at,
            estimated_delivery,
            shipped_at,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        shipment_summary.additional_properties = _extra
        return shipment_summary

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
        "order_id",
        "recipient_name",
        "shipping_address",
        "shipping_method",
        "status",
        "tracking_number",
        "updated_at",
        "delivered_at",
        "estimated_delivery",
        "shipped_at",
    }
)

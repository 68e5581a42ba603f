from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracking_event import TrackingEvent


T = TypeVar("T", bound="ShipmentTracking")


@_attrs_define
class ShipmentTracking:
    """
    Attributes:
        shipment_id (UUID):
        tracking_number (str):
        status (str):
        events (list[TrackingEvent]):
        carrier (None | str | Unset):
        estimated_delivery (datetime.datetime | None | Unset):
    """

    shipment_id: UUID
    tracking_number: str
    status: str
    events: list[TrackingEvent]
    carrier: None | str | Unset = UNSET
    estimated_delivery: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_id = str(self.shipment_id)

        tracking_number = self.tracking_number

        status = self.status

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        estimated_delivery: None | str | Unset
        if isinstance(self.estimated_delivery, Unset):
            estimated_delivery = UNSET
        elif isinstance(self.estimated_delivery, datetime.datetime):
            estimated_delivery = self.estimated_delivery.isoformat()
        else:
            estimated_delivery = self.estimated_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipment_id": shipment_id,
                "tracking_number": tracking_number,
                "status": status,
                "events": events,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if estimated_delivery is not UNSET:
            field_dict["estimated_delivery"] = estimated_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        shipment_id = UUID(d["shipment_id"])

        tracking_number = d["tracking_number"]

        status = d["status"]

        events = []
        _events = d["events"]
        for events_item_data in _events:
            events_item = TrackingEvent.from_dict(events_item_data)

            events.append(events_item)

        carrier: None | str | Unset = d.get("carrier", UNSET)

        _estimated_delivery = d.get("estimated_delivery", UNSET)
        estimated_delivery: datetime.datetime | None | Unset
        if _estimated_delivery is None or isinstance(_estimated_delivery, Unset):
            estimated_delivery = _estimated_delivery
        else:
            estimated_delivery = datetime.datetime.fromisoformat(_estimated_delivery)

        shipment_tracking = cls(
            shipment_id,
            tracking_number,
            status,
            events,
            carrier,
            estimated_delivery,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        shipment_tracking.additional_properties = _extra
        return shipment_tracking

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
        "shipment_id",
        "tracking_number",
        "status",
        "events",
        "carrier",
        "estimated_delivery",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.tracking_event import TrackingEvent  # noqa: E402

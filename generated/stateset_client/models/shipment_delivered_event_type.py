from typing import Literal

ShipmentDeliveredEventType = Literal["shipment.delivered"]

SHIPMENT_DELIVERED_EVENT_TYPE_VALUES: set[ShipmentDeliveredEventType] = {
    "shipment.delivered",
}


def check_shipment_delivered_event_type(value: str) -> ShipmentDeliveredEventType:
    if value in SHIPMENT_DELIVERED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHIPMENT_DELIVERED_EVENT_TYPE_VALUES!r}"
    )

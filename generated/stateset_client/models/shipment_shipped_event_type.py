from typing import Literal

ShipmentShippedEventType = Literal["shipment.shipped"]

SHIPMENT_SHIPPED_EVENT_TYPE_VALUES: set[ShipmentShippedEventType] = {
    "shipment.shipped",
}


def check_shipment_shipped_event_type(value: str) -> ShipmentShippedEventType:
    if value in SHIPMENT_SHIPPED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHIPMENT_SHIPPED_EVENT_TYPE_VALUES!r}"
    )

from typing import Literal

PurchaseOrderReceivedEventType = Literal["purchase_order.received"]

PURCHASE_ORDER_RECEIVED_EVENT_TYPE_VALUES: set[PurchaseOrderReceivedEventType] = {
    "purchase_order.received",
}


def check_purchase_order_received_event_type(value: str) -> PurchaseOrderReceivedEventType:
    if value in PURCHASE_ORDER_RECEIVED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_RECEIVED_EVENT_TYPE_VALUES!r}"
    )

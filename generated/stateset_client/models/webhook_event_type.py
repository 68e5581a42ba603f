from typing import Literal

WebhookEventType = Literal[
    "inventory.released",
    "inventory.reserved",
    "order.cancelled",
    "order.created",
    "order.updated",
    "payment.refunded",
    "payment.succeeded",
    "purchase_order.received",
    "return.approved",
    "return.created",
    "shipment.delivered",
    "shipment.shipped",
    "warranty.claim_created",
    "work_order.completed",
]

WEBHOOK_EVENT_TYPE_VALUES: set[WebhookEventType] = {
    "inventory.released",
    "inventory.reserved",
    "order.cancelled",
    "order.created",
    "order.updated",
    "payment.refunded",
    "payment.succeeded",
    "purchase_order.received",
    "return.approved",
    "return.created",
    "shipment.delivered",
    "shipment.shipped",
    "warranty.claim_created",
    "work_order.completed",
}


def check_webhook_event_type(value: str) -> WebhookEventType:
    if value in WEBHOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_EVENT_TYPE_VALUES!r}")

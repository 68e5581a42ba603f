"""Contract-shaped webhook payloads and signing helpers shared by the receiver tests."""

from __future__ import annotations

import json
from typing import Any

from stateset_client.models.order_created_event import OrderCreatedEvent
from stateset_client.models.payment_succeeded_event import PaymentSucceededEvent
from stateset_client.models.shipment_shipped_event import ShipmentShippedEvent

from stateset.webhooks import Webhook

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
WHEN = "2026-01-02T03:04:05+00:00"
ORDER_ID = "6f1c2a4e-0000-4000-8000-000000000001"

MODELS: dict[str, type[Any]] = {
    "order.created": OrderCreatedEvent,
    "payment.succeeded": PaymentSucceededEvent,
    "shipment.shipped": ShipmentShippedEvent,
}


def order() -> dict[str, Any]:
    return {
        "id": ORDER_ID,
        "order_number": "ORD-1001",
        "customer_id": "cus_1",
        "status": "pending",
        "order_date": WHEN,
        "payment_status": "unpaid",
        "fulfillment_status": "unfulfilled",
        "items": [
            {
                "id": "item_1",
                "product_id": "prod_1",
                "product_name": "Mug",
                "quantity": 2,
                "unit_price": "9.50",
                "total_price": "19.00",
            }
        ],
        "version": 1,
        "created_at": WHEN,
        "updated_at": WHEN,
    }


def payment() -> dict[str, Any]:
    return {
        "id": "6f1c2a4e-0000-4000-8000-000000000002",
        "order_id": ORDER_ID,
        "amount": "19.00",
        "currency": "USD",
        "status": "succeeded",
        "payment_method": "card",
        "created_at": WHEN,
    }


def shipment() -> dict[str, Any]:
    return {
        "id": "6f1c2a4e-0000-4000-8000-000000000003",
        "order_id": ORDER_ID,
        "tracking_number": "1Z999",
        "status": "shipped",
        "shipping_method": "ground",
        "shipping_address": "1 Main St",
        "recipient_name": "Ada",
        "created_at": WHEN,
        "updated_at": WHEN,
    }


_OBJECTS = {"order.created": order, "payment.succeeded": payment, "shipment.shipped": shipment}


def event(event_type: str, *, event_id: str = "evt_1", obj: dict[str, Any] | None = None) -> dict[str, Any]:
    """An event envelope; the object defaults to a valid one for the known types."""
    if obj is None:
        obj = _OBJECTS[event_type]() if event_type in _OBJECTS else {"id": "x_1"}
    return {"id": event_id, "type": event_type, "created_at": WHEN, "data": {"object": obj}}


def body_of(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def signed(
    event_type: str = "order.created", *, msg_id: str = "msg_1", webhook: Webhook | None = None, **kwargs: Any
) -> tuple[bytes, dict[str, str]]:
    """A body for ``event(event_type, **kwargs)`` and the headers that make it verify."""
    body = body_of(event(event_type, **kwargs))
    return body, (webhook or Webhook(SECRET)).sign(body, msg_id=msg_id)

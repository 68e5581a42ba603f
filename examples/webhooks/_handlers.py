"""The business logic the three example apps share: what to do with each event.

Each app builds a ``WebhookRouter`` with ``build_router`` and mounts it with
its framework's adapter. Replace ``Ledger`` with your database.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

from stateset_client.models.order_created_event import OrderCreatedEvent
from stateset_client.models.payment_succeeded_event import PaymentSucceededEvent

from stateset.webhooks import DedupStore, MemoryDedupStore, TypedWebhookEvent, Webhook, WebhookRouter

logger = logging.getLogger("example.webhooks")

# Payload models by event type. Once the SDK ships the generated table, use
# ``stateset_client.webhook_events.EVENT_MODELS`` instead of listing them.
EVENT_MODELS: dict[str, type[Any]] = {
    "order.created": OrderCreatedEvent,
    "payment.succeeded": PaymentSucceededEvent,
}


@dataclass
class Ledger:
    """Stands in for a database: what the handlers recorded."""

    orders: list[str] = field(default_factory=list)
    payments: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)


def secret_from_env() -> str:
    """Return the endpoint secret from ``STATESET_WEBHOOK_SECRET`` (comma-separated while rotating)."""
    return os.environ["STATESET_WEBHOOK_SECRET"]


def build_router(secret: str | list[str], *, dedup: DedupStore | None = None) -> tuple[WebhookRouter, Ledger]:
    """Return a router wired to a fresh ``Ledger``, deduplicating with ``dedup`` (in memory by default)."""
    ledger = Ledger()
    router = WebhookRouter(Webhook(secret), dedup=MemoryDedupStore() if dedup is None else dedup, models=EVENT_MODELS)

    @router.middleware
    def log_events(event: TypedWebhookEvent[Any], call_next: Any) -> Any:
        logger.info("webhook %s %s", event.type, event.id)
        return call_next(event)

    @router.on("order.created")
    def on_order_created(event: TypedWebhookEvent[OrderCreatedEvent]) -> None:
        order = event.payload_as(OrderCreatedEvent).data.object_
        ledger.orders.append(order.order_number)

    @router.on("payment.*")
    def on_payment(event: TypedWebhookEvent[Any]) -> None:
        if isinstance(event.payload, PaymentSucceededEvent):
            ledger.payments.append(event.payload.data.object_.amount)

    @router.on("*")
    def audit(event: TypedWebhookEvent[Any]) -> None:
        ledger.other.append(event.type)

    return router, ledger

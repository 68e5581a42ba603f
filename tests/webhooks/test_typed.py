from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _payloads import MODELS, SECRET, signed
from stateset_client.models.order_created_event import OrderCreatedEvent
from stateset_client.models.order_response import OrderResponse
from stateset_client.models.payment_succeeded_event import PaymentSucceededEvent
from stateset_client.models.shipment_shipped_event import ShipmentShippedEvent

from stateset.webhooks import (
    UNKNOWN_EVENT_TYPE,
    EventModels,
    HandleStatus,
    MemoryDedupStore,
    TypedWebhookEvent,
    Webhook,
    WebhookEvent,
    WebhookPayloadError,
    WebhookRouter,
    WebhookSignatureMismatchError,
    _typed,
    register_event_types,
)

Event = TypedWebhookEvent[Any]


@pytest.fixture
def store() -> MemoryDedupStore:
    return MemoryDedupStore()


@pytest.fixture
def router(store: MemoryDedupStore) -> WebhookRouter:
    return WebhookRouter(Webhook(SECRET), dedup=store, models=MODELS)


@pytest.fixture
def default_models() -> Iterator[EventModels]:
    saved = dict(_typed.default_event_models._models)
    _typed.default_event_models._models.clear()
    yield _typed.default_event_models
    _typed.default_event_models._models.clear()
    _typed.default_event_models._models.update(saved)


# --- generic and typed events ---------------------------------------------------------


def test_unknown_event_type_is_generic_and_unhandled(router: WebhookRouter, store: MemoryDedupStore) -> None:
    router.on("order.*")(lambda e: pytest.fail("must not run"))
    result = router.handle(*signed("brand.new.event"))
    assert result.status is HandleStatus.UNHANDLED
    assert result.handlers == 0
    assert result.http_status == 200
    assert isinstance(result.event, WebhookEvent)
    assert result.event.type == "brand.new.event"
    assert result.event.payload is None
    assert result.event.data == {"object": {"id": "x_1"}}
    assert len(store) == 0  # nothing ran, nothing remembered


def test_payload_without_type_is_unknown_and_catch_all_sees_it(router: WebhookRouter) -> None:
    seen: list[Event] = []
    router.on("*")(seen.append)
    body = b'{"hello": "world"}'
    result = router.handle(body, Webhook(SECRET).sign(body))
    assert result.status is HandleStatus.HANDLED
    assert seen[0].type == UNKNOWN_EVENT_TYPE
    assert seen[0].payload is None


@pytest.mark.parametrize(
    ("event_type", "model", "resource_id"),
    [
        ("order.created", OrderCreatedEvent, "6f1c2a4e-0000-4000-8000-000000000001"),
        ("payment.succeeded", PaymentSucceededEvent, "6f1c2a4e-0000-4000-8000-000000000002"),
        ("shipment.shipped", ShipmentShippedEvent, "6f1c2a4e-0000-4000-8000-000000000003"),
    ],
)
def test_registered_types_get_typed_payloads(
    router: WebhookRouter, event_type: str, model: type[Any], resource_id: str
) -> None:
    seen: list[Event] = []
    router.on(event_type)(seen.append)
    router.handle(*signed(event_type))
    (typed,) = seen
    assert isinstance(typed, TypedWebhookEvent)
    assert isinstance(typed.payload, model)
    assert str(typed.payload_as(model).data.object_.id) == resource_id
    assert typed.payload.id == typed.id == "evt_1"


def test_payload_as_checks_the_class(router: WebhookRouter) -> None:
    result = router.handle(*signed("order.created"))
    order = result.event.payload_as(OrderCreatedEvent).data.object_
    assert isinstance(order, OrderResponse)
    assert order.order_number == "ORD-1001"
    with pytest.raises(TypeError, match="carries OrderCreatedEvent, not PaymentSucceededEvent"):
        result.event.payload_as(PaymentSucceededEvent)
    generic = router.handle(*signed("brand.new", msg_id="msg_2")).event
    with pytest.raises(TypeError, match="carries no payload"):
        generic.payload_as(OrderCreatedEvent)


def test_payload_not_fitting_its_model_is_a_payload_error(router: WebhookRouter, store: MemoryDedupStore) -> None:
    router.on("*")(lambda e: pytest.fail("must not run"))
    with pytest.raises(WebhookPayloadError, match="OrderCreatedEvent") as info:
        router.handle(*signed("order.created", obj={"id": "only"}))
    assert isinstance(info.value.__cause__, KeyError)
    assert len(store) == 0


def test_authentic_non_json_body_is_a_payload_error(router: WebhookRouter) -> None:
    with pytest.raises(WebhookPayloadError):
        router.handle(b"not json", Webhook(SECRET).sign(b"not json"))


def test_verification_errors_propagate(router: WebhookRouter) -> None:
    body, headers = signed("order.created")
    with pytest.raises(WebhookSignatureMismatchError):
        router.handle(body + b" ", headers)


def test_event_models_registry() -> None:
    models = EventModels({"order.created": OrderCreatedEvent})
    models.register("order.created", OrderCreatedEvent)  # same again: no-op
    with pytest.raises(ValueError, match="different model"):
        models.register("order.created", PaymentSucceededEvent)
    with pytest.raises(ValueError, match="non-empty"):
        models.update({"": OrderCreatedEvent})
    with pytest.raises(TypeError, match="from_dict"):
        models.register("x", dict)
    with pytest.raises(ValueError, match="different model"):  # all or nothing
        models.update({"payment.succeeded": PaymentSucceededEvent, "order.created": ShipmentShippedEvent})
    assert "payment.succeeded" not in models
    assert "order.created" in models
    assert list(models) == ["order.created"]
    assert len(models) == 1
    assert models.get("order.created") is OrderCreatedEvent
    assert models.get("nope") is None
    assert repr(models) == "<EventModels types=1>"


def test_router_uses_the_live_default_registry(default_models: EventModels) -> None:
    router = WebhookRouter(Webhook(SECRET))
    assert router.handle(*signed("order.created")).event.payload is None
    register_event_types({"order.created": OrderCreatedEvent})
    assert isinstance(router.handle(*signed("order.created")).event.payload, OrderCreatedEvent)
    assert "order.created" in default_models


def test_router_accepts_an_event_models_instance() -> None:
    models = EventModels(MODELS)
    router = WebhookRouter(Webhook(SECRET), models=models)
    assert isinstance(router.handle(*signed("order.created")).event.payload, OrderCreatedEvent)

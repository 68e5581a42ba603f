"""End to end over real sockets: a served sandbox delivers signed webhooks to a served FastAPI receiver.

The receiver is what a user would write: a ``WebhookRouter`` holding the endpoint secret,
mounted with the Starlette adapter, with the generated event models for typed payloads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request, Response
from stateset_client.models.order_created_event import OrderCreatedEvent
from stateset_client.models.order_updated_event import OrderUpdatedEvent

from stateset import Stateset
from stateset.sandbox import Sandbox
from stateset.sandbox._server import start_in_thread
from stateset.webhooks import MemoryDedupStore, TypedWebhookEvent, Webhook, WebhookRouter
from stateset.webhooks.adapters.starlette import handle_request

ITEMS: Any = [{"product_id": "p-1", "quantity": 2, "unit_price": "5.00"}]
WAIT = 15.0


class Receiver:
    """A FastAPI app that verifies deliveries with the SDK's router and records what it handled."""

    def __init__(self, *, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.attempts: list[tuple[str, int]] = []  # (webhook-id, status answered) per request
        self.handled: list[tuple[str, str, str]] = []  # (type, event id, order status) per verified event
        self.router: WebhookRouter | None = None
        self.lock = threading.Lock()
        self.app = FastAPI()
        self.app.add_api_route("/hooks", self._endpoint, methods=["POST"])

    def use_secret(self, secret: str) -> None:
        router = WebhookRouter(
            Webhook(secret),
            dedup=MemoryDedupStore(),
            models={"order.created": OrderCreatedEvent, "order.updated": OrderUpdatedEvent},
        )

        @router.on("order.*")
        def record(event: TypedWebhookEvent[Any]) -> None:
            payload: Any = event.payload
            order = payload.data.object_
            self.handled.append((event.type, str(event.id), str(order.status)))

        self.router = router

    async def _endpoint(self, request: Request) -> Response:
        with self.lock:
            failing = self.fail_first > 0
            self.fail_first -= failing
        if failing or self.router is None:
            reply = Response(status_code=500)
        else:
            reply = await handle_request(self.router, request)
        self.attempts.append((request.headers.get("webhook-id", ""), reply.status_code))
        return reply


@pytest.fixture
def serve() -> Iterator[Callable[[Receiver], str]]:
    servers: list[tuple[Any, threading.Thread, Any]] = []

    def start(receiver: Receiver) -> str:
        server, thread, url, sock = start_in_thread(receiver.app, "127.0.0.1", 0)
        servers.append((server, thread, sock))
        return f"{url}/hooks"

    yield start
    for server, thread, sock in servers:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, Stateset]]:
    with Sandbox() as sb, sb.serve_in_thread(port=0) as url, Stateset(api_key="sk_test_e2e", base_url=url) as client:
        yield sb, client
    assert not [t for t in threading.enumerate() if t.name == "stateset-sandbox-webhooks"]


def wait_for(predicate: Callable[[], bool], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting for webhook deliveries"
        time.sleep(0.02)


def test_order_created_then_updated_arrive_verified_in_order(
    sandbox: tuple[Sandbox, Stateset], serve: Callable[[Receiver], str]
) -> None:
    _, client = sandbox
    receiver = Receiver()
    url = serve(receiver)
    endpoint = client.webhook_endpoints.create(url=url, events=["order.created", "order.updated"])
    assert isinstance(endpoint.secret, str)
    receiver.use_secret(endpoint.secret)
    order = client.orders.create(customer_id="c-e2e", items=ITEMS)
    client.orders.cancel(str(order.id), reason="changed mind")
    # A request is logged in `attempts` after its handlers ran: wait for both lists.
    wait_for(lambda: len(receiver.handled) == 2 and len(receiver.attempts) == 2)
    assert [(kind, status) for kind, _, status in receiver.handled] == [
        ("order.created", "pending"),
        ("order.updated", "cancelled"),
    ]
    assert all(status == 200 for _, status in receiver.attempts)
    wait_for(lambda: all(d.status == "succeeded" for d in client.webhook_endpoints.list_deliveries(str(endpoint.id))))
    log = list(client.webhook_endpoints.list_deliveries(str(endpoint.id)))
    assert [(d.event_type, d.attempts, d.response_status) for d in log] == [
        ("order.created", 1, 200),
        ("order.updated", 1, 200),
    ]
    assert [d.event_id for d in log] == [event_id for _, event_id, _ in receiver.handled]


def test_a_failed_delivery_is_retried_with_the_same_webhook_id(
    sandbox: tuple[Sandbox, Stateset], serve: Callable[[Receiver], str]
) -> None:
    _, client = sandbox
    receiver = Receiver(fail_first=1)
    endpoint = client.webhook_endpoints.create(url=serve(receiver), events=["order.created"])
    assert isinstance(endpoint.secret, str)
    receiver.use_secret(endpoint.secret)
    client.orders.create(customer_id="c-retry", items=ITEMS)
    wait_for(lambda: len(receiver.handled) == 1 and len(receiver.attempts) == 2)
    (first, first_status), (second, second_status) = receiver.attempts
    assert (first_status, second_status) == (500, 200)
    assert first == second == receiver.handled[0][1]

    def logged() -> bool:
        (row,) = client.webhook_endpoints.list_deliveries(str(endpoint.id))
        return row.status == "succeeded"

    wait_for(logged)
    (row,) = client.webhook_endpoints.list_deliveries(str(endpoint.id))
    assert (row.attempts, row.response_status, row.last_error, row.event_id) == (2, 200, None, first)
    assert row.delivered_at is not None


def test_a_rotated_secret_signs_the_next_deliveries(
    sandbox: tuple[Sandbox, Stateset], serve: Callable[[Receiver], str]
) -> None:
    _, client = sandbox
    receiver = Receiver()
    endpoint = client.webhook_endpoints.create(url=serve(receiver), events=["order.created"])
    rotated = client.webhook_endpoints.rotate_secret(str(endpoint.id))
    assert isinstance(rotated.secret, str)
    assert rotated.secret != endpoint.secret
    receiver.use_secret(rotated.secret)
    client.orders.create(customer_id="c-rotate", items=ITEMS)
    wait_for(lambda: len(receiver.handled) == 1 and len(receiver.attempts) == 1)
    assert receiver.handled[0][0] == "order.created"
    assert receiver.attempts == [(receiver.handled[0][1], 200)]

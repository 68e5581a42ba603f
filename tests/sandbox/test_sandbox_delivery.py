"""Webhook delivery: the pure decisions, then the deliverer driven in-process through a mock transport."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sandbox_world import data, order_body

from stateset.sandbox import Sandbox
from stateset.sandbox._delivery import (
    Deliverer,
    RetryPolicy,
    build_event,
    delivered_types,
    due_deliveries,
    encode,
    event_id_for,
    parse_time,
    previous_attributes,
    record_attempt,
)
from stateset.webhooks import Webhook

KEY = {"X-API-Key": "sk_test_suite"}
ORDERS = "/api/v1/orders"
HOOKS = "/api/v1/webhook-endpoints"
NOW = dt.datetime(2026, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
KNOWN = ("order.created", "order.updated", "order.cancelled", "payment.succeeded")


# --- pure functions ----------------------------------------------------------------------


def test_retry_policy_doubles_then_gives_up() -> None:
    policy = RetryPolicy()
    assert [policy.delay_after(n) for n in range(1, 6)] == [0.2, 0.4, 0.8, 1.6, None]
    assert RetryPolicy(attempts=10, first_delay=1, max_delay=3).delay_after(5) == 3
    assert RetryPolicy(attempts=1).delay_after(1) is None
    assert RetryPolicy().delay_after(0) == 0.2
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="first_delay"):
        RetryPolicy(first_delay=-1)


def test_event_ids_are_stable_and_distinct_per_type() -> None:
    outbox = "6f1c2b1e-0000-4000-8000-00000000000a"
    first = event_id_for(outbox, "order.cancelled")
    assert first == event_id_for(outbox, "order.cancelled")
    assert first.startswith("evt_")
    assert first != event_id_for(outbox, "order.updated")
    assert event_id_for("not-a-uuid", "order.created").startswith("evt_")


@pytest.mark.parametrize(
    ("event", "subscribed", "expected"),
    [
        ("order.created", ["order.created"], ["order.created"]),
        ("order.created", ["order.updated"], []),
        ("order.cancelled", ["order.updated"], ["order.updated"]),
        ("order.cancelled", ["order.cancelled"], ["order.cancelled"]),
        ("order.cancelled", ["*"], ["order.cancelled", "order.updated"]),
        ("order.updated", ["*"], ["order.updated"]),
        ("payment.succeeded", ["*"], ["payment.succeeded"]),
        ("thing.happened", ["*"], []),
    ],
)
def test_delivered_types(event: str, subscribed: list[str], expected: list[str]) -> None:
    assert delivered_types(event, subscribed, KNOWN) == expected


def test_previous_attributes_lists_changed_public_fields() -> None:
    before = {"id": "o", "status": "pending", "version": 1, "_geo": 1, "gone": "x"}
    after = {"id": "o", "status": "cancelled", "version": 2, "_geo": 2, "new": "y"}
    assert previous_attributes(before, after) == {"status": "pending", "version": 1, "gone": "x", "new": None}
    assert previous_attributes(None, after) is None


def test_build_event_and_encoding_are_stable() -> None:
    event = build_event("evt_1", "order.updated", "2026-01-01T00:00:00.000Z", {"id": "o"}, {"status": "pending"})
    assert event == {
        "id": "evt_1",
        "type": "order.updated",
        "created_at": "2026-01-01T00:00:00.000Z",
        "data": {"object": {"id": "o"}, "previous_attributes": {"status": "pending"}},
    }
    assert encode(event) == encode(json.loads(encode(event)))
    assert b" " not in encode(event)


def test_record_attempt_success_retry_and_give_up() -> None:
    row = {"id": "d", "status": "pending", "attempts": 0}
    ok = record_attempt(row, 204, None, NOW, RetryPolicy())
    assert ok["status"] == "succeeded"
    assert ok["attempts"] == 1
    assert ok["delivered_at"] == "2026-01-01T12:00:00.000Z"
    assert ok["next_attempt_at"] is None
    assert ok["last_error"] is None
    failed = record_attempt(row, 500, None, NOW, RetryPolicy())
    assert failed["status"] == "pending"
    assert failed["last_error"] == "HTTP 500"
    assert failed["next_attempt_at"] == "2026-01-01T12:00:00.200Z"
    again = record_attempt(failed, None, "ConnectError: refused", NOW, RetryPolicy())
    assert again["attempts"] == 2
    assert again["next_attempt_at"] == "2026-01-01T12:00:00.400Z"
    assert again["response_status"] is None
    last = record_attempt({**row, "attempts": 4}, 302, None, NOW, RetryPolicy())
    assert (last["status"], last["attempts"], last["next_attempt_at"]) == ("failed", 5, None)


def _row(ident: str, endpoint: str, when: dt.datetime | None = NOW) -> dict[str, Any]:
    return {"id": ident, "endpoint_id": endpoint, "next_attempt_at": None if when is None else when.isoformat()}


def test_due_deliveries_sends_each_endpoints_head_in_order() -> None:
    later = NOW + dt.timedelta(seconds=3)
    pending = [
        _row("a1", "A"),
        _row("b1", "B", later),
        _row("a2", "A"),
        _row("c1", "C"),
        _row("x1", "X"),
        _row("d1", "D", None),
    ]
    endpoints = {
        "A": {"id": "A", "enabled": True},
        "B": {"id": "B", "enabled": True},
        "C": {"id": "C", "enabled": False},
    }
    endpoints["D"] = {"id": "D"}
    plan = due_deliveries(pending, endpoints, NOW)
    assert [d["id"] for d, _ in plan.send] == ["a1", "d1"]
    assert [d["id"] for d in plan.orphans] == ["x1"]
    assert plan.next_due == later
    forced = due_deliveries(pending, endpoints, NOW, force=True)
    assert [d["id"] for d, _ in forced.send] == ["a1", "b1", "d1"]
    assert forced.next_due is None
    two_waiting = due_deliveries(
        [_row("b1", "B", later), _row("a1", "A", NOW + dt.timedelta(seconds=1))], endpoints, NOW
    )
    assert two_waiting.next_due == NOW + dt.timedelta(seconds=1)
    reversed_order = due_deliveries(
        [_row("a1", "A", NOW + dt.timedelta(seconds=1)), _row("b1", "B", later)], endpoints, NOW
    )
    assert reversed_order.next_due == NOW + dt.timedelta(seconds=1)
    assert parse_time(None) is None


# --- the deliverer, in-process -----------------------------------------------------------


class Receiver:
    """A mock transport handler: records requests and answers from a script (then 200)."""

    def __init__(self, *script: int | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            step = self.script.pop(0) if self.script else 200
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step)

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]

    def types(self) -> list[str]:
        return [e["type"] for e in self.events()]


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def manual(receiver: Receiver) -> Iterator[Sandbox]:
    with Sandbox(deliver_webhooks=False, webhook_transport=httpx.MockTransport(receiver)) as sandbox:
        yield sandbox


@pytest.fixture
def api(manual: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=manual.transport(), base_url="http://sandbox.test", headers=KEY) as c:
        yield c


def endpoint(api: httpx.Client, *events: str, url: str = "http://receiver.test/hooks", **extra: Any) -> dict[str, Any]:
    return dict(data(api.post(HOOKS, json={"url": url, "events": list(events), **extra}), 201))


def deliveries(api: httpx.Client, hook: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data(api.get(f"{HOOKS}/{hook['id']}/deliveries"))["items"])


def test_order_lifecycle_events_are_signed_ordered_and_valid(
    manual: Sandbox, api: httpx.Client, receiver: Receiver
) -> None:
    hook = endpoint(api, "order.created", "order.updated")
    order = data(api.post(ORDERS, json=order_body()), 201)
    data(api.put(f"{ORDERS}/{order['id']}", json={"notes": "ring twice"}))
    data(api.put(f"{ORDERS}/{order['id']}/status", json={"status": "confirmed"}))
    data(api.post(f"{ORDERS}/{order['id']}/cancel", json={"reason": "changed mind"}))
    assert manual.deliver_pending() == 4
    assert receiver.types() == ["order.created", "order.updated", "order.updated", "order.updated"]
    contract = manual.core.contract
    webhook = Webhook(hook["secret"])
    for request, event in zip(receiver.requests, receiver.events(), strict=True):
        assert webhook.verify(request.content, request.headers).id == event["id"]
        assert request.headers["webhook-id"] == event["id"]
        assert request.headers["content-type"] == "application/json"
        schema = contract.doc["webhooks"][event["type"]]["post"]["requestBody"]["content"]["application/json"]["schema"]
        contract.validator(schema).validate(event)
        assert event["data"]["object"]["id"] == order["id"]
    created, noted, confirmed, cancelled = receiver.events()
    assert created["data"]["previous_attributes"] is None
    assert noted["data"]["previous_attributes"]["notes"] is None
    assert confirmed["data"]["previous_attributes"]["status"] == "pending"
    assert cancelled["data"]["object"]["status"] == "cancelled"
    assert cancelled["data"]["previous_attributes"]["status"] == "confirmed"
    log = deliveries(api, hook)
    assert {(d["status"], d["attempts"], d["response_status"]) for d in log} == {("succeeded", 1, 200)}
    assert "_event" not in log[0]
    assert manual.deliver_pending() == 0


def test_event_filtering_and_wildcard(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    created_only = endpoint(api, "order.created", url="http://receiver.test/created")
    everything = endpoint(api, "*", url="http://receiver.test/all")
    cancelled = endpoint(api, "order.cancelled", url="http://receiver.test/cancelled")
    order = data(api.post(ORDERS, json=order_body()), 201)
    data(api.post(f"{ORDERS}/{order['id']}/cancel", json={}))
    assert [d["event_type"] for d in deliveries(api, created_only)] == ["order.created"]
    assert [d["event_type"] for d in deliveries(api, cancelled)] == ["order.cancelled"]
    assert [d["event_type"] for d in deliveries(api, everything)] == [
        "order.created",
        "order.cancelled",
        "order.updated",
    ]
    manual.deliver_pending()
    by_url: dict[str, list[str]] = {}
    for request, event in zip(receiver.requests, receiver.events(), strict=True):
        by_url.setdefault(request.url.path, []).append(event["type"])
    assert by_url == {
        "/created": ["order.created"],
        "/all": ["order.created", "order.cancelled", "order.updated"],
        "/cancelled": ["order.cancelled"],
    }
    # The same event has the same id at every endpoint.
    ids = {e["type"]: e["id"] for e in receiver.events()}
    assert len(ids) == 3
    assert deliveries(api, cancelled)[0]["event_id"] == ids["order.cancelled"]


def test_disabled_endpoints_get_nothing(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    off = endpoint(api, "order.created", enabled=False)
    data(api.post(ORDERS, json=order_body()), 201)
    assert deliveries(api, off) == []
    on = endpoint(api, "order.created")
    data(api.post(ORDERS, json=order_body()), 201)
    data(api.put(f"{HOOKS}/{on['id']}", json={"enabled": False}))
    assert manual.deliver_pending() == 0
    assert receiver.requests == []
    assert [d["status"] for d in deliveries(api, on)] == ["pending"]
    data(api.put(f"{HOOKS}/{on['id']}", json={"enabled": True}))
    assert manual.deliver_pending() == 1
    assert [d["status"] for d in deliveries(api, on)] == ["succeeded"]


def test_a_batch_delivers_one_event_per_created_item(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    hook = endpoint(api, "order.created")
    endpoint(api, "order.created", enabled=False)
    bad = {"customer_id": "c", "items": []}
    result = data(api.post(f"{ORDERS}/batch", json={"items": [order_body(), bad, order_body()]}))
    assert [r["status"] for r in result["results"]] == [201, 422, 201]
    created = [r["data"]["id"] for r in result["results"] if r["data"]]
    assert manual.deliver_pending() == 2
    assert [e["data"]["object"]["id"] for e in receiver.events()] == created
    assert len(deliveries(api, hook)) == 2


def test_failures_retry_with_backoff_and_hold_back_later_events(manual: Sandbox, api: httpx.Client) -> None:
    receiver = Receiver(500, httpx.ConnectError("refused"), 503)
    manual.deliverer._transport = httpx.MockTransport(receiver)
    hook = endpoint(api, "order.created")
    data(api.post(ORDERS, json=order_body()), 201)
    data(api.post(ORDERS, json=order_body()), 201)
    assert manual.deliver_pending() == 1
    first, second = deliveries(api, hook)
    assert (first["status"], first["attempts"], first["response_status"]) == ("pending", 1, 500)
    assert first["last_error"] == "HTTP 500"
    assert first["next_attempt_at"] > first["created_at"]  # same RFC 3339 format: compares as text
    assert (second["status"], second["attempts"]) == ("pending", 0)
    assert manual.deliver_pending() == 0  # the retry is not due yet, and the second waits behind it
    assert manual.deliver_pending(force=True) == 1
    first = deliveries(api, hook)[0]
    assert (first["attempts"], first["response_status"], first["last_error"]) == (2, None, "ConnectError: refused")
    assert manual.deliver_pending(force=True) == 1
    assert manual.deliver_pending(force=True) == 2  # succeeds, then the second goes out in the same pass
    log = deliveries(api, hook)
    assert [(d["status"], d["attempts"]) for d in log] == [("succeeded", 4), ("succeeded", 1)]
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert ids[:4] == [log[0]["event_id"]] * 4
    assert ids[4] == log[1]["event_id"]


def test_gives_up_after_the_last_attempt() -> None:
    receiver = Receiver(500, httpx.InvalidURL("bad"))
    with Sandbox(deliver_webhooks=False, webhook_retry=(2, 0.0), webhook_transport=httpx.MockTransport(receiver)) as sb:
        c = httpx.Client(transport=sb.transport(), base_url="http://sandbox.test", headers=KEY)
        with c:
            hook = endpoint(c, "order.created")
            data(c.post(ORDERS, json=order_body()), 201)
            data(c.post(ORDERS, json=order_body()), 201)
            # A failure ends the endpoint's pass: fail, fail (gave up), then the next event goes out.
            assert [sb.deliver_pending() for _ in range(4)] == [1, 1, 1, 0]
            log = deliveries(c, hook)
            assert [(d["status"], d["attempts"], d["last_error"]) for d in log] == [
                ("failed", 2, "InvalidURL: bad"),
                ("succeeded", 1, None),
            ]


def test_deleted_endpoint_fails_its_deliveries(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    hook = endpoint(api, "order.created")
    data(api.post(ORDERS, json=order_body()), 201)
    assert api.delete(f"{HOOKS}/{hook['id']}").status_code == 204
    assert manual.deliver_pending() == 0
    (row,) = manual.store.all("webhook_delivery")
    assert (row["status"], row["last_error"]) == ("failed", "endpoint deleted")
    assert receiver.requests == []


def test_reset_while_sending_is_harmless(manual: Sandbox, api: httpx.Client) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        manual.reset()
        return httpx.Response(200)

    manual.deliverer._transport = httpx.MockTransport(answer)
    endpoint(api, "order.created")
    data(api.post(ORDERS, json=order_body()), 201)
    assert manual.deliver_pending() == 1
    assert manual.store.count("webhook_delivery") == 0


def test_rotated_secret_signs_new_attempts(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    hook = endpoint(api, "order.created")
    rotated = data(api.post(f"{HOOKS}/{hook['id']}/rotate-secret"))
    data(api.post(ORDERS, json=order_body()), 201)
    manual.deliver_pending()
    (request,) = receiver.requests
    assert Webhook(rotated["secret"]).verify(request.content, request.headers).type == "order.created"


def test_fragment_events_carry_the_whole_object(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    endpoint(api, "inventory.reserved", "inventory.released")
    inv = data(
        api.post("/api/v1/inventory", json={"item_number": "BOLT", "location_id": 1, "quantity_on_hand": 10}), 201
    )
    ident = inv["inventory_item_id"]
    data(api.post(f"/api/v1/inventory/{ident}/reserve", json={"location_id": 1, "quantity": 3}))
    data(api.post(f"/api/v1/inventory/{ident}/release", json={"location_id": 1, "quantity": 1}))
    manual.deliver_pending()
    reserved, released = receiver.events()
    assert (reserved["type"], released["type"]) == ("inventory.reserved", "inventory.released")
    assert reserved["data"]["object"]["item_number"] == "BOLT"
    assert reserved["data"]["object"]["inventory_item_id"] == ident
    assert reserved["data"]["previous_attributes"] is None


def test_payment_events(manual: Sandbox, api: httpx.Client, receiver: Receiver) -> None:
    endpoint(api, "payment.succeeded", "payment.refunded")
    order = data(api.post(ORDERS, json=order_body(price="10.00")), 201)
    payment = data(
        api.post("/api/v1/payments", json={"order_id": order["id"], "amount": "10.00", "payment_method": "card"}), 201
    )
    data(api.post("/api/v1/payments/refund", json={"payment_id": payment["id"], "amount": "4.00"}), 201)
    manual.deliver_pending()
    succeeded, refunded = receiver.events()
    assert succeeded["type"] == "payment.succeeded"
    assert succeeded["data"]["object"]["id"] == payment["id"]
    assert refunded["type"] == "payment.refunded"
    assert refunded["data"]["object"]["amount"] == "4.00"


# --- the background thread ---------------------------------------------------------------


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def delivery_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "stateset-sandbox-webhooks"]


def test_thread_starts_with_the_first_delivery_and_stops_on_close() -> None:
    receiver = Receiver(500)
    with Sandbox(webhook_transport=httpx.MockTransport(receiver)) as sb:
        c = httpx.Client(transport=sb.transport(), base_url="http://sandbox.test", headers=KEY)
        with c:
            data(c.post(ORDERS, json=order_body()), 201)
            started: bool = sb.deliverer.running
            assert not started  # no endpoint, no work, no thread
            hook = endpoint(c, "order.created")
            data(c.post(ORDERS, json=order_body()), 201)
            wait_for(lambda: [d["status"] for d in deliveries(c, hook)] == ["succeeded"])
            assert sb.deliverer.running
            assert deliveries(c, hook)[0]["attempts"] == 2
    assert delivery_threads() == []
    sb.deliverer.notify()  # after close: stays stopped
    sb.deliverer.start()
    assert not sb.deliverer.running


def test_pending_deliveries_in_a_database_file_resume(tmp_path: Any) -> None:
    db = tmp_path / "sandbox.db"
    with Sandbox(db=db, deliver_webhooks=False) as sb, sb.client() as client:
        client.webhook_endpoints.create(url="http://receiver.test/hooks", events=["order.created"])
        client.orders.create(customer_id="c", items=[{"product_id": "p", "quantity": 1, "unit_price": "1"}])
    receiver = Receiver()
    with Sandbox(db=db, webhook_transport=httpx.MockTransport(receiver)) as sb:
        wait_for(lambda: len(receiver.requests) == 1)
    assert receiver.types() == ["order.created"]
    assert delivery_threads() == []


def test_a_failing_pass_is_logged_and_the_thread_carries_on(caplog: pytest.LogCaptureFixture) -> None:
    receiver = Receiver()
    with Sandbox(deliver_webhooks=False, webhook_transport=httpx.MockTransport(receiver)) as sb:
        deliverer: Deliverer = sb.deliverer
        real = deliverer._pass
        calls: list[bool] = []

        def flaky(force: bool) -> tuple[int, dt.datetime | None]:
            calls.append(force)
            if len(calls) == 1:
                raise RuntimeError("pass bug")
            return real(force)

        deliverer._pass = flaky  # type: ignore[method-assign]
        with sb.client() as client:
            client.webhook_endpoints.create(url="http://receiver.test/hooks", events=["order.created"])
            client.orders.create(customer_id="c", items=[{"product_id": "p", "quantity": 1, "unit_price": "1"}])
        deliverer.start()
        deliverer.start()  # idempotent
        wait_for(lambda: len(receiver.requests) == 1)
    assert "pass bug" in caplog.text
    assert delivery_threads() == []


def test_every_emitted_event_type_matches_its_contract_schema(
    manual: Sandbox, api: httpx.Client, receiver: Receiver
) -> None:
    from sandbox_world import World

    endpoint(api, "*")
    World(api)
    manual.deliver_pending()
    contract = manual.core.contract
    seen = set()
    for event in receiver.events():
        schema = contract.doc["webhooks"][event["type"]]["post"]["requestBody"]["content"]["application/json"]["schema"]
        contract.validator(schema).validate(event)
        seen.add(event["type"])
    assert {"order.created", "inventory.reserved", "payment.succeeded", "return.created", "shipment.shipped"} <= seen

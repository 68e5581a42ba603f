from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from _payloads import MODELS, SECRET, body_of, event, signed

from stateset.webhooks import (
    ClaimStatus,
    HandleResult,
    HandleStatus,
    MemoryDedupStore,
    TypedWebhookEvent,
    Webhook,
    WebhookRouter,
    dedup_key,
)

Event = TypedWebhookEvent[Any]


@pytest.fixture
def store() -> MemoryDedupStore:
    return MemoryDedupStore()


@pytest.fixture
def router(store: MemoryDedupStore) -> WebhookRouter:
    return WebhookRouter(Webhook(SECRET), dedup=store, models=MODELS)


# --- matching -------------------------------------------------------------------


def test_exact_and_pattern_handlers_run_in_registration_order(router: WebhookRouter) -> None:
    calls: list[str] = []
    router.on("order.created")(lambda e: calls.append("exact"))
    router.on("payment.*")(lambda e: calls.append("payment"))
    router.on("order.*")(lambda e: calls.append("order-star"))
    router.on("*")(lambda e: calls.append("all"))

    result = router.handle(*signed("order.created"))

    assert calls == ["exact", "order-star", "all"]
    assert result.status is HandleStatus.HANDLED
    assert result.handlers == 3
    assert result.http_status == 200
    assert result.dedup_key == "m:msg_1"


def test_handler_matching_several_patterns_runs_once(router: WebhookRouter) -> None:
    calls: list[str] = []

    @router.on("order.*", "*.created", "order.created")
    def on_created(event: Event) -> None:
        calls.append(event.type)

    router.add_handler("*", on_created)
    router.handle(*signed("order.created"))
    assert calls == ["order.created"]
    assert router.handlers_for("order.created") == [on_created]
    assert router.handlers_for("shipment.shipped") == [on_created]


def test_patterns_are_fnmatch_and_case_sensitive(router: WebhookRouter) -> None:
    handler = router.on("order.*")(lambda e: None)
    assert router.handlers_for("order.item.created") == [handler]  # '*' crosses dots
    assert router.handlers_for("Order.created") == []
    assert router.handlers_for("orders.created") == []
    single = router.on("return.?pproved")(lambda e: None)
    assert router.handlers_for("return.approved") == [single]


def test_registration_is_validated(router: WebhookRouter) -> None:
    with pytest.raises(ValueError, match="at least one"):
        router.on()
    with pytest.raises(ValueError, match="non-empty"):
        router.add_handler("", lambda e: None)
    with pytest.raises(TypeError, match="callable"):
        router.add_handler("x", "not callable")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callable"):
        router.middleware(42)  # type: ignore[type-var]
    with pytest.raises(TypeError, match="Webhook"):
        WebhookRouter(SECRET)  # type: ignore[arg-type]
    router.on("a")(lambda e: None)
    assert repr(router) == "<WebhookRouter handlers=1 middleware=0>"


# --- middleware -------------------------------------------------------------------------


def test_middleware_wraps_handlers_first_registered_outermost(router: WebhookRouter) -> None:
    calls: list[str] = []

    @router.middleware
    def outer(event: Event, call_next: Any) -> Any:
        calls.append("outer-in")
        result = call_next(event)
        calls.append("outer-out")
        return result

    @router.middleware
    def inner(event: Event, nxt: Any) -> Any:
        calls.append("inner-in")
        try:
            return nxt(event)
        finally:
            calls.append("inner-out")

    router.on("order.created")(lambda e: calls.append("handler"))
    router.handle(*signed("order.created"))
    assert calls == ["outer-in", "inner-in", "handler", "inner-out", "outer-out"]


def test_middleware_can_short_circuit_and_replace_the_event(router: WebhookRouter) -> None:
    seen: list[str | None] = []
    router.on("*")(lambda e: seen.append(e.id))

    @router.middleware
    def skip_tests(event: Event, call_next: Any) -> Any:
        if event.id == "evt_test":
            return None
        return call_next(event)

    @router.middleware
    def rename(event: Event, call_next: Any) -> Any:
        from dataclasses import replace

        return call_next(replace(event, id="renamed"))

    assert router.handle(*signed("order.created", event_id="evt_test")).status is HandleStatus.HANDLED
    router.handle(*signed("order.created", msg_id="msg_2"))
    assert seen == ["renamed"]


def test_middleware_does_not_run_for_unhandled_events(router: WebhookRouter) -> None:
    router.middleware(lambda e, n: pytest.fail("must not run"))
    assert router.handle(*signed("order.created")).status is HandleStatus.UNHANDLED


# --- dedup ------------------------------------------------------------------------------------


def test_duplicate_delivery_is_skipped_and_reported(router: WebhookRouter) -> None:
    calls: list[str] = []
    router.on("order.created")(lambda e: calls.append("ran"))
    body, headers = signed("order.created")
    assert router.handle(body, headers).status is HandleStatus.HANDLED
    again = router.handle(body, headers)
    assert again.status is HandleStatus.DUPLICATE
    assert again.http_status == 200
    assert again.handlers == 1
    # a retry is re-signed with a fresh timestamp but keeps its webhook-id
    retry_body, retry_headers = signed("order.created", msg_id="msg_1")
    assert router.handle(retry_body, retry_headers).status is HandleStatus.DUPLICATE
    assert calls == ["ran"]


def test_failed_handler_is_not_marked_and_redelivery_runs_again(router: WebhookRouter, store: MemoryDedupStore) -> None:
    calls: list[str] = []
    failures = ["boom"]

    @router.on("order.created")
    def flaky(event: Event) -> None:
        calls.append("ran")
        if failures:
            raise RuntimeError(failures.pop())

    body, headers = signed("order.created")
    with pytest.raises(RuntimeError, match="boom"):
        router.handle(body, headers)
    assert store.claim("m:msg_1") is ClaimStatus.ACQUIRED  # released, not done
    store.release("m:msg_1")
    assert router.handle(body, headers).status is HandleStatus.HANDLED
    assert router.handle(body, headers).status is HandleStatus.DUPLICATE
    assert calls == ["ran", "ran"]


def test_base_exception_in_handler_releases_the_claim(router: WebhookRouter, store: MemoryDedupStore) -> None:
    def interrupted(event: Event) -> None:
        raise KeyboardInterrupt

    router.on("*")(interrupted)
    with pytest.raises(KeyboardInterrupt):
        router.handle(*signed("order.created"))
    assert len(store) == 0


def test_message_in_progress_elsewhere_is_reported(router: WebhookRouter, store: MemoryDedupStore) -> None:
    router.on("*")(lambda e: pytest.fail("must not run"))
    assert store.claim("m:msg_1") is ClaimStatus.ACQUIRED  # another worker
    result = router.handle(*signed("order.created"))
    assert result.status is HandleStatus.IN_PROGRESS
    assert result.http_status == 409


def test_without_dedup_every_delivery_runs() -> None:
    router = WebhookRouter(Webhook(SECRET), models=MODELS)
    calls: list[str] = []
    router.on("*")(lambda e: calls.append("ran"))
    body, headers = signed("order.created")
    router.handle(body, headers)
    router.handle(body, headers)
    assert calls == ["ran", "ran"]


def test_dedup_keys_per_scheme() -> None:
    webhook = Webhook(SECRET)
    body = body_of(event("order.created", event_id="evt_9"))
    standard = webhook.verify(body, webhook.sign(body, msg_id="msg_9"))
    assert dedup_key(standard, body) == "m:msg_9"
    stateset = webhook.verify(body, webhook.sign(body, scheme="stateset"))
    assert dedup_key(stateset, body) == "e:evt_9"
    anonymous = b'{"type": "order.created"}'
    first = webhook.verify(anonymous, webhook.sign(anonymous, scheme="stateset"))
    assert dedup_key(first, anonymous).startswith("h:")
    assert dedup_key(first, anonymous) == dedup_key(first, anonymous)
    assert dedup_key(first, anonymous) != dedup_key(first, anonymous + b" ")


def test_stateset_scheme_replay_is_a_duplicate(router: WebhookRouter) -> None:
    calls: list[str] = []
    router.on("*")(lambda e: calls.append("ran"))
    body = body_of(event("order.created", event_id="evt_5"))
    headers = Webhook(SECRET).sign(body, scheme="stateset")
    assert router.handle(body, headers).status is HandleStatus.HANDLED
    assert router.handle(body, headers).status is HandleStatus.DUPLICATE
    assert calls == ["ran"]


# --- sync path refuses async parts ---------------------------------------------------------


class _AsyncCallable:
    async def __call__(self, event: Event) -> None:
        pass


def test_handle_refuses_async_handlers_and_middleware(router: WebhookRouter, store: MemoryDedupStore) -> None:
    async def on_order(event: Event) -> None:
        pass

    router.on("order.created")(on_order)
    with pytest.raises(TypeError, match=r"on_order is async: use `await router.handle_async"):
        router.handle(*signed("order.created"))
    other = WebhookRouter(Webhook(SECRET), dedup=store)
    other.on("*")(_AsyncCallable())
    with pytest.raises(TypeError, match="is async"):
        other.handle(*signed("order.created"))
    third = WebhookRouter(Webhook(SECRET), dedup=store)
    third.on("*")(lambda e: None)

    @third.middleware
    async def mw(event: Event, call_next: Any) -> Any:
        return await call_next(event)

    with pytest.raises(TypeError, match="mw is async"):
        third.handle(*signed("order.created"))
    assert len(store) == 0  # refused before claiming


def test_handle_refuses_a_sync_callable_returning_an_awaitable(router: WebhookRouter, store: MemoryDedupStore) -> None:
    async def later(event: Event) -> None:
        pass

    router.on("*")(lambda e: later(e))
    with pytest.raises(TypeError, match="returned an awaitable"):
        router.handle(*signed("order.created"))
    assert len(store) == 0  # released
    mw_router = WebhookRouter(Webhook(SECRET))
    mw_router.on("*")(lambda e: None)
    mw_router.middleware(lambda e, n: asyncio.sleep(0))
    with pytest.raises(TypeError, match="a middleware returned an awaitable"):
        mw_router.handle(*signed("order.created"))


class _AsyncStore:
    async def claim(self, key: str) -> ClaimStatus:
        return ClaimStatus.ACQUIRED

    async def complete(self, key: str) -> None:
        pass

    async def release(self, key: str) -> None:
        pass


def test_handle_refuses_an_async_store() -> None:
    router = WebhookRouter(Webhook(SECRET), dedup=_AsyncStore())
    router.on("*")(lambda e: None)
    with pytest.raises(TypeError, match=r"_AsyncStore.claim is async"):
        router.handle(*signed("order.created"))


# --- async path ------------------------------------------------------------------------------


async def test_handle_async_runs_async_and_sync_handlers(router: WebhookRouter) -> None:
    threads: list[str] = []
    loop_thread = threading.current_thread().name

    @router.on("order.created")
    async def first(event: Event) -> None:
        await asyncio.sleep(0)
        threads.append(threading.current_thread().name)

    @router.on("order.*")
    def second(event: Event) -> None:
        threads.append(threading.current_thread().name)

    result = await router.handle_async(*signed("order.created"))
    assert result.status is HandleStatus.HANDLED
    assert threads[0] == loop_thread
    assert threads[1] != loop_thread  # the sync handler ran in a worker thread
    assert (await router.handle_async(*signed("order.created"))).status is HandleStatus.DUPLICATE


async def test_handle_async_can_run_sync_handlers_on_the_loop() -> None:
    router = WebhookRouter(Webhook(SECRET), sync_handlers_in_thread=False)
    threads: list[str] = []
    router.on("*")(lambda e: threads.append(threading.current_thread().name))
    router.on("*")(_AsyncCallable())
    await router.handle_async(*signed("order.created"))
    assert threads == [threading.current_thread().name]


async def test_handle_async_middleware_sync_and_async(router: WebhookRouter) -> None:
    calls: list[str] = []

    @router.middleware
    async def timing(event: Event, call_next: Any) -> Any:
        calls.append("async-in")
        result = await call_next(event)
        calls.append("async-out")
        return result

    @router.middleware
    def passthrough(event: Event, call_next: Any) -> Any:
        calls.append("sync")
        return call_next(event)

    @router.on("*")
    async def handler(event: Event) -> None:
        calls.append("handler")

    await router.handle_async(*signed("order.created"))
    assert calls == ["async-in", "sync", "handler", "async-out"]


async def test_handle_async_failure_releases_then_redelivery_runs(
    router: WebhookRouter, store: MemoryDedupStore
) -> None:
    calls: list[str] = []

    @router.on("*")
    async def flaky(event: Event) -> None:
        calls.append("ran")
        if len(calls) == 1:
            raise ValueError("first time")

    body, headers = signed("order.created")
    with pytest.raises(ValueError, match="first time"):
        await router.handle_async(body, headers)
    assert len(store) == 0
    assert (await router.handle_async(body, headers)).status is HandleStatus.HANDLED
    assert calls == ["ran", "ran"]


async def test_handle_async_with_an_async_store_and_unhandled_events() -> None:
    store = _AsyncStore()
    router = WebhookRouter(Webhook(SECRET), dedup=store, models=MODELS)
    assert (await router.handle_async(*signed("order.created"))).status is HandleStatus.UNHANDLED

    calls: list[str] = []

    @router.on("*")
    async def handler(event: Event) -> None:
        calls.append(event.type)
        if event.id == "evt_bad":
            raise RuntimeError("bad")

    assert (await router.handle_async(*signed("order.created"))).status is HandleStatus.HANDLED
    with pytest.raises(RuntimeError):
        await router.handle_async(*signed("order.created", event_id="evt_bad"))
    assert calls == ["order.created", "order.created"]


async def test_handle_async_reports_duplicates_and_in_progress(router: WebhookRouter, store: MemoryDedupStore) -> None:
    router.on("*")(lambda e: None)
    store.claim("m:busy")
    result = await router.handle_async(*signed("order.created", msg_id="busy"))
    assert result.status is HandleStatus.IN_PROGRESS


def test_handle_result_is_frozen(router: WebhookRouter) -> None:
    result = router.handle(*signed("order.created"))
    assert isinstance(result, HandleResult)
    with pytest.raises(AttributeError):
        result.status = HandleStatus.DUPLICATE  # type: ignore[misc]
    assert HandleStatus.HANDLED == "handled"


class _BareAwaitable:
    def __await__(self) -> Any:
        yield from ()


def test_handle_refuses_an_awaitable_without_close() -> None:
    router = WebhookRouter(Webhook(SECRET))
    router.on("*")(lambda e: _BareAwaitable())
    with pytest.raises(TypeError, match="returned an awaitable"):
        router.handle(*signed("order.created"))


async def test_handle_async_failure_without_dedup_propagates() -> None:
    router = WebhookRouter(Webhook(SECRET))

    @router.on("*")
    async def broken(event: Event) -> None:
        raise LookupError("nope")

    with pytest.raises(LookupError):
        await router.handle_async(*signed("order.created"))

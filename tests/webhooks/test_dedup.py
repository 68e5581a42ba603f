from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
import redis.asyncio
from _payloads import MODELS, SECRET, signed
from _redis import RedisServer, redis_server, redis_server_factory  # noqa: F401

from stateset._errors import MissingDependencyError
from stateset.webhooks import (
    AsyncDedupStore,
    AsyncRedisDedupStore,
    ClaimStatus,
    DedupStore,
    HandleStatus,
    MemoryDedupStore,
    RedisDedupStore,
    TypedWebhookEvent,
    Webhook,
    WebhookRouter,
)

ACQUIRED, DUPLICATE, IN_PROGRESS = ClaimStatus.ACQUIRED, ClaimStatus.DUPLICATE, ClaimStatus.IN_PROGRESS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- memory store ------------------------------------------------------------------------


def test_memory_claim_complete_release() -> None:
    store = MemoryDedupStore()
    assert isinstance(store, DedupStore)
    assert store  # truthy even when empty
    assert store.claim("a") is ACQUIRED
    assert store.claim("a") is IN_PROGRESS
    store.release("a")
    assert store.claim("a") is ACQUIRED
    store.complete("a")
    assert store.claim("a") is DUPLICATE
    store.release("a")  # a done key survives a stray release
    assert store.claim("a") is DUPLICATE
    store.release("never-seen")
    assert len(store) == 1
    assert repr(store) == "<MemoryDedupStore entries=1 max_entries=100000>"


def test_memory_ttl_and_lease_expire_with_the_clock() -> None:
    clock = FakeClock()
    store = MemoryDedupStore(ttl=100, lease=10, clock=clock)
    assert store.claim("k") is ACQUIRED
    clock.now += 9.9
    assert store.claim("k") is IN_PROGRESS
    clock.now += 0.1  # lease over: the worker is presumed dead
    assert store.claim("k") is ACQUIRED
    store.complete("k")
    clock.now += 99.9
    assert store.claim("k") is DUPLICATE
    clock.now += 0.1  # forgotten after the ttl
    assert store.claim("k") is ACQUIRED


def test_memory_store_is_bounded_dropping_expired_then_oldest() -> None:
    clock = FakeClock()
    store = MemoryDedupStore(ttl=50, lease=5, max_entries=3, clock=clock)
    for key in ("old", "a", "b"):
        store.complete(key)
    store.claim("old")  # does not refresh a done key
    clock.now += 40
    store.complete("a")  # rewritten: now the newest
    clock.now += 20  # "old" and "b" expired, "a" still live
    store.complete("c")
    store.complete("d")
    assert len(store) == 3  # "old" and "b" were purged to make room
    assert store.claim("a") is DUPLICATE
    assert store.claim("c") is DUPLICATE
    assert store.claim("d") is DUPLICATE
    # all live now: the oldest write goes first
    store.complete("e")
    assert len(store) == 3
    assert store.claim("a") is ACQUIRED  # "a" was evicted (then re-claimed: a new entry)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"ttl": 0}, ValueError),
        ({"lease": -1}, ValueError),
        ({"ttl": float("inf")}, ValueError),
        ({"ttl": "1"}, TypeError),
        ({"lease": True}, TypeError),
        ({"max_entries": 0}, ValueError),
        ({"max_entries": 2.0}, ValueError),
    ],
)
def test_memory_store_validates(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        MemoryDedupStore(**kwargs)


def _deliver_concurrently(routers: list[WebhookRouter], calls: list[str]) -> list[HandleStatus]:
    body, headers = signed("order.created", msg_id="msg_race")
    barrier = threading.Barrier(len(routers))
    statuses: list[HandleStatus] = []
    lock = threading.Lock()

    def deliver(router: WebhookRouter) -> None:
        barrier.wait()
        status = router.handle(body, headers).status
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=deliver, args=(r,)) for r in routers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return statuses


def _slow_router(store: DedupStore, calls: list[str]) -> WebhookRouter:
    router = WebhookRouter(Webhook(SECRET), dedup=store, models=MODELS)

    @router.on("order.created")
    def slow(event: TypedWebhookEvent[Any]) -> None:
        calls.append("ran")
        time.sleep(0.2)

    return router


def test_memory_store_twenty_threads_run_the_handler_once() -> None:
    calls: list[str] = []
    router = _slow_router(MemoryDedupStore(), calls)
    statuses = _deliver_concurrently([router] * 20, calls)
    assert calls == ["ran"]
    assert statuses.count(HandleStatus.HANDLED) == 1
    assert set(statuses) <= {HandleStatus.HANDLED, HandleStatus.IN_PROGRESS, HandleStatus.DUPLICATE}
    assert len(statuses) == 20


# --- redis store ---------------------------------------------------------------------------


@pytest.fixture
def make_store(redis_server: RedisServer) -> Iterator[Callable[..., RedisDedupStore]]:  # noqa: F811
    stores: list[RedisDedupStore] = []

    def make(**kwargs: Any) -> RedisDedupStore:
        store = RedisDedupStore(redis_server.url, **kwargs)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def test_redis_claim_complete_release(make_store: Callable[..., RedisDedupStore]) -> None:
    store = make_store()
    assert isinstance(store, DedupStore)
    assert store.claim("a") is ACQUIRED
    assert store.claim("a") is IN_PROGRESS
    store.release("a")
    assert store.claim("a") is ACQUIRED
    store.complete("a")
    assert store.claim("a") is DUPLICATE
    store.release("a")
    assert store.claim("a") is DUPLICATE
    assert repr(store) == "<RedisDedupStore prefix='stateset:webhooks:dedup:'>"


def test_redis_keys_carry_the_prefix_and_ttls(
    make_store: Callable[..., RedisDedupStore],
    redis_server: RedisServer,  # noqa: F811
) -> None:
    store = make_store(prefix="app1:", ttl=3600, lease=30)
    store.claim("k")
    with redis.Redis.from_url(redis_server.url) as client:
        assert client.get("app1:k") == b"pending"
        assert 29_000 < client.pttl("app1:k") <= 30_000
        store.complete("k")
        assert client.get("app1:k") == b"done"
        assert 3_599_000 < client.pttl("app1:k") <= 3_600_000
    other = make_store(prefix="app2:")
    assert other.claim("k") is ACQUIRED  # prefixes are separate namespaces


def test_redis_lease_and_ttl_really_expire(make_store: Callable[..., RedisDedupStore]) -> None:
    store = make_store(ttl=0.15, lease=0.05)
    assert store.claim("k") is ACQUIRED
    time.sleep(0.1)
    assert store.claim("k") is ACQUIRED  # the lease lapsed
    store.complete("k")
    assert store.claim("k") is DUPLICATE
    time.sleep(0.25)
    assert store.claim("k") is ACQUIRED  # the ttl lapsed


def test_redis_store_with_a_given_client_does_not_close_it(redis_server: RedisServer) -> None:  # noqa: F811
    with redis.Redis.from_url(redis_server.url) as client:
        store = RedisDedupStore(client=client)
        assert store.claim("x") is ACQUIRED
        store.close()
        assert client.ping()


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((), {}, ValueError),
        (("redis://127.0.0.1:1/0",), {"client": object()}, ValueError),
        (("redis://127.0.0.1:1/0",), {"prefix": b"x"}, TypeError),
        (("redis://127.0.0.1:1/0",), {"ttl": 0}, ValueError),
    ],
)
def test_redis_store_validates(args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        RedisDedupStore(*args, **kwargs)
    with pytest.raises(error):
        AsyncRedisDedupStore(*args, **kwargs)


def test_repr_hides_the_url() -> None:
    store = RedisDedupStore("redis://:hunter2@127.0.0.1:1/0")
    assert "hunter2" not in repr(store)
    store.close()


def test_missing_redis_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "stateset\[redis\]"'):
        RedisDedupStore("redis://127.0.0.1:1/0")
    with pytest.raises(MissingDependencyError, match=r'pip install "stateset\[redis\]"'):
        AsyncRedisDedupStore("redis://127.0.0.1:1/0")


def test_two_routers_share_redis_dedup_across_processes(make_store: Callable[..., RedisDedupStore]) -> None:
    calls: list[str] = []
    first = _slow_router(make_store(), calls)  # separate clients, as in two processes
    second = _slow_router(make_store(), calls)
    body, headers = signed("order.created", msg_id="msg_shared")
    assert first.handle(body, headers).status is HandleStatus.HANDLED
    assert second.handle(body, headers).status is HandleStatus.DUPLICATE
    assert calls == ["ran"]


def test_redis_failed_handler_lets_another_process_retry(make_store: Callable[..., RedisDedupStore]) -> None:
    calls: list[str] = []
    failing = WebhookRouter(Webhook(SECRET), dedup=make_store())

    @failing.on("*")
    def crash(event: TypedWebhookEvent[Any]) -> None:
        raise RuntimeError("crash")

    body, headers = signed("order.created", msg_id="msg_retry")
    with pytest.raises(RuntimeError):
        failing.handle(body, headers)
    healthy = _slow_router(make_store(), calls)
    assert healthy.handle(body, headers).status is HandleStatus.HANDLED
    assert failing.handle(body, headers).status is HandleStatus.DUPLICATE
    assert calls == ["ran"]


def test_redis_twenty_threads_run_the_handler_exactly_once(make_store: Callable[..., RedisDedupStore]) -> None:
    calls: list[str] = []
    routers = [_slow_router(make_store(), calls) for _ in range(20)]  # 20 clients
    statuses = _deliver_concurrently(routers, calls)
    assert calls == ["ran"]
    assert len(statuses) == 20
    assert statuses.count(HandleStatus.HANDLED) == 1
    assert set(statuses) <= {HandleStatus.HANDLED, HandleStatus.IN_PROGRESS, HandleStatus.DUPLICATE}


def test_redis_fixture_factory_starts_independent_servers(
    redis_server_factory: Callable[..., RedisServer],  # noqa: F811
) -> None:
    one, two = redis_server_factory(), redis_server_factory()
    assert one.port != two.port
    assert one.running
    first, second = RedisDedupStore(one.url), RedisDedupStore(two.url)
    try:
        assert first.claim("k") is ACQUIRED
        assert second.claim("k") is ACQUIRED  # a different server knows nothing
    finally:
        first.close()
        second.close()
    two.stop()
    assert not two.running


# --- async redis store ------------------------------------------------------------------------


async def test_async_redis_store_and_router(redis_server: RedisServer) -> None:  # noqa: F811
    store = AsyncRedisDedupStore(redis_server.url, prefix="async:")
    assert isinstance(store, AsyncDedupStore)
    try:
        assert await store.claim("a") is ACQUIRED
        assert await store.claim("a") is IN_PROGRESS
        await store.release("a")
        assert await store.claim("a") is ACQUIRED
        await store.complete("a")
        assert await store.claim("a") is DUPLICATE

        calls: list[str] = []
        router = WebhookRouter(Webhook(SECRET), dedup=store, models=MODELS)

        @router.on("order.created")
        async def on_order(event: TypedWebhookEvent[Any]) -> None:
            calls.append("ran")
            if len(calls) == 1:
                raise RuntimeError("first")

        body, headers = signed("order.created", msg_id="msg_async")
        with pytest.raises(RuntimeError):
            await router.handle_async(body, headers)
        assert (await router.handle_async(body, headers)).status is HandleStatus.HANDLED
        assert (await router.handle_async(body, headers)).status is HandleStatus.DUPLICATE
        assert calls == ["ran", "ran"]
        # the sync store sees the same keys
        sync = RedisDedupStore(redis_server.url, prefix="async:")
        assert sync.claim("m:msg_async") is DUPLICATE
        sync.close()
    finally:
        await store.aclose()


async def test_async_redis_store_with_a_given_client(redis_server: RedisServer) -> None:  # noqa: F811
    client = redis.asyncio.Redis.from_url(redis_server.url)
    try:
        store = AsyncRedisDedupStore(client=client)
        assert await store.claim("x") is ACQUIRED
        await store.aclose()
        assert await client.ping()
    finally:
        await client.aclose()

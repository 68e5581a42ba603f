"""RedisCache against real redis-server processes (started on free ports by tests/_redis.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from _cache_helpers import run
from _redis import RedisServer

from stateset import AsyncStateset, ConfigurationError, MissingDependencyError, RedisCache, Stateset
from stateset.cache._protocol import MAX_TTL
from stateset.sandbox import Sandbox

HIT = "x-stateset-cache"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def redis_cache(redis_server: RedisServer) -> Any:
    cache = RedisCache(url=redis_server.url, ttl=30, prefix="t:")
    yield cache
    await cache.aclose()


async def get_raw(client: Any, order_id: str) -> httpx.Response:
    raw: httpx.Response = (await run(client.with_raw_response.orders.get(order_id))).http_response
    return raw


def all_keys_and_values(server: RedisServer) -> list[tuple[bytes, bytes]]:
    db = redis.Redis.from_url(server.url)
    try:
        return [(key, db.dump(key) or b"") for key in db.scan_iter("*")]
    finally:
        db.close()


async def test_hit_and_no_credential_in_redis(
    make_client: Any, redis_cache: RedisCache, redis_server: RedisServer, order_id: str
) -> None:
    client = make_client(cache=redis_cache, api_key="sk_test_secret_value_123")
    await get_raw(client, order_id)
    assert (await get_raw(client, order_id)).headers[HIT] == "hit"
    await run(client.orders.cancel(order_id))
    assert (await get_raw(client, order_id)).headers.get(HIT) is None
    stored = all_keys_and_values(redis_server)
    assert any(key.startswith(b"t:e:") for key, _ in stored)
    assert any(key.startswith(b"t:g:o:orders:") for key, _ in stored)
    for key, value in stored:
        assert b"sk_test_secret_value_123" not in key
        assert b"sk_test_secret_value_123" not in value
        assert b"secret_value" not in value


async def test_tenants_are_isolated_in_redis(make_client: Any, redis_cache: RedisCache, order_id: str) -> None:
    alpha = make_client(cache=redis_cache, api_key="sk_test_alpha")
    beta = make_client(cache=redis_cache, api_key="sk_test_beta")
    await get_raw(alpha, order_id)
    assert (await get_raw(beta, order_id)).headers.get(HIT) is None
    assert (await get_raw(beta, order_id)).headers[HIT] == "hit"


async def test_poisoned_entries_are_misses(
    make_client: Any, redis_server: RedisServer, order_id: str, mode: str
) -> None:
    signed = RedisCache(url=redis_server.url, prefix="p:", signing_key="0123456789abcdef0123")
    try:
        client = make_client(cache=signed)
        await get_raw(client, order_id)
        db = redis.Redis.from_url(redis_server.url)
        entry_keys = list(db.scan_iter("p:e:*"))
        assert len(entry_keys) == 1
        genuine = db.get(entry_keys[0])
        assert genuine is not None
        # A flipped body byte breaks the HMAC; garbage and pickles are rejected before any parsing.
        for poison in (
            genuine[:-40] + bytes([genuine[-40] ^ 1]) + genuine[-39:],
            b"\x80\x04\x95 pickle-looking garbage",
            b"SSC1",
            b"",
        ):
            db.set(entry_keys[0], poison)
            assert (await get_raw(client, order_id)).headers.get(HIT) is None
            db.set(entry_keys[0], poison)  # the miss re-stored a good entry; poison it again
        db.close()
        assert client.cache.stats().rejected == 4
    finally:
        await signed.aclose()


async def test_redis_killed_mid_run_degrades_to_the_api(
    make_client: Any, redis_server_factory: Any, order_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    server = redis_server_factory()
    cache = RedisCache(url=server.url, ttl=30)
    try:
        client = make_client(cache=cache)
        await get_raw(client, order_id)
        assert (await get_raw(client, order_id)).headers[HIT] == "hit"
        server.stop()
        for _ in range(3):
            assert (await run(client.orders.get(order_id))).id is not None
        await run(client.orders.cancel(order_id))  # invalidation fails too, quietly
        await run(client.cache.invalidate("orders"))
        stats = client.cache.stats()
        assert stats.errors >= 1
        assert stats.hits == 1
        assert sum("cache backend failed" in r.getMessage() for r in caplog.records) == 1
    finally:
        await cache.aclose()


CHILD = textwrap.dedent(
    """
    import json, sys
    from stateset import RedisCache, Stateset
    base_url, redis_url, order_id = sys.argv[1:4]
    cache = RedisCache(url=redis_url, prefix="x:")
    with Stateset(api_key="sk_test_alpha", base_url=base_url, cache=cache) as client:
        seen = client.with_raw_response.orders.get(order_id).http_response.headers.get("x-stateset-cache")
        action = sys.argv[4]
        if action == "cancel":
            client.orders.cancel(order_id)
        elif action == "update":
            client.orders.update(order_id, notes="from the child")
        elif action == "delete":
            client.orders.delete(order_id)
        elif action == "create":
            item = {"product_id": "SKU-9", "quantity": 1, "unit_price": "2.00"}
            client.orders.create(customer_id=sys.argv[5], items=[item])
    cache.close()
    print(json.dumps({"seen": seen}))
    """
)


@pytest.fixture
def served_sandbox() -> Iterator[tuple[Sandbox, str]]:
    with Sandbox(seed="demo") as sb, sb.serve_in_thread() as url:
        yield sb, url


def child(base_url: str, redis_url: str, order_id: str, action: str, *extra: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, base_url, redis_url, order_id, action, *extra],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("action", ["cancel", "update", "delete", "create"])
def test_writes_in_another_process_invalidate(
    served_sandbox: tuple[Sandbox, str], redis_server: RedisServer, action: str
) -> None:
    _, url = served_sandbox
    cache = RedisCache(url=redis_server.url, prefix="x:")
    with Stateset(api_key="sk_test_alpha", base_url=url, cache=cache) as client:
        first = client.orders.list(page_size=1).first_page
        order = first.items[0]
        oid = str(order.id)
        assert client.orders.get(oid).status == "pending"
        assert client.with_raw_response.orders.get(oid).http_response.headers[HIT] == "hit"
        assert child(url, redis_server.url, oid, action, str(order.customer_id)) == {"seen": "hit"}
        after = client.with_raw_response.orders.get(oid) if action != "delete" else None
        if action == "cancel":
            assert after is not None
            assert after.parsed.status == "cancelled"
        if action == "update":
            assert after is not None
            assert after.parsed.notes == "from the child"
        if action == "create":  # the object is untouched; the lists are fresh
            assert after is not None
            assert after.http_response.headers[HIT] == "hit"
            assert client.orders.list(page_size=1).first_page.total == first.total + 1
        if action == "delete":
            assert client.orders.list(page_size=1).first_page.total == first.total - 1
        else:
            assert after is not None
    cache.close()


async def test_async_client_uses_redis_asyncio(redis_cache: RedisCache, sandbox: Sandbox, order_id: str) -> None:
    async with sandbox.async_client(cache=redis_cache) as client:
        await client.orders.get(order_id)
        response = await client.with_raw_response.orders.get(order_id)
        assert response.http_response.headers[HIT] == "hit"
        await client.cache.invalidate("orders", order_id)
        assert (await client.with_raw_response.orders.get(order_id)).http_response.headers.get(HIT) is None
    assert isinstance(client, AsyncStateset)


def test_missing_redis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingDependencyError, match=r'pip install "stateset\[redis\]"'):
        RedisCache()


def test_import_stateset_does_not_import_redis() -> None:
    code = "import sys, stateset; print('redis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_cache_modules_import_asyncio_lazily() -> None:
    import ast

    for path in (ROOT / "stateset" / "cache").glob("*.py"):
        for node in ast.parse(path.read_text()).body:  # module level only; TYPE_CHECKING blocks are If nodes
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            assert "asyncio" not in names, path
            assert not (isinstance(node, ast.ImportFrom) and node.module == "asyncio"), path


def test_repr_and_close(redis_server: RedisServer) -> None:
    cache = RedisCache(url=redis_server.url)
    assert "stateset:" in repr(cache)
    cache.set("k", b"v", 5)
    assert cache.get("k") == b"v"
    cache.delete("k")
    assert cache.get("k") is None
    assert cache.incr("c", 5) == cache.incr("c", 5) - 1
    cache.close()
    cache.close()


async def test_backend_methods_sync_and_async(redis_server: RedisServer) -> None:
    cache = RedisCache(url=redis_server.url, prefix="m:")
    try:
        cache.set("a", b"1", 5)
        assert cache.get_many(["a", "missing"]) == [b"1", None]
        aio = cache.async_backend()
        assert cache.async_backend() is aio  # one pool per loop
        await aio.set("b", b"2", 5)
        assert await aio.get("b") == b"2"
        assert await aio.get_many(["a", "b", "c"]) == [b"1", b"2", None]
        await aio.delete("b")
        assert await aio.get("b") is None
        first = await aio.incr("n", 5)
        assert cache.incr("n", 5) == first + 1
        assert await aio.lookup(["x", "y", "z"], "m:e:base") == ("m:e:base:0:0:0", None)
    finally:
        await cache.aclose()


async def test_repeat_lookups_see_other_processes_bumps(redis_server: RedisServer) -> None:
    """A repeat lookup is one MGET of a remembered key; a bump elsewhere must still be seen."""
    counters = ("g", "g:e:orders", "g:o:orders:1")
    ours, theirs = RedisCache(url=redis_server.url), RedisCache(url=redis_server.url)
    try:
        aio = ours.async_backend()
        key, _ = ours.lookup(counters, "e:base")
        ours.set(key, b"old", 60)
        assert ours.lookup(counters, "e:base") == (key, b"old")
        assert await aio.lookup(counters, "e:base") == (key, b"old")
        theirs.incr("g:o:orders:1", 60)
        new_key, value = ours.lookup(counters, "e:base")
        assert (new_key != key, value) == (True, None)
        assert await aio.lookup(counters, "e:base") == (new_key, None)
        theirs.set(new_key, b"new", 60)
        assert ours.lookup(counters, "e:base") == (new_key, b"new")
        theirs.incr("g", 60)
        assert (await aio.lookup(counters, "e:base"))[1] is None
        assert ours.lookup(counters, "e:base")[1] is None
    finally:
        await ours.aclose()
        theirs.close()


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"url": "notaurl"}, "url"),
        ({"url": "http://localhost:6379"}, "url"),
        ({"url": "redis://localhost:port/0"}, "url"),
        ({"url": "redis://localhost/0?socket_timeout=x"}, "url"),
        ({"url": None}, "url"),
        ({"socket_timeout": "x"}, "socket_timeout"),
        ({"socket_timeout": 0}, "socket_timeout"),
        ({"socket_timeout": float("nan")}, "socket_timeout"),
        ({"socket_timeout": float("inf")}, "socket_timeout"),
        ({"socket_timeout": 1e10}, "socket_timeout"),
        ({"socket_timeout": True}, "socket_timeout"),
        ({"prefix": None}, "prefix"),
        ({"ttl": float("nan")}, "ttl"),
        ({"ttl": float("inf")}, "ttl"),
        ({"ttl": 1e13}, "ttl"),
        ({"max_entry_bytes": float("inf")}, "max_entry_bytes"),
        ({"also_invalidate": {"payments": None}}, "payments"),
    ],
)
def test_bad_options_fail_at_construction(options: dict[str, Any], named: str) -> None:
    # Each of these used to be accepted, then fail every request: a cache silently off.
    with pytest.raises(ConfigurationError, match=named):
        RedisCache(**options)


def test_url_errors_do_not_echo_the_password() -> None:
    with pytest.raises(ConfigurationError) as caught:
        RedisCache(url="redis://:hunter2hunter2@localhost:port/0")
    assert "hunter2" not in str(caught.value)


def test_the_longest_ttl_is_one_redis_accepts(redis_server: RedisServer) -> None:
    cache = RedisCache(url=redis_server.url, ttl=MAX_TTL, socket_timeout=60, also_invalidate={"payments": "orders"})
    try:
        cache.set("k", b"v", MAX_TTL)
        assert cache.get("k") == b"v"
        assert cache.incr("c", MAX_TTL) > 0
        assert cache.settings.also_invalidate == {"payments": ("orders",)}
    finally:
        cache.close()

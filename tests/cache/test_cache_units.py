"""The pure pieces (keys, scopes, entries, cacheability), the memory backend and edge cases."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx
import pytest

from stateset import AsyncStateset, ConfigurationError, MemoryCache, Stateset
from stateset.cache import CacheBackend, CacheSettings, CacheTransport, check_backend
from stateset.cache import _stats as stats_module
from stateset.cache._invalidation import bumps_for_write, scope_of, template_of
from stateset.cache._keys import canonical_url, entry_base, entry_key, identity_of
from stateset.cache._protocol import MAX_TTL
from stateset.cache._serialization import Entry, InvalidEntry, decode_entry, encode_entry, storable_ttl
from stateset.cache._stats import Recorder

KEY = "stateset:e:abc"
SIGN = b"s" * 32


def entry(**changes: Any) -> Entry:
    fields: dict[str, Any] = {
        "status": 200,
        "headers": (("content-type", "application/json"), ("etag", '"1"')),
        "body": b'{"ok":true}',
        "stored_at": time.time(),
        "ttl": 60.0,
    }
    return Entry(**{**fields, **changes})


# --- serialization -------------------------------------------------------------------------


@pytest.mark.parametrize("signing_key", [None, SIGN])
def test_entry_round_trip(signing_key: bytes | None) -> None:
    original = entry()
    raw = encode_entry(original, KEY, signing_key)
    assert decode_entry(raw, KEY, signing_key, time.time()) == original
    assert decode_entry(encode_entry(entry(headers=()), KEY, None), KEY, None, time.time()).headers == ()


def test_signed_entries_are_bound_to_their_key_and_key() -> None:
    raw = encode_entry(entry(), KEY, SIGN)
    with pytest.raises(InvalidEntry, match="signature"):
        decode_entry(raw, "stateset:e:other-tenant", SIGN, time.time())
    with pytest.raises(InvalidEntry, match="signature"):
        decode_entry(raw, KEY, b"t" * 32, time.time())
    with pytest.raises(InvalidEntry, match="unsigned"):
        decode_entry(encode_entry(entry(), KEY, None), KEY, SIGN, time.time())
    # Readers without a key still parse signed entries (the MAC is skipped).
    assert decode_entry(raw, KEY, None, time.time()).status == 200


def unsigned(**changes: Any) -> Callable[[], bytes]:
    return lambda: encode_entry(entry(**changes), KEY, None)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: b"", "too short"),
        (lambda: b"x" * 40, "not a cache entry"),
        (lambda: unsigned()()[:27] + b"\xff" * 3, "lengths"),
        (unsigned(status=500), "status"),
        (unsigned(ttl=0.0), "expired"),
        (lambda: unsigned(stored_at=time.time() - 120)(), "expired"),
        (lambda: unsigned(stored_at=time.time() + 120)(), "expired"),
        (unsigned(headers=(("set-cookie", "a=b"),)), "header"),
        (lambda: unsigned(headers=(("content-type", "x"),))().replace(b": x", b"=x"), "header"),
    ],
    ids=["empty", "magic", "lengths", "status", "ttl", "old", "future", "set-cookie", "no-colon"],
)
def test_malformed_entries_are_rejected(make: Callable[[], bytes], reason: str) -> None:
    with pytest.raises(InvalidEntry, match=reason):
        decode_entry(make(), KEY, None, time.time())


def test_hit_response_carries_age_and_status() -> None:
    request = httpx.Request("GET", "https://api.example/x")
    response = entry(stored_at=time.time() - 5).to_response(request, time.time())
    assert response.headers["age"] in {"4", "5", "6"}
    assert response.headers["x-stateset-cache"] == "hit"
    assert response.read() == b'{"ok":true}'
    assert response.headers["content-length"] == "11"


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {}, 60.0),
        (204, {}, 60.0),
        (404, {}, None),
        (301, {}, None),
        (200, {"cache-control": "no-store"}, None),
        (200, {"cache-control": "No-Cache"}, None),
        (200, {"cache-control": "private, max-age=10"}, 10.0),
        (200, {"cache-control": "max-age=600"}, 60.0),
        (200, {"cache-control": 'max-age="5"'}, 5.0),
        (200, {"cache-control": "max-age=0"}, None),
        (200, {"cache-control": "max-age=soon"}, None),
        (200, {"cache-control": ",, public"}, 60.0),
        (200, {"set-cookie": "session=1"}, None),
        (200, {"content-length": "2000"}, None),
        (200, {"content-length": "-1"}, None),
        (200, {"content-length": "10"}, 60.0),
    ],
)
def test_storable_ttl(status: int, headers: dict[str, str], expected: float | None) -> None:
    assert storable_ttl(status, httpx.Headers(headers), 60.0, 1000) == expected


# --- keys and scopes -------------------------------------------------------------------------


def test_canonical_url_sorts_the_query() -> None:
    a = canonical_url(httpx.URL("https://api.example/api/v1/orders?b=2&a=1&a=0"))
    b = canonical_url(httpx.URL("https://api.example/api/v1/orders?a=0&b=2&a=1"))
    assert a == b == "https://api.example:/api/v1/orders?a=0&a=1&b=2"
    assert canonical_url(httpx.URL("http://h:8080/p")) == "http://h:8080/p"


def test_identity_and_entry_keys_hide_credentials() -> None:
    alpha, beta = identity_of("sk_alpha", None), identity_of("sk_beta", None)
    assert alpha != beta
    assert alpha == identity_of("sk_alpha", None)
    assert identity_of("sk_alpha", None, SIGN) != alpha
    assert "sk_alpha" not in alpha
    base = entry_base("p:", "GET", "u", alpha)
    assert base.startswith("p:e:")
    assert base != entry_base("p:", "GET", "u", beta)
    assert entry_key(base, [b"1", None, b"3"]) == base + ":1:0:3"


def test_identity_memo_is_bounded() -> None:
    for i in range(1100):
        identity_of(f"sk_{i}", None)
    from stateset.cache import _keys

    assert len(_keys._memo) <= 1024


def test_scopes_follow_the_contract_templates() -> None:
    with Stateset(api_key="sk_test_x").with_options() as client:
        assert client.orders is not None  # loads the generated orders module
        assert client.payments is not None
    assert template_of("get_order") == "/api/v1/orders/{id}"
    assert template_of(None) is None
    assert template_of("no_such_operation") is None
    assert scope_of("/api/v1/orders/o%2F1/cancel", "cancel_order").object_id == "o/1"
    by_number = scope_of("/api/v1/orders/by-number/N1", "get_order_by_number")
    assert (by_number.collection, by_number.object_id, by_number.root) == ("orders", None, False)
    assert scope_of("/api/v1/orders", "list_orders").root
    assert scope_of("/api/v1/orders/o1", None).object_id is None  # unknown: coarse, never stale
    assert scope_of("/elsewhere", None).collection == ""
    assert scope_of("/api/v1/", None).collection == ""
    batch = scope_of("/api/v1/payments/refund", "refund_payment")
    assert bumps_for_write("", batch, {"payments": ("orders",)}) == ("g:e:payments", "g:e:orders")
    assert bumps_for_write("", scope_of("/api/v1/orders", "create_order"), {}) == ("g:l:orders",)


# --- settings, backends and validation ---------------------------------------------------------


def test_settings_validation() -> None:
    with pytest.raises(ConfigurationError, match="ttl"):
        CacheSettings(ttl=0)
    with pytest.raises(ConfigurationError, match="max_entry_bytes"):
        CacheSettings(max_entry_bytes=True)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="signing_key"):
        CacheSettings(signing_key="short")
    assert CacheSettings(signing_key="x" * 16).signing_key == b"x" * 16
    assert CacheSettings(also_invalidate={"a": ["b"]}).also_invalidate == {"a": ("b",)}
    with pytest.raises(ConfigurationError, match="max_entries"):
        MemoryCache(max_entries=0)


BAD_SECONDS = [0, -1, float("nan"), float("inf"), float("-inf"), True, "60", None]


@pytest.mark.parametrize("ttl", [*BAD_SECONDS, 10**12])
def test_ttl_must_be_finite_positive_and_at_most_a_year(ttl: Any) -> None:
    # A NaN expiry never hits; NaN, inf or a huge ttl make every Redis store fail.
    with pytest.raises(ConfigurationError, match="ttl"):
        MemoryCache(ttl=ttl)
    with pytest.raises(ConfigurationError, match="ttl"):
        CacheSettings(ttl=ttl)
    assert CacheSettings(ttl=MAX_TTL).ttl == MAX_TTL
    assert CacheSettings(ttl=0.5).ttl == 0.5


@pytest.mark.parametrize("value", [0, -1, 1.5, 2.0, float("nan"), float("inf"), True, "10", None])
@pytest.mark.parametrize("name", ["max_entries", "max_entry_bytes"])
def test_counts_must_be_positive_ints(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=name):
        MemoryCache(**{name: value})


@pytest.mark.parametrize("prefix", [None, 1, b"stateset:", "caché:"])
def test_prefix_must_be_an_ascii_string(prefix: Any) -> None:
    with pytest.raises(ConfigurationError, match="prefix"):
        CacheSettings(prefix=prefix)


def test_also_invalidate_takes_one_name_or_a_list_of_names() -> None:
    # A bare name is one collection, not its characters: a payment refreshes orders.
    also = MemoryCache(also_invalidate={"payments": "orders"}).settings.also_invalidate
    assert also == {"payments": ("orders",)}
    refund = scope_of("/api/v1/payments/refund", "refund_payment")
    assert bumps_for_write("", refund, also) == ("g:e:payments", "g:e:orders")
    assert CacheSettings(also_invalidate={"a": ("b", "c")}).also_invalidate == {"a": ("b", "c")}
    assert CacheSettings(also_invalidate=None).also_invalidate == {}  # type: ignore[arg-type]
    assert MemoryCache(also_invalidate={}).settings.also_invalidate == {}


@pytest.mark.parametrize(
    ("also", "named"),
    [
        ({"payments": None}, "payments"),
        ({"payments": 3}, "payments"),
        ({"payments": b"orders"}, "payments"),
        ({"payments": {"orders": 1}}, "payments"),
        ({"payments": ["orders", None]}, "payments"),
        ({"payments": ["orders/1"]}, "payments"),
        ({"payments": [""]}, "payments"),
        ({None: ["orders"]}, "None"),
        ({"": ["orders"]}, "''"),
        ([("payments", "orders")], "mapping"),
        ("payments", "mapping"),
    ],
)
def test_malformed_also_invalidate_is_a_configuration_error(also: Any, named: str) -> None:
    with pytest.raises(ConfigurationError, match="also_invalidate") as caught:
        MemoryCache(also_invalidate=also)
    assert named in str(caught.value)


def test_check_backend() -> None:
    assert check_backend(None) is None
    assert check_backend(False) is None
    with pytest.raises(ConfigurationError, match="MemoryCache"):
        Stateset(api_key="sk_test_x", cache=True)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="needs a backend"):
        CacheTransport(httpx.MockTransport(lambda r: httpx.Response(200)), backend=None)
    with pytest.raises(ConfigurationError, match="path segment"):
        Stateset(api_key="sk_test_x", cache=MemoryCache()).cache.invalidate("orders/1")


def test_memory_cache_lru_expiry_and_counters(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = MemoryCache(max_entries=2)
    assert isinstance(cache, CacheBackend)
    cache.set("a", b"1", 60)
    cache.set("b", b"2", 60)
    assert cache.get("a") == b"1"  # a is now the most recent
    cache.set("c", b"3", 60)
    assert cache.get_many(["a", "b", "c"]) == [b"1", None, b"3"]
    assert (cache.evictions, len(cache)) == (1, 2)
    assert "entries=2/2" in repr(cache)
    first = cache.incr("g", 60)
    assert cache.incr("g", 60) == first + 1
    assert cache.get("g") == str(first + 1).encode()
    cache.delete("a")
    cache.delete("g")
    assert cache.get("a") is None
    assert cache.get("g") is None
    cache.set("short", b"x", 0.01)
    cache.incr("gone", 0.01)
    cache.incr("kept", 60)
    time.sleep(0.02)
    assert cache.get("short") is None
    assert cache.get("gone") is None
    cache.incr("third", 60)  # over max_entries counters: expired ones are dropped
    assert set(cache._counters) == {"kept", "third"}
    cache.clear()
    assert len(cache) == 0


class SlottedBackend:
    """A user backend that is not weak-referenceable and only speaks the sync protocol."""

    __slots__ = ("data",)

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [self.data.get(k) for k in keys]

    def set(self, key: str, value: bytes, ttl: float) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def incr(self, key: str, ttl: float) -> int:
        value = int(self.data.get(key, b"0")) + 1
        self.data[key] = str(value).encode()
        return value


class NativeAsyncBackend:
    """A user backend written for asyncio."""

    def __init__(self) -> None:
        self.inner = SlottedBackend()

    async def get(self, key: str) -> bytes | None:
        return self.inner.get(key)

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return self.inner.get_many(keys)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        self.inner.set(key, value, ttl)

    async def delete(self, key: str) -> None:
        self.inner.delete(key)

    async def incr(self, key: str, ttl: float) -> int:
        return self.inner.incr(key, ttl)


def counting_upstream(headers: dict[str, str] | None = None, body: bytes = b'{"data":1}') -> Any:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.method != "GET":
            return httpx.Response(500 if request.url.path.endswith("/boom") else 200, json={})
        return httpx.Response(200, headers=headers or {}, content=body)

    return calls, handler


class AsyncUpstream(httpx.AsyncBaseTransport):
    def __init__(self, handler: Any) -> None:
        self.handler = handler

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self.handler(request)
        return response


def test_custom_sync_backend_and_response_directives() -> None:
    backend = SlottedBackend()
    calls, handler = counting_upstream({"cache-control": "max-age=30"})
    client = Stateset(
        api_key="sk_test_x", base_url="https://h", cache=backend, transport=httpx.MockTransport(handler), max_retries=0
    )
    client._http.get("/api/v1/things/1")
    assert client._http.get("/api/v1/things/1").headers["x-stateset-cache"] == "hit"
    assert len(calls) == 1
    client._http.post("/api/v1/things/boom")  # a 5xx write may have landed: invalidate
    client._http.get("/api/v1/things/1")
    assert len(calls) == 3
    assert client.cache.stats().evictions == 0


@pytest.mark.parametrize("headers", [{"cache-control": "no-store"}, {"cache-control": "max-age=0"}])
def test_uncacheable_responses_go_upstream_every_time(headers: dict[str, str]) -> None:
    calls, handler = counting_upstream(headers)
    client = Stateset(
        api_key="sk_test_x", base_url="https://h", cache=MemoryCache(), transport=httpx.MockTransport(handler)
    )
    for _ in range(3):
        assert "x-stateset-cache" not in client._http.get("/api/v1/things").headers
    assert len(calls) == 3
    assert client.cache.stats().stores == 0


def test_large_bodies_are_not_cached() -> None:
    calls, handler = counting_upstream(body=b"x" * 2048)
    cache = MemoryCache(max_entry_bytes=1024)
    client = Stateset(api_key="sk_test_x", base_url="https://h", cache=cache, transport=httpx.MockTransport(handler))
    client._http.get("/api/v1/things")
    client._http.get("/api/v1/things")
    assert len(calls) == 2
    assert len(cache) == 0


async def test_native_async_backend_and_failing_writes() -> None:
    backend = NativeAsyncBackend()
    with pytest.raises(ConfigurationError, match="use it with AsyncStateset"):
        Stateset(api_key="sk_test_x", cache=backend)
    calls, handler = counting_upstream()
    async with AsyncStateset(
        api_key="sk_test_x", base_url="https://h", cache=backend, transport=AsyncUpstream(handler), max_retries=0
    ) as client:
        await client._http.get("/api/v1/things/1")
        assert (await client._http.get("/api/v1/things/1")).headers["x-stateset-cache"] == "hit"
        await client._http.delete("/api/v1/things/boom")
        assert len(calls) == 2


class Broken:
    def __init__(self, fail: bool = True) -> None:
        self.fail = fail
        self.memory = MemoryCache()

    def __getattr__(self, name: str) -> Any:
        if name not in {"get", "get_many", "set", "delete", "incr", "clear"}:
            raise AttributeError(name)

        def call(*args: Any) -> Any:
            if self.fail:
                raise ConnectionError("down")
            return getattr(self.memory, name)(*args)

        return call


@pytest.mark.parametrize("failing", ["get", "set", "incr"])
def test_a_failing_operation_degrades_to_the_api(failing: str) -> None:
    memory = MemoryCache()

    class PartlyBroken(SlottedBackend):
        __slots__ = ()

    backend = PartlyBroken()

    def boom(*args: Any) -> Any:
        raise TimeoutError("slow redis")

    calls, handler = counting_upstream()
    client = Stateset(api_key="sk_test_x", base_url="https://h", cache=backend, transport=httpx.MockTransport(handler))
    original = getattr(PartlyBroken, failing)
    setattr(PartlyBroken, failing, boom)
    try:
        client._http.get("/api/v1/things/1")
        client._http.put("/api/v1/things/1")
        client.cache.clear()
    finally:
        setattr(PartlyBroken, failing, original)
    assert client.cache.stats().errors == 1  # then the backend is skipped for a second
    assert len(calls) == 2
    assert memory.get("x") is None


def test_throttled_failure_log_and_backoff(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    assert recorder.available()
    with caplog.at_level(logging.WARNING, logger="stateset"):
        recorder.failed(OSError("x"), "lookup")
        recorder.failed(OSError("y"), "lookup")
    assert not recorder.available()
    assert len(caplog.records) == 1
    monkeypatch.setattr(stats_module, "ERROR_LOG_INTERVAL", 0.0)
    monkeypatch.setattr(recorder, "down_until", time.monotonic() - 1)
    assert recorder.available()
    with caplog.at_level(logging.WARNING, logger="stateset"):
        recorder.failed(OSError("z"), "store")
    assert len(caplog.records) == 2
    assert recorder.snapshot(0).errors == 3


async def test_async_backend_failure_and_cancelled_leader() -> None:
    _calls, handler = counting_upstream()
    backend = Broken()
    async with AsyncStateset(
        api_key="sk_test_x", base_url="https://h", cache=backend, transport=AsyncUpstream(handler)
    ) as client:
        await client._http.get("/api/v1/things/1")
        await client._http.post("/api/v1/things")
        assert client.cache.stats().errors == 1
    # A leader whose request fails releases its followers, who then fetch themselves.
    gate = asyncio.Event()

    class Failing(httpx.AsyncBaseTransport):
        attempts = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            Failing.attempts += 1
            if Failing.attempts == 1:
                await gate.wait()
                raise httpx.ConnectError("refused")
            return httpx.Response(200, content=b"{}")

    async with AsyncStateset(
        api_key="sk_test_x", base_url="https://h", cache=MemoryCache(), transport=Failing(), max_retries=0
    ) as client:
        leader = asyncio.ensure_future(client._http.get("/api/v1/things/2"))
        await asyncio.sleep(0.01)
        follower = asyncio.ensure_future(client._http.get("/api/v1/things/2"))
        await asyncio.sleep(0.01)
        gate.set()
        with pytest.raises(httpx.ConnectError):
            await leader
        assert (await follower).status_code == 200
        assert client.cache.stats().coalesced == 0


def test_sync_leader_failure_releases_followers() -> None:
    import threading

    started, release = threading.Event(), threading.Event()
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            started.set()
            release.wait(5)
            return httpx.Response(200, headers={"cache-control": "no-store"}, content=b"{}")
        return httpx.Response(200, content=b"{}")

    client = Stateset(
        api_key="sk_test_x", base_url="https://h", cache=MemoryCache(), transport=httpx.MockTransport(handler)
    )
    results: list[int] = []
    leader = threading.Thread(target=lambda: results.append(client._http.get("/api/v1/x").status_code))
    leader.start()
    started.wait(5)
    follower = threading.Thread(target=lambda: results.append(client._http.get("/api/v1/x").status_code))
    follower.start()
    time.sleep(0.05)
    release.set()
    leader.join()
    follower.join()
    assert results == [200, 200]
    assert len(attempts) == 2  # the leader's response was not storable: the follower fetched

"""Repeated GETs answered from a MemoryCache as model copies (stateset.cache._hits), sync and async."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from _cache_helpers import run
from stateset_client.models.order_response import OrderResponse

from stateset import AsyncStateset, MemoryCache, RedisCache, ResponseValidationError, Stateset
from stateset._base_client import CallOptions, plain_call
from stateset.cache._hits import _call_key


async def test_repeated_gets_are_copies_of_one_decoded_model(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    first = await run(client.orders.get(order_id))
    second = await run(client.orders.get(order_id))
    third = await run(client.orders.get(order_id))
    assert isinstance(second, OrderResponse)
    assert first == second == third
    assert second is not third
    assert second.items is not third.items
    assert second.items[0] is not third.items[0]
    assert client.upstream.count("GET", order_id) == 1
    stats = client.cache.stats()
    assert (stats.hits, stats.misses) == (2, 1)
    assert stats.operations["get_order"].hits == 2


async def test_callers_cannot_change_what_the_cache_holds(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    await run(client.orders.get(order_id))
    mine = await run(client.orders.get(order_id))
    pristine = OrderResponse.from_dict(mine.to_dict())
    mine.notes = "changed by a caller"
    mine.items.clear()
    mine.additional_properties["extra"] = {"nested": [1]}
    if mine.shipping_address:
        mine.shipping_address.city = "Elsewhere"
    assert await run(client.orders.get(order_id)) == pristine


async def test_a_write_invalidates_the_decoded_entry(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    await run(client.orders.get(order_id))
    await run(client.orders.get(order_id))
    await run(client.orders.update(order_id, notes="updated through the API"))
    fresh = await run(client.orders.get(order_id))
    assert fresh.notes == "updated through the API"
    assert client.upstream.count("GET", order_id) == 2


async def test_expired_entries_are_not_served(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache(ttl=0.2))
    await run(client.orders.get(order_id))
    await run(client.orders.get(order_id))
    time.sleep(0.3)
    await run(client.orders.get(order_id))
    assert client.upstream.count("GET", order_id) == 2


async def test_per_call_headers_take_the_normal_path(make_client: Any, order_id: str) -> None:
    """Another tenant's key in extra_headers must not be answered from this tenant's entry."""
    client = make_client(cache=MemoryCache())
    await run(client.orders.get(order_id))
    await run(client.orders.get(order_id))
    await run(client.orders.get(order_id, extra_headers={"X-API-Key": "sk_test_other_tenant"}))
    assert client.upstream.count("GET", order_id) == 2


async def test_bad_per_call_options_still_raise(make_client: Any, order_id: str) -> None:
    from stateset import ConfigurationError

    client = make_client(cache=MemoryCache())
    await run(client.orders.get(order_id))
    with pytest.raises(ConfigurationError):
        await run(client.orders.get(order_id, max_retries=-1))


def _garbage_json(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"<html>not json</html>", headers={"content-type": "text/html"})


@pytest.mark.parametrize("kind", [Stateset, AsyncStateset])
async def test_a_stored_body_that_does_not_decode_raises_every_time(kind: type) -> None:
    """The fast path never hides a bad body: it defers to the normal path, which raises."""
    transport: Any = httpx.MockTransport(_garbage_json)
    client = kind(api_key="sk_test_x", base_url="http://api.local", transport=transport, cache=MemoryCache())
    for _ in range(3):
        with pytest.raises(ResponseValidationError):
            await run(client.orders.get("ord_1"))
    assert client.cache.stats().hits == 2  # served from the cache, reported as the error


def test_only_in_process_backends_get_the_fast_path(sandbox: Any) -> None:
    with sandbox.client(cache=MemoryCache()) as memory:
        assert memory._wire.hits is not None
    with sandbox.client(cache=RedisCache(url="redis://127.0.0.1:1/0")) as shared:
        assert shared._wire.hits is None  # Redis answers bytes: the layer decodes those
    with sandbox.client() as plain:
        assert plain._wire.hits is None


def test_call_keys_tell_equal_looking_parameters_apart() -> None:
    from stateset._base_client import Endpoint

    get = Endpoint("list_things", "GET", "/things", "things")
    keys = {
        _call_key(get, {"method": "get", "url": "/things", "params": {"n": value}})
        for value in (1, 1.0, True, "1", None)
    }
    assert len(keys) == 5
    assert _call_key(get, {"method": "get", "url": "/things", "params": {"n": [1, 2]}}) != _call_key(
        get, {"method": "get", "url": "/things", "params": {"n": [2, 1]}}
    )
    assert _call_key(get, {"method": "get", "url": "/things", "params": {"n": {"a": 1}}}) is None
    assert _call_key(get, {"method": "get", "url": "/things", "headers": {"x": "1"}}) is None
    post = Endpoint("make_thing", "POST", "/things", "things")
    assert _call_key(post, {"method": "post", "url": "/things"}) is None


@pytest.mark.parametrize(
    ("options", "plain"),
    [
        ({}, True),
        ({"timeout": 5, "max_retries": 0, "extra_headers": None}, True),
        ({"extra_headers": {"X-API-Key": "other"}}, False),
        ({"max_retries": -1}, False),
        ({"max_retries": "3"}, False),
        ({"timeout": httpx.Timeout(1.0)}, False),
        ({"idempotency_key": "k"}, False),
    ],
)
def test_plain_call(options: dict[str, Any], plain: bool) -> None:
    assert plain_call(CallOptions(**options)) is plain


def _deeply_nested_order(request: httpx.Request) -> httpx.Response:
    """An order whose untyped extra field nests 600 levels: orjson parses it, Python cannot copy it recursively."""
    deep: dict[str, Any] = {}
    for _ in range(600):
        deep = {"a": deep}
    stamp = "2026-01-01T00:00:00Z"
    order = {"id": "ord_1", "customer_id": "c", "status": "pending", "items": [], "deep": deep, "version": 1}
    order.update(created_at=stamp, updated_at=stamp, order_date=stamp, order_number="ORD-1")
    order.update(payment_status="pending", fulfillment_status="unfulfilled")
    return httpx.Response(200, json={"success": True, "data": order})


@pytest.mark.parametrize("kind", [Stateset, AsyncStateset])
async def test_a_model_too_deep_to_copy_is_decoded_on_every_hit(kind: type) -> None:
    """A hostile reply nested deeper than Python's recursion limit is no RecursionError on a hit."""
    transport: Any = httpx.MockTransport(_deeply_nested_order)
    client = kind(api_key="sk_test_x", base_url="http://api.local", transport=transport, cache=MemoryCache())
    first, second, third = [await run(client.orders.get("ord_1")) for _ in range(3)]
    assert first == second == third
    assert second is not third
    assert second.additional_properties["deep"] is not third.additional_properties["deep"]
    assert client.cache.stats().hits == 2

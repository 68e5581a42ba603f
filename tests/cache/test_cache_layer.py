"""The cache layer against the in-process sandbox, sync and async (MemoryCache)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from _cache_helpers import run

from stateset import AsyncStateset, MemoryCache, NotFoundError, Stateset
from stateset.cache import CacheStats

HIT = "x-stateset-cache"


async def get_raw(client: Any, order_id: str, **options: Any) -> httpx.Response:
    response = await run(client.with_raw_response.orders.get(order_id, **options))
    raw: httpx.Response = response.http_response
    return raw


async def test_second_get_is_a_hit_and_skips_the_stack(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    first = await get_raw(client, order_id)
    second = await get_raw(client, order_id)
    assert first.headers.get(HIT) is None
    assert second.headers[HIT] == "hit"
    assert second.json() == first.json()
    assert "age" in second.headers
    assert client.upstream.count("GET", order_id) == 1
    stats = client.cache.stats()
    assert (stats.hits, stats.misses, stats.stores) == (1, 1, 1)
    assert stats.hit_ratio == 0.5
    assert stats.operations["get_order"].hits == 1


async def test_tenants_never_share_entries(make_client: Any, order_id: str) -> None:
    cache = MemoryCache()
    alpha = make_client(cache=cache, api_key="sk_test_alpha")
    beta = make_client(cache=cache, api_key="sk_test_beta")
    await get_raw(alpha, order_id)
    assert (await get_raw(beta, order_id)).headers.get(HIT) is None
    assert (await get_raw(alpha, order_id)).headers[HIT] == "hit"
    # A per-call credential is its own tenant too.
    other = await get_raw(alpha, order_id, extra_headers={"X-API-Key": "sk_test_gamma"})
    assert other.headers.get(HIT) is None
    bearer = make_client(cache=cache, api_key="sk_test_alpha", bearer_token="tok_1")
    assert (await get_raw(bearer, order_id)).headers.get(HIT) is None


async def test_query_order_does_not_matter(make_client: Any) -> None:
    client = make_client(cache=MemoryCache())
    http = client._http
    first = await run(http.get("/api/v1/orders", params=[("limit", "5"), ("page", "1")]))
    second = await run(http.get("/api/v1/orders", params=[("page", "1"), ("limit", "5")]))
    assert first.headers.get(HIT) is None
    assert second.headers[HIT] == "hit"


async def create_order(client: Any) -> Any:
    template = (await run(client.orders.list(page_size=1).first_page)).items[0]
    return await run(
        client.orders.create(
            customer_id=str(template.customer_id),
            items=[{"product_id": "SKU-1", "quantity": 1, "unit_price": "1.00"}],
        )
    )


async def test_post_create_invalidates_lists(make_client: Any) -> None:
    client = make_client(cache=MemoryCache())
    before = (await run(client.orders.list(page_size=1).first_page)).total
    await create_order(client)
    after = (await run(client.orders.list(page_size=1).first_page)).total
    assert after == before + 1


async def test_post_action_invalidates_object_and_lists(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    assert (await run(client.orders.get(order_id))).status == "pending"
    pending = (await run(client.orders.list(status="pending", page_size=1).first_page)).total
    await run(client.orders.cancel(order_id))
    assert (await run(client.orders.get(order_id))).status == "cancelled"
    assert (await run(client.orders.list(status="pending", page_size=1).first_page)).total == pending - 1


async def test_put_and_delete_invalidate_the_object(make_client: Any) -> None:
    client = make_client(cache=MemoryCache())
    order = await create_order(client)
    oid = str(order.id)
    assert (await run(client.orders.get(oid))).notes is None
    await run(client.orders.update(oid, notes="gift wrap"))
    assert (await run(client.orders.get(oid))).notes == "gift wrap"
    await run(client.orders.delete(oid))
    with pytest.raises(NotFoundError):
        await run(client.orders.get(oid))


async def test_a_write_leaves_other_objects_cached(make_client: Any, sandbox: Any) -> None:
    client = make_client(cache=MemoryCache())
    first, second = (await run(client.orders.list(page_size=2).first_page)).items
    await run(client.orders.get(str(first.id)))
    await run(client.orders.get(str(second.id)))
    await run(client.orders.cancel(str(first.id)))
    assert (await get_raw(client, str(second.id))).headers[HIT] == "hit"
    assert (await get_raw(client, str(first.id))).headers.get(HIT) is None


async def test_failed_write_does_not_invalidate(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    await run(client.orders.get(order_id))
    with pytest.raises(NotFoundError):
        await run(client.orders.cancel("00000000-0000-4000-8000-00000000dead"))
    assert (await get_raw(client, order_id)).headers[HIT] == "hit"
    assert client.cache.stats().invalidations == 0


async def test_errors_are_never_cached(make_client: Any) -> None:
    client = make_client(cache=MemoryCache())
    for _ in range(2):
        with pytest.raises(NotFoundError):
            await run(client.orders.get("00000000-0000-4000-8000-00000000dead"))
    assert client.upstream.count("GET", "dead") == 2
    assert client.cache.stats().stores == 0


async def test_ttl_expiry(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache(ttl=0.2))
    await get_raw(client, order_id)
    assert (await get_raw(client, order_id)).headers[HIT] == "hit"
    await asyncio.sleep(0.3)
    assert (await get_raw(client, order_id)).headers.get(HIT) is None


async def test_with_options_cache_false_and_per_call_directives(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    await get_raw(client, order_id)
    plain = client.with_options(cache=False)
    assert plain.cache.enabled is False
    assert (await get_raw(plain, order_id)).headers.get(HIT) is None
    assert client.with_options(timeout=5).cache.enabled
    assert (await get_raw(client.with_options(timeout=5), order_id)).headers[HIT] == "hit"
    refetched = await get_raw(client, order_id, extra_headers={"Cache-Control": "no-cache"})
    assert refetched.headers.get(HIT) is None
    bypass = await get_raw(client, order_id, extra_headers={"Cache-Control": "no-store"})
    assert bypass.headers.get(HIT) is None
    assert client.upstream.count("GET", order_id) == 4  # first, copy without cache, no-cache, no-store
    raw = await run(client._http.get(f"/api/v1/orders/{order_id}", extensions={"stateset.cache": False}))
    assert raw.headers.get(HIT) is None


async def test_single_flight_100_concurrent_misses(make_client: Any, mode: str, order_id: str) -> None:
    client = make_client(delay=0.2, cache=MemoryCache())
    results: list[Any] = []
    if mode == "sync":
        barrier = threading.Barrier(100)

        def worker() -> None:
            barrier.wait()
            results.append(client.orders.get(order_id))

        threads = [threading.Thread(target=worker) for _ in range(100)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        results = list(await asyncio.gather(*(client.orders.get(order_id) for _ in range(100))))
    assert len(results) == 100
    assert {r.id for r in results} == {results[0].id}
    assert client.upstream.count("GET", order_id) == 1
    stats = client.cache.stats()
    assert stats.misses == 1
    assert stats.hits == 99
    assert stats.coalesced >= 1


async def test_explicit_invalidate_and_clear(make_client: Any, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    await get_raw(client, order_id)
    await run(client.cache.invalidate("orders", order_id))
    assert (await get_raw(client, order_id)).headers.get(HIT) is None
    await run(client.cache.invalidate("orders"))
    assert (await get_raw(client, order_id)).headers.get(HIT) is None
    await run(client.cache.clear())
    assert (await get_raw(client, order_id)).headers.get(HIT) is None
    assert (await get_raw(client, order_id)).headers[HIT] == "hit"
    client.cache.reset_stats()
    assert client.cache.stats() == CacheStats()


async def test_poisoned_memory_entries_are_misses(make_client: Any, order_id: str) -> None:
    cache = MemoryCache(signing_key=b"k" * 32)
    client = make_client(cache=cache)
    await get_raw(client, order_id)
    for key in list(cache._entries):
        cache._entries[key] = (time.monotonic() + 60, b"SSC1 garbage")
    assert (await get_raw(client, order_id)).headers.get(HIT) is None
    assert client.cache.stats().rejected == 1


async def test_client_without_cache_has_harmless_controls(make_client: Any) -> None:
    client = make_client()
    assert client.cache.enabled is False
    await run(client.cache.invalidate("orders"))
    await run(client.cache.clear())
    client.cache.reset_stats()
    assert client.cache.stats().hit_ratio == 0.0
    assert "backend=None" in repr(client.cache)


async def test_warm_prefetches_pages_and_calls(make_client: Any, mode: str, order_id: str) -> None:
    client = make_client(cache=MemoryCache())
    missing = "00000000-0000-4000-8000-00000000dead"
    if mode == "sync":
        result = client.cache.warm(
            client.orders.list(page_size=5, max_items=10),
            lambda: client.orders.get(order_id),
            lambda: client.orders.get(missing),
            lambda: client.orders.list(page_size=50),
        )
    else:
        result = await client.cache.warm(
            client.orders.list(page_size=5, max_items=10),
            client.orders.get(order_id),
            lambda: client.orders.get(missing),
            lambda: client.orders.list(page_size=50),
        )
    assert result.warmed == 3
    assert isinstance(result.errors[0], NotFoundError)
    before = len(client.upstream.seen)
    assert (await get_raw(client, order_id)).headers[HIT] == "hit"
    await run(client.orders.list(page_size=5, max_items=10).first_page)
    assert len(client.upstream.seen) == before


def test_sync_client_repr_and_types(sandbox: Any) -> None:
    with sandbox.client(cache=MemoryCache()) as client:
        assert isinstance(client, Stateset)
        assert "MemoryCache" in repr(client.cache)
    assert not isinstance(client, AsyncStateset)


async def test_hits_skip_the_whole_stack(make_client: Any, order_id: str) -> None:
    from stateset import Hooks

    attempts: list[Any] = []
    client = make_client(cache=MemoryCache(), hooks=Hooks(on_request=[attempts.append]))
    for _ in range(5):
        await run(client.orders.get(order_id))
    assert len(attempts) == 1  # instrumentation, auth and retries ran for the miss only


async def test_a_late_leader_serves_what_the_previous_flight_stored(make_client: Any, order_id: str) -> None:
    """A caller that missed, then was descheduled while another flight stored the response,
    must not lead a second upstream request: it looks again once it leads."""
    client = make_client(cache=MemoryCache())
    await get_raw(client, order_id)  # stored
    backend = client._cache_layer.backend
    real_lookup = backend.lookup
    calls: list[int] = []

    def first_lookup_misses(counters: Any, base: str) -> Any:
        calls.append(1)
        key, value = real_lookup(counters, base)
        return (key, None) if len(calls) == 1 else (key, value)

    object.__setattr__(client._cache_layer, "_backend_lookup", first_lookup_misses)
    response = await get_raw(client, order_id)
    assert response.headers[HIT] == "hit"
    assert client.upstream.count("GET", order_id) == 1
    assert len(calls) == 2
    assert client.cache.stats().hits == 1

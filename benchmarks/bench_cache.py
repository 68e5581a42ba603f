"""Cache hits against the same calls uncached, measured in one run.

* memory hit vs the same ``client.orders.get`` uncached (in-process sandbox, and the
  sandbox served over loopback HTTP): target under 20 us per hit;
* the cache layer alone (``CacheTransport.handle_request`` on a hit);
* Redis hit on loopback (a real ``redis-server`` on a free port) vs a raw redis-py GET:
  target under 0.5 ms (the client's misses go to the in-process sandbox);
* cached reads per second on one core from memory: target 100,000/s (roadmap 10,000).

    .venv/bin/python benchmarks/bench_cache.py [--rounds 7] [--calls 2000] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import redis
from _harness import Row, emit, median

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from _redis import RedisServer  # noqa: E402  (tests/ helpers: a real redis-server)

from stateset import MemoryCache, RedisCache, Stateset  # noqa: E402
from stateset.sandbox import Sandbox  # noqa: E402

NAME = "bench_cache"


def per_call_us(fn: Callable[[], Any], calls: int, rounds: int) -> float:
    """Median over rounds of the mean time per call, in microseconds."""
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return median(samples)


def equal_requests(client: Stateset, oid: str, n: int = 64) -> Callable[[], httpx.Request]:
    """A supplier of distinct but identical ``get_order`` requests, as a client sends them.

    The layer must not benefit from seeing the very same request object on every call
    (a client builds a new one per call), so the layer-alone rows cycle through several.
    """
    pool = itertools.cycle(
        [
            client._http.build_request("GET", f"/api/v1/orders/{oid}", extensions={"stateset.operation": "get_order"})
            for _ in range(n)
        ]
    )
    return lambda: next(pool)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rounds, calls = args.rounds, args.calls
    rows: list[Row] = []

    with Sandbox(seed="demo") as sb:
        plain = sb.client()
        oid = str(plain.orders.list().first_page.items[0].id)
        cached = sb.client(cache=MemoryCache(ttl=3600))
        uncached_us = per_call_us(lambda: plain.orders.get(oid), calls // 4, rounds)
        # The floor of any SDK call on this machine: the same call over a transport that
        # returns a canned response at once (request building, httpx, decoding only).
        canned = plain.with_raw_response.orders.get(oid).http_response
        body, ctype = canned.content, canned.headers["content-type"]
        floor_client = Stateset(
            api_key="sk_test_sandbox",
            base_url="http://sandbox.local",
            transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body, headers={"content-type": ctype})),
        )
        floor_us = per_call_us(lambda: floor_client.orders.get(oid), calls, rounds)
        hit_us = per_call_us(lambda: cached.orders.get(oid), calls, rounds)
        rows.append(
            Row(
                NAME,
                "memory hit vs zero-cost transport",
                hit_us,
                "us",
                "uncached, canned-response transport (SDK floor)",
                floor_us,
                "close to the floor",
                None,
            )
        )
        rows.append(
            Row(
                NAME,
                "memory hit, client.orders.get",
                hit_us,
                "us",
                "uncached, in-process sandbox",
                uncached_us,
                "< 20 us",
                hit_us < 20,
            )
        )

        layer = cached._cache_layer
        assert layer is not None
        request = equal_requests(cached, oid)
        layer_us = per_call_us(lambda: layer.handle_request(request()), calls, rounds)
        rows.append(
            Row(
                NAME,
                "memory hit, cache layer alone",
                layer_us,
                "us",
                "uncached, in-process sandbox",
                uncached_us,
                "< 20 us",
                layer_us < 20,
            )
        )

        with sb.serve_in_thread() as url:
            served = Stateset(api_key="sk_test_sandbox", base_url=url)
            served_cached = Stateset(api_key="sk_test_sandbox", base_url=url, cache=MemoryCache(ttl=3600))
            loopback_us = per_call_us(lambda: served.orders.get(oid), max(50, calls // 20), rounds)
            served_hit_us = per_call_us(lambda: served_cached.orders.get(oid), calls, rounds)
            rows.append(
                Row(
                    NAME,
                    "memory hit vs loopback HTTP server",
                    served_hit_us,
                    "us",
                    "uncached, sandbox over loopback",
                    loopback_us,
                    "< 20 us",
                    served_hit_us < 20,
                )
            )

            served.close()
            served_cached.close()

        # Outside the served block: no server thread in this process during Redis round trips.
        with RedisServer() as server:
            cache = RedisCache(url=server.url, ttl=3600)
            # In-process sandbox behind the cache: a hit never reaches it, and a server
            # thread in this process (as with the loopback one) would only add GIL
            # contention to every Redis round trip, which a remote API does not.
            redis_client = sb.client(cache=cache)
            raw = redis.Redis.from_url(server.url)
            raw.set("bench", b"x" * 1500)
            raw_get_us = per_call_us(lambda: raw.get("bench"), calls // 4, rounds)
            redis_hit_us = per_call_us(lambda: redis_client.orders.get(oid), calls // 4, rounds)
            rows.append(
                Row(
                    NAME,
                    "redis hit (loopback), client.orders.get",
                    redis_hit_us / 1000,
                    "ms",
                    "raw redis-py GET",
                    raw_get_us / 1000,
                    "< 0.5 ms",
                    redis_hit_us < 500,
                )
            )
            redis_layer = redis_client._cache_layer
            assert redis_layer is not None
            redis_request = equal_requests(redis_client, oid)
            redis_layer_us = per_call_us(lambda: redis_layer.handle_request(redis_request()), calls // 4, rounds)
            rows.append(
                Row(
                    NAME,
                    "redis hit (loopback), cache layer alone",
                    redis_layer_us / 1000,
                    "ms",
                    "raw redis-py GET",
                    raw_get_us / 1000,
                    "< 0.5 ms",
                    redis_layer_us < 500,
                )
            )
            rows.append(
                Row(
                    NAME,
                    "redis hit vs loopback HTTP server",
                    redis_hit_us,
                    "us",
                    "uncached, sandbox over loopback",
                    loopback_us,
                    "faster than uncached",
                    redis_hit_us < loopback_us,
                )
            )
            stats = redis_client.cache.stats()
            assert stats.hits > 0, stats
            # On a saturated machine a read can exceed the 100 ms socket timeout: counted, not fatal.
            rows.append(Row(NAME, "redis backend errors during the run", stats.errors, "errors", target="0"))
            raw.close()
            cache.close()
            redis_client.close()

        reads: list[float] = []
        layer_reads: list[float] = []
        for _ in range(rounds):
            n, start = 0, time.perf_counter()
            while time.perf_counter() - start < 0.5:
                for _ in range(100):
                    cached.orders.get(oid)
                n += 100
            reads.append(n / (time.perf_counter() - start))
            n, start = 0, time.perf_counter()
            while time.perf_counter() - start < 0.5:
                for _ in range(100):
                    layer.handle_request(request())
                n += 100
            layer_reads.append(n / (time.perf_counter() - start))
        uncached_rps = 1e6 / uncached_us
        rows.append(
            Row(
                NAME,
                "cached reads/s, one core, client.orders.get",
                median(reads),
                "req/s",
                "uncached, in-process sandbox",
                uncached_rps,
                ">= 100,000 (roadmap 10,000)",
                median(reads) >= 100_000,
            )
        )
        rows.append(
            Row(
                NAME,
                "cached reads/s, one core, cache layer",
                median(layer_reads),
                "req/s",
                "uncached, in-process sandbox",
                uncached_rps,
                ">= 100,000",
                median(layer_reads) >= 100_000,
            )
        )
        hits = cached.cache.stats()
        assert hits.misses == 1, hits
        plain.close()
        cached.close()
    emit(rows)


if __name__ == "__main__":
    main()

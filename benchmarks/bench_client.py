"""The client against raw HTTP libraries, on one nginx serving a static 1.4 KB order.

1. Sync ``client.orders.get(id)`` (full transport stack + decoding into the typed model)
   against a raw ``httpx.Client.get`` of the same URL: per-request median, target <= 1.25x.
2. Async throughput at 50 in flight: ``AsyncStateset(backend="aiohttp")`` against raw
   aiohttp on the same server, target >= 0.7x. Measured in pairs: raw aiohttp runs
   between every other block, each block's ratio is against the mean of the raw blocks
   just before and after it, and the row gives the median of those ratios (the
   machine's speed drifts over a run; the medians of whole series drift with it). The
   order of the other kinds turns each round. Shown for reference: raw aiohttp that also
   parses each body into the typed model (the least a client returning these models does);
   the same, also sending what the SDK hands aiohttp (its headers and per-phase timeouts,
   computed once), on aiohttp's own read timer (the SDK's backend keeps one timer per
   connection instead, see README); and raw ``httpx.AsyncClient``.
3. Peak RSS of a process doing 10k GETs: the client against raw httpx, target <= 1.2x.

    .venv/bin/python benchmarks/bench_client.py [--json]
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _fixtures import order_bytes
from _harness import Row, emit, median
from _nginx import nginx

KEY = "sk_test_bench"
PATH = "/api/v1/orders/ord_1"
BLOCK, ROUNDS = 400, 7
#: Rounds of the async rows and requests per block: each round runs every kind of call
#: once, each followed by a raw aiohttp block.
ASYNC_ROUNDS, ASYNC_BLOCK = 15, 1500


def sync_latency(base: str) -> tuple[float, float]:
    import httpx

    from stateset import Stateset

    raw_times: list[float] = []
    sdk_times: list[float] = []
    with httpx.Client(base_url=base) as raw, Stateset(api_key=KEY, base_url=base) as client:
        raw.get(PATH), client.orders.get("ord_1")  # warm both pools
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for _ in range(BLOCK):
                raw.get(PATH)
            raw_times.append((time.perf_counter() - started) / BLOCK)
            started = time.perf_counter()
            for _ in range(BLOCK):
                client.orders.get("ord_1")
            sdk_times.append((time.perf_counter() - started) / BLOCK)
    return median(raw_times), median(sdk_times)


async def _drive(n: int, concurrency: int, call: object) -> float:
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()  # type: ignore[operator]

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return n / (time.perf_counter() - started)


async def _sdk_wire_args(base: str) -> tuple[Any, Any, Any]:
    """The URL, headers and timeout the aiohttp backend hands aiohttp for ``orders.get``.

    Taken from one call through the SDK's own stack (on a transport that records the
    request) and converted by the backend's own helpers, so the floor row sends exactly
    what the SDK sends.
    """
    import httpx

    from stateset import AsyncStateset
    from stateset._constants import DEFAULT_LIMITS
    from stateset._transports._aiohttp import aiohttp_transport

    seen: list[httpx.Request] = []

    class Recorder(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, content=order_bytes(), headers={"Content-Type": "application/json"})

    async with AsyncStateset(api_key=KEY, base_url=base, transport=Recorder()) as client:
        await client.orders.get("ord_1")
    request = seen[0]
    backend = aiohttp_transport(limits=DEFAULT_LIMITS)
    url, headers = backend._url(request.url), backend._headers(request.headers)
    timeout = backend._timeout(request.extensions["timeout"])
    await backend.aclose()
    return url, headers, timeout


async def async_throughput(base: str, concurrency: int = 50) -> dict[str, tuple[float, float]]:
    """Each kind's median rate and its median ratio to raw aiohttp, measured in pairs."""
    import aiohttp
    import httpx
    from stateset_client.models import OrderResponse

    from stateset import AsyncStateset
    from stateset._response import loads

    url, headers, timeout = await _sdk_wire_args(base)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with (
        aiohttp.ClientSession(base, connector=connector) as session,
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as bare,
        AsyncStateset(api_key=KEY, base_url=base, backend="aiohttp") as client,
        httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=concurrency)) as hx,
    ):

        async def raw_call() -> None:
            async with session.get(PATH) as response:
                await response.read()

        async def decoded_call() -> None:  # the least any typed client does: read, parse, build the model
            async with session.get(PATH) as response:
                OrderResponse.from_dict(loads(await response.read())["data"])

        async def floor_call() -> None:  # decoded_call, sending what the SDK sends
            async with bare.request(
                "GET",
                url,
                headers=headers,
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=timeout,
            ) as response:
                OrderResponse.from_dict(loads(await response.read())["data"])

        async def sdk_call() -> None:
            await client.orders.get("ord_1")

        async def httpx_call() -> None:
            (await hx.get(PATH)).read()

        calls = {
            "sdk-aiohttp": (sdk_call, ASYNC_BLOCK),
            "aiohttp-decoded": (decoded_call, ASYNC_BLOCK),
            "aiohttp-floor": (floor_call, ASYNC_BLOCK),
            "httpx": (httpx_call, ASYNC_BLOCK // 6),  # about 15x slower
        }
        for call, _ in [(raw_call, 0), *calls.values()]:  # open every pool before timing
            await _drive(300, concurrency, call)
        raw_rates = [await _drive(ASYNC_BLOCK, concurrency, raw_call)]
        rates: dict[str, list[float]] = {name: [] for name in calls}
        ratios: dict[str, list[float]] = {name: [] for name in calls}
        order = list(calls)
        for round_ in range(ASYNC_ROUNDS):
            for name in order[round_ % len(order) :] + order[: round_ % len(order)]:
                call, n = calls[name]
                rate = await _drive(n, concurrency, call)
                raw_rates.append(await _drive(ASYNC_BLOCK, concurrency, raw_call))
                rates[name].append(rate)
                ratios[name].append(rate / ((raw_rates[-2] + raw_rates[-1]) / 2))
    result = {name: (median(rates[name]), median(ratios[name])) for name in calls}
    result["aiohttp"] = (median(raw_rates), 1.0)
    return result


RSS_SCRIPT = f"""
import resource, sys
base = sys.argv[2]
if sys.argv[1] == "httpx":
    import httpx
    with httpx.Client(base_url=base) as c:
        for _ in range(10_000):
            c.get("{PATH}").read()
else:
    from stateset import Stateset
    with Stateset(api_key="{KEY}", base_url=base) as c:
        for _ in range(10_000):
            c.orders.get("ord_1")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss(base: str) -> tuple[float, float]:
    def run(kind: str) -> float:
        out = subprocess.run([sys.executable, "-c", RSS_SCRIPT, kind, base], capture_output=True, text=True, check=True)
        return float(out.stdout.strip()) / 1024  # KiB -> MiB

    return median([run("httpx") for _ in range(3)]), median([run("sdk") for _ in range(3)])


def _async_row(metric: str, measured: tuple[float, float], raw_rate: float, at_least: float | None = None) -> Row:
    """A row of `async_throughput`: a reference, or with ``at_least`` a target ratio."""
    rate, ratio = measured
    target, ok = ("reference", None) if at_least is None else (f">= {at_least}x", ratio >= at_least)
    return Row("client", metric, rate, "req/s", "raw aiohttp", raw_rate, target, ok, paired_ratio=ratio)


def main() -> None:
    with nginx({PATH: order_bytes()}) as base:
        raw, sdk = sync_latency(base)
        rates = asyncio.run(async_throughput(base))
        rss_raw, rss_sdk = peak_rss(base)
    raw_rate = rates["aiohttp"][0]
    rows = [
        Row(
            "client",
            "sync orders.get (typed) per request",
            sdk * 1e6,
            "us",
            "raw httpx.Client GET",
            raw * 1e6,
            "<= 1.25x",
            sdk / raw <= 1.25,
        ),
        _async_row(
            "async req/s, 50 in flight, aiohttp backend (paired ratio)", rates["sdk-aiohttp"], raw_rate, at_least=0.7
        ),
        _async_row("raw aiohttp + typed decode (JSON parse, from_dict) req/s", rates["aiohttp-decoded"], raw_rate),
        _async_row(
            "same, sending the SDK's headers and timeouts, on aiohttp's own read timer req/s",
            rates["aiohttp-floor"],
            raw_rate,
        ),
        _async_row("raw httpx.AsyncClient req/s, 50 in flight", rates["httpx"], raw_rate),
        Row("client", "peak RSS, 10k GETs", rss_sdk, "MiB", "raw httpx", rss_raw, "<= 1.2x", rss_sdk / rss_raw <= 1.2),
    ]
    emit(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()

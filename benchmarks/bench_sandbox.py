"""Requests per second of the sandbox served by uvicorn, beside a trivial ASGI hello app.

Both servers run in their own subprocess (uvicorn, loopback, one worker); the load comes
from this process with aiohttp and a fixed concurrency. Each scenario runs several rounds
of a fixed request count; medians and the sandbox/hello ratios are printed.

    .venv/bin/python benchmarks/bench_sandbox.py [--rounds 5] [--requests 2000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

KEY = {"X-API-Key": "sk_test_bench"}
ORDER = {
    "customer_id": "6f1c2b1e-0000-4000-8000-000000000001",
    "items": [{"product_id": "p-1", "quantity": 2, "unit_price": "9.99"}],
}


async def hello_app(
    scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
) -> None:
    """The baseline: the smallest useful ASGI app (a JSON body, like the sandbox's)."""
    body = b'{"success":true,"data":"hello"}'
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(cmd: list[str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"server did not start: {cmd}")


async def load(method: str, url: str, total: int, concurrency: int, body: dict[str, Any] | None) -> float:
    """Send ``total`` requests with ``concurrency`` workers; return requests per second."""
    remaining = total
    payload = json.dumps(body).encode() if body else None
    headers = {**KEY, "Content-Type": "application/json"} if payload else KEY

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            async with session.request(method, url, data=payload, headers=headers) as resp:
                await resp.read()
                if resp.status >= 400:
                    raise RuntimeError(f"{method} {url}: {resp.status}")

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        await load_warmup(session, method, url, payload, headers)
        began = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        return total / (time.perf_counter() - began)


async def load_warmup(
    session: aiohttp.ClientSession, method: str, url: str, payload: bytes | None, headers: dict[str, str]
) -> None:
    for _ in range(20):
        async with session.request(method, url, data=payload, headers=headers) as resp:
            await resp.read()


def first_order_id(base: str) -> str:
    import httpx

    return str(httpx.get(f"{base}/api/v1/orders", params={"limit": 1}, headers=KEY).json()["data"]["items"][0]["id"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--json", action="store_true", help="print rows for run_all.py")
    args = parser.parse_args()

    hello_port, sandbox_port = free_port(), free_port()
    uvicorn_flags = ["--log-level", "warning", "--no-access-log", "--lifespan", "off"]
    hello = start(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench_sandbox:hello_app",
            "--app-dir",
            sys.path[0],
            "--port",
            str(hello_port),
            *uvicorn_flags,
        ],
        hello_port,
    )
    sandbox = start(
        [
            sys.executable,
            "-m",
            "stateset.sandbox",
            "--port",
            str(sandbox_port),
            "--seed",
            "demo",
            "--log-level",
            "warning",
        ],
        sandbox_port,
    )
    try:
        sandbox_url, hello_url = f"http://127.0.0.1:{sandbox_port}", f"http://127.0.0.1:{hello_port}/"
        order_id = first_order_id(sandbox_url)
        scenarios = {
            "hello (baseline)": ("GET", hello_url, None),
            "orders.get": ("GET", f"{sandbox_url}/api/v1/orders/{order_id}", None),
            "orders.create": ("POST", f"{sandbox_url}/api/v1/orders", ORDER),
        }
        results: dict[str, list[float]] = {name: [] for name in scenarios}
        for _ in range(args.rounds):
            for name, (method, url, body) in scenarios.items():  # interleaved, so drift hits all alike
                results[name].append(asyncio.run(load(method, url, args.requests, args.concurrency, body)))
    finally:
        for proc in (hello, sandbox):
            proc.terminate()
            proc.wait(timeout=10)
    base = statistics.median(results["hello (baseline)"])
    if args.json:
        from _harness import Row, emit

        emit(
            [
                Row(
                    "sandbox",
                    f"{name} req/s (uvicorn, {args.concurrency} in flight)",
                    statistics.median(v),
                    "req/s",
                    "trivial ASGI hello app",
                    base,
                    "baseline for the bulk issue",
                )
                for name, v in results.items()
                if name != "hello (baseline)"
            ]
        )
        return
    print(f"{args.rounds} rounds x {args.requests} requests, concurrency {args.concurrency}, uvicorn on loopback")
    print(f"{'scenario':<18} {'median rps':>11} {'min':>9} {'max':>9} {'vs hello':>9}")
    for name, values in results.items():
        med = statistics.median(values)
        print(f"{name:<18} {med:>11.0f} {min(values):>9.0f} {max(values):>9.0f} {med / base:>9.2f}")


if __name__ == "__main__":
    main()

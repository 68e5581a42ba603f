"""Over a real socket (uvicorn): end to end, restart persistence, concurrency with faults, CLI."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sandbox_world import data, order_body

from stateset.sandbox import Sandbox
from stateset.sandbox import __main__ as cli
from stateset.sandbox._server import serve

KEY = {"X-API-Key": "sk_test_served"}


def test_served_end_to_end(served: str) -> None:
    with httpx.Client(base_url=served, headers=KEY) as c:
        order = data(c.post("/api/v1/orders", json=order_body()), 201)
        assert data(c.get(f"/api/v1/orders/{order['id']}"))["order_number"] == order["order_number"]
        assert c.get("/api/v1/orders", params={"filter": '[["status","eq","pending"]]'}).json()["data"]["total"] == 1
        assert c.get("/api/v1/nope").status_code == 404
        assert c.delete("/api/v1/orders").status_code == 405
        assert c.get("/_sandbox/stats").json()["objects"]["order"] == 1


def test_served_drop_faults_surface_as_transport_errors(sb: Sandbox, served: str) -> None:
    sb.set_faults({"script": ["drop", "commit_then_drop", "503"]})
    with httpx.Client(base_url=served, headers=KEY) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/api/v1/orders")
        body = order_body()
        with pytest.raises(httpx.RemoteProtocolError):
            c.post("/api/v1/orders", json=body, headers={"Idempotency-Key": "served-1"})
        assert c.get("/api/v1/orders").status_code == 503
        replay = c.post("/api/v1/orders", json=body, headers={"Idempotency-Key": "served-1"})
        assert replay.status_code == 201
        assert replay.headers["Idempotent-Replayed"] == "true"


def test_file_backed_restart_keeps_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    with (
        Sandbox(db=db, seed="demo") as first,
        first.serve_in_thread() as url,
        httpx.Client(base_url=url, headers=KEY) as c,
    ):
        created = data(c.post("/api/v1/orders", json=order_body()), 201)
        data(c.put(f"/api/v1/orders/{created['id']}/status", json={"status": "confirmed"}))
        c.post("/api/v1/orders", json=order_body(), headers={"Idempotency-Key": "persist"})
        before = {kind: n for kind, n in first.stats()["objects"].items()}
        orders_before = data(c.get("/api/v1/orders", params={"limit": 100}))["items"]
    with (
        Sandbox(db=db, seed="demo") as second,
        second.serve_in_thread() as url,
        httpx.Client(base_url=url, headers=KEY) as c,
    ):
        assert second.stats()["objects"] == before
        assert data(c.get("/api/v1/orders", params={"limit": 100}))["items"] == orders_before
        assert data(c.get(f"/api/v1/orders/{created['id']}"))["status"] == "confirmed"
        again = data(c.post("/api/v1/orders", json=order_body()), 201)
        assert int(again["order_number"][4:]) == int(orders_before[-1]["order_number"][4:]) + 1


def test_concurrent_idempotent_creates_with_commit_then_drop(sb: Sandbox, served: str) -> None:
    sb.set_faults({"rate": 0.3, "seed": 3, "kinds": ["commit_then_drop", "drop", "503", "500"]})
    keys = [str(uuid.uuid4()) for _ in range(100)]
    bodies = {k: order_body() for k in keys}
    outcomes: list[int] = []

    async def one(c: httpx.AsyncClient, key: str) -> None:
        body = bodies[key]
        for _ in range(30):
            try:
                resp = await c.post("/api/v1/orders", json=body, headers={"Idempotency-Key": key})
            except httpx.TransportError:
                continue
            if resp.status_code < 500:
                outcomes.append(resp.status_code)
                return
        raise AssertionError("no success after retries")

    async def main() -> None:
        limits = httpx.Limits(max_connections=100)
        async with httpx.AsyncClient(base_url=served, headers=KEY, limits=limits, timeout=30) as c:
            await asyncio.gather(*(one(c, k) for k in keys))
            # Same keys again, concurrently: every one replays, nothing new is stored.
            await asyncio.gather(*(one(c, k) for k in keys[:20]))

    asyncio.run(main())
    injected = sb.stats()["faults"]["injected"]
    sb.set_faults(None)
    assert outcomes.count(201) == 120
    assert injected.get("commit_then_drop", 0) > 0
    assert injected.get("drop", 0) > 0
    with httpx.Client(base_url=served, headers=KEY) as c:
        assert data(c.get("/api/v1/orders", params={"limit": 1}))["total"] == len(set(keys))


def test_same_key_racing_threads_create_one_object(sb: Sandbox, served: str) -> None:
    body = order_body()
    barrier = threading.Barrier(16)
    codes: list[int] = []

    def worker() -> None:
        with httpx.Client(base_url=served, headers={**KEY, "Idempotency-Key": "race"}) as c:
            barrier.wait()
            codes.append(c.post("/api/v1/orders", json=body).status_code)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [201] * 16
    assert sb.stats()["objects"]["order"] == 1


def test_cli_arguments_and_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    args = cli.parse_args(
        ["--port", "0", "--seed", "demo", "--api-key", "a", "--api-key", "b", "--faults", "0.2", "--db", "x.db"]
    )
    assert (args.port, args.seed, args.api_keys, args.faults, args.db) == (0, "demo", ["a", "b"], 0.2, "x.db")
    calls: list[tuple[object, ...]] = []

    def fake_run(self: object, sockets: object = None) -> None:
        calls.append((self,))

    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    assert cli.main(["--port", "0", "--seed", "demo"]) == 0
    serve(port=0, faults={"rate": 0.1})
    assert len(calls) == 2


def test_served_responses_do_not_wait_for_delayed_acks(served: str) -> None:
    # With Nagle on, the body write waits for the client's delayed ACK of the headers: >= 40 ms
    # per request once the connection leaves TCP's initial quick-ACK mode.
    with httpx.Client(base_url=served) as c:
        timings = []
        for _ in range(12):
            started = time.perf_counter()
            c.get("/_sandbox/faults").raise_for_status()
            timings.append(time.perf_counter() - started)
    assert min(timings[4:]) < 0.03


def test_serve_in_thread_reports_startup_failure() -> None:
    with Sandbox() as sb, sb.serve_in_thread() as url:
        port = int(url.rsplit(":", 1)[1])
        with pytest.raises(OSError, match="in use"), sb.serve_in_thread(port=port):
            pass

"""The issue-3 scenarios through the public clients, sync and async, against a real server."""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from _drive import collect, run
from _fault_server import FaultServer, contract_order, drop, envelope, reply, slow

from stateset import (
    APIStatusError,
    APITimeoutError,
    AsyncStateset,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    Stateset,
    StatesetError,
)

KEY = "sk_test_faults_5f4dcc3b5aa765d61d8327deb882cf99"
ORDERS = "/api/v1/orders"
ITEMS = [{"product_id": "SKU-1", "quantity": 2, "unit_price": "10.00"}]

Client = Stateset | AsyncStateset


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, fault_server: FaultServer) -> AsyncIterator[Client]:
    options: dict[str, Any] = {"api_key": KEY, "base_url": fault_server.url, "max_retries": 2, "timeout": 5.0}
    if request.param == "sync":
        with Stateset(**options) as sync_client:
            yield sync_client
    else:
        async with AsyncStateset(**options) as async_client:
            yield async_client


async def test_503_then_success_reuses_the_idempotency_key(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(503), method="POST")
    order = await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    assert order.status == "pending"
    first, second = fault_server.requests_to(ORDERS, "POST")
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"]
    assert len(fault_server.orders) == 1


async def test_separate_calls_get_separate_keys(client: Client, fault_server: FaultServer) -> None:
    await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    keys = {r.headers["idempotency-key"] for r in fault_server.requests_to(ORDERS, "POST")}
    assert len(keys) == 2


async def test_caller_key_is_used_on_every_attempt(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(502), method="POST")
    await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS, idempotency_key="my-key-1"))
    assert [r.headers["idempotency-key"] for r in fault_server.requests_to(ORDERS, "POST")] == ["my-key-1"] * 2


async def test_429_waits_for_retry_after(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(
        ORDERS + "/ord_x", reply(429, {"error": "Too Many Requests", "message": "slow down"}, {"Retry-After": "1"})
    )
    fault_server.script(ORDERS + "/ord_x", reply(200, envelope(contract_order(9, {}), "req_ok")))
    started = time.monotonic()
    order = await run(client, lambda c: c.orders.get("ord_x"))
    assert time.monotonic() - started >= 1.0
    assert order.id == "ord_9"


async def test_429_surfaces_as_rate_limit_error_when_retries_run_out(client: Client, fault_server: FaultServer) -> None:
    body = {"error": "Too Many Requests", "message": "slow down"}
    fault_server.script(ORDERS + "/ord_x", *[reply(429, body, {"Retry-After": "0"})] * 3)
    with pytest.raises(RateLimitError) as info:
        await run(client, lambda c: c.orders.get("ord_x"))
    assert info.value.retry_after == 0
    assert len(fault_server.requests_to(ORDERS + "/ord_x")) == 3


async def test_reset_after_commit_is_retried_with_the_same_key(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, drop(commit=True), method="POST")
    order = await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    attempts = fault_server.requests_to(ORDERS, "POST")
    assert len(attempts) == 2
    assert attempts[0].headers["idempotency-key"] == attempts[1].headers["idempotency-key"]
    assert len(fault_server.orders) == 1
    assert order.id == fault_server.orders[0]["id"]


@pytest.mark.parametrize(
    ("status", "body", "headers", "error", "requests"),
    [
        (
            400,
            {"error": "Bad Request", "message": "items must not be empty", "request_id": "req_b"},
            {},
            BadRequestError,
            1,
        ),
        (404, {"error": "Not Found", "message": "No order ord_x", "details": "checked 1 store"}, {}, NotFoundError, 1),
        (
            500,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            {"Content-Type": "text/html"},
            InternalServerError,
            3,
        ),
        (520, b"", {}, APIStatusError, 1),
    ],
)
async def test_error_statuses_map_to_the_error_tree(
    client: Client,
    fault_server: FaultServer,
    status: int,
    body: Any,
    headers: dict[str, str],
    error: type[APIStatusError],
    requests: int,
) -> None:
    fault_server.script(ORDERS + "/ord_x", *[reply(status, body, headers)] * requests)
    with pytest.raises(error) as info:
        await run(client, lambda c: c.orders.get("ord_x"))
    exc = info.value
    assert exc.status_code == status
    assert exc.request_id  # from the body or the X-Request-Id header
    assert exc.request_id in str(exc)
    if isinstance(body, dict):
        assert body["message"] in str(exc)
        assert exc.message == body["message"]
    assert len(fault_server.requests_to(ORDERS + "/ord_x")) == requests


async def test_timeouts_are_retried_then_raised(fault_server: FaultServer) -> None:
    fault_server.script(ORDERS + "/ord_x", slow(1.5), slow(1.5))
    with (
        Stateset(api_key=KEY, base_url=fault_server.url, timeout=0.3, max_retries=1) as client,
        pytest.raises(APITimeoutError),
    ):
        client.orders.get("ord_x")
    assert len(fault_server.requests_to(ORDERS + "/ord_x")) == 2


async def test_async_timeout_and_per_call_override(fault_server: FaultServer) -> None:
    fault_server.script(ORDERS + "/ord_x", slow(1.0))
    async with AsyncStateset(api_key=KEY, base_url=fault_server.url, timeout=10) as client:
        with pytest.raises(APITimeoutError):
            await client.orders.get("ord_x", timeout=0.2, max_retries=0)
    assert len(fault_server.requests_to(ORDERS + "/ord_x")) == 1


def _page(numbers: range, total: int, page: int) -> dict[str, Any]:
    items = [contract_order(n, {"notes": f"n{n}"}) for n in numbers]
    return envelope({"items": items, "total": total, "page": page, "limit": 100, "total_pages": 3}, None)


async def test_250_items_over_3_pages_keep_the_filters(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(
        ORDERS,
        reply(200, _page(range(1, 101), 250, 1)),
        reply(200, _page(range(101, 201), 250, 2)),
        reply(200, _page(range(201, 251), 250, 3)),
        method="GET",
    )
    ids = [o.id for o in await collect(client.orders.list(status="pending", search="gift", page_size=100))]
    assert ids == [f"ord_{n}" for n in range(1, 251)]
    from urllib.parse import parse_qs

    queries = [parse_qs(r.query) for r in fault_server.requests_to(ORDERS, "GET")]
    assert queries == [
        {"page": [str(n)], "limit": ["100"], "status": ["pending"], "search": ["gift"]} for n in (1, 2, 3)
    ]


async def test_max_items_stops_fetching(client: Client, fault_server: FaultServer) -> None:
    fault_server.script(ORDERS, reply(200, _page(range(1, 101), 250, 1)), method="GET")
    pager = client.orders.list(page_size=100, max_items=30)
    items = await collect(pager)
    total = pager.total
    total = await total if inspect.isawaitable(total) else total
    assert len(items) == 30
    assert total == 250
    assert len(fault_server.requests_to(ORDERS, "GET")) == 1


async def test_raw_response_exposes_request_id(client: Client, fault_server: FaultServer) -> None:
    created = await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    raw = await run(client, lambda c: c.with_raw_response.orders.get(created.id))
    assert raw.parsed.id == created.id
    assert raw.status_code == 200
    assert raw.request_id is not None
    assert raw.request_id.startswith("req_")
    assert timedelta(0) < raw.http_response.elapsed < timedelta(seconds=5)
    assert raw.http_response.request.url.path == f"{ORDERS}/{created.id}"


async def test_malformed_success_bodies_raise_typed_errors(client: Client, fault_server: FaultServer) -> None:
    from stateset import ResponseValidationError

    fault_server.script(ORDERS + "/a", reply(200, b"not json", {"Content-Type": "application/json"}))
    fault_server.script(ORDERS + "/b", reply(200, {"no": "envelope"}))
    fault_server.script(ORDERS + "/c", reply(200, envelope({"id": "missing everything"}, None)))
    for path in ("a", "b", "c"):
        with pytest.raises(ResponseValidationError):
            await run(client, lambda c, p=path: c.orders.get(p))


async def test_api_key_never_in_logs_or_errors(
    client: Client, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fault_server.script(ORDERS, reply(503), method="POST")
    await run(client, lambda c: c.orders.create(customer_id="cus_1", items=ITEMS))
    fault_server.script(ORDERS + "/ord_x", reply(401, {"error": "Unauthorized", "message": f"bad key {KEY}"}))
    errors: list[StatesetError] = []
    try:
        await run(client, lambda c: c.orders.get("ord_x"))
    except StatesetError as exc:
        errors.append(exc)
    assert errors, "the 401 should raise"
    assert any(r.name.startswith("stateset") for r in caplog.records)
    for record in caplog.records:
        assert KEY not in record.getMessage()
    for exc in errors:
        assert KEY not in str(exc)
        assert KEY not in repr(exc)
    assert KEY not in repr(client)


async def test_a_body_that_is_not_its_content_encoding_is_a_malformed_reply(
    client: Client, fault_server: FaultServer
) -> None:
    """Not a connection error: a 2xx is a ResponseValidationError, an error status keeps its class."""
    from stateset import ResponseValidationError

    lie = {"Content-Encoding": "gzip"}
    fault_server.script(f"{ORDERS}/ord_1", reply(200, {"success": True, "data": {}}, lie))
    with pytest.raises(ResponseValidationError, match="not valid gzip"):
        await run(client, lambda c: c.orders.get("ord_1"))
    fault_server.script(f"{ORDERS}/ord_2", reply(503, "oops", lie), reply(503, "oops", lie), reply(503, "oops", lie))
    with pytest.raises(InternalServerError) as caught:
        await run(client, lambda c: c.orders.get("ord_2"))
    assert caught.value.status_code == 503
    assert len(fault_server.requests_to(f"{ORDERS}/ord_2")) == 3  # retried like any 503


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_cached_client_reports_a_false_content_encoding_the_same_way(
    flavour: str, fault_server: FaultServer
) -> None:
    """The cache layer reads a storable body itself; a malformed one is still a malformed reply."""
    from stateset import ResponseValidationError
    from stateset.cache import MemoryCache

    options: dict[str, Any] = {"api_key": KEY, "base_url": fault_server.url, "cache": MemoryCache(ttl=60)}
    lie = {"Content-Encoding": "gzip"}
    fault_server.script(f"{ORDERS}/ord_1", reply(200, {"success": True, "data": {}}, lie))
    fault_server.script(f"{ORDERS}/ord_2", reply(200, envelope(contract_order(2, {}), "req_2")))
    client: Client = Stateset(**options) if flavour == "sync" else AsyncStateset(**options)
    try:
        with pytest.raises(ResponseValidationError, match="not valid gzip"):
            await run(client, lambda c: c.orders.get("ord_1"))
        assert (await run(client, lambda c: c.orders.get("ord_2"))).id == "ord_2"
        assert (await run(client, lambda c: c.orders.get("ord_2"))).id == "ord_2"  # from the cache
        assert len(fault_server.requests_to(f"{ORDERS}/ord_2")) == 1
        assert client.cache.stats().stores == 1  # the malformed body was not stored
    finally:
        await run(client, lambda c: c.close() if flavour == "sync" else c.aclose())


async def test_the_aiohttp_backend_reports_a_false_content_encoding_the_same_way(fault_server: FaultServer) -> None:
    from stateset import ResponseValidationError

    fault_server.script(f"{ORDERS}/ord_1", reply(200, {"success": True, "data": {}}, {"Content-Encoding": "gzip"}))
    async with AsyncStateset(api_key=KEY, base_url=fault_server.url, backend="aiohttp") as client:
        with pytest.raises(ResponseValidationError, match="not valid gzip"):
            await client.orders.get("ord_1")
        import gzip
        import json

        real = gzip.compress(json.dumps(envelope(contract_order(9, {}), "req_9")).encode())
        fault_server.script(f"{ORDERS}/ord_9", reply(200, real, {"Content-Encoding": "gzip"}))
        assert (await client.orders.get("ord_9")).id == "ord_9"  # gzip that is gzip still decodes


async def test_the_aiohttp_backend_times_each_exchange(fault_server: FaultServer) -> None:
    import gzip
    import json

    plain = envelope(contract_order(3, {}), "req_3")
    fault_server.script(f"{ORDERS}/ord_3", reply(200, plain))
    packed = gzip.compress(json.dumps(envelope(contract_order(4, {}), "req_4")).encode())
    fault_server.script(f"{ORDERS}/ord_4", reply(200, packed, {"Content-Encoding": "gzip"}))
    async with AsyncStateset(api_key=KEY, base_url=fault_server.url, backend="aiohttp") as client:
        for order_id in ("ord_3", "ord_4"):  # read by the backend; left for httpx to decode
            raw = await client.with_raw_response.orders.get(order_id)
            assert raw.parsed.id == order_id
            assert timedelta(0) < raw.http_response.elapsed < timedelta(seconds=5)
            assert raw.http_response.request.url.path == f"{ORDERS}/{order_id}"

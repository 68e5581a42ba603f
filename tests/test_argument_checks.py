"""A caller's mistake and a malformed reply each surface as one typed error, before or instead of anything worse."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from stateset import AsyncStateset, ConfigurationError, ResponseValidationError, Stateset

CUSTOMER = "7b0c7f6a-3a0e-4b8a-9d55-1c2f0a6e9f01"
ITEM = {"product_id": "SKU-1", "quantity": 1, "unit_price": "9.99"}


class Recorder(httpx.BaseTransport):
    """Answers every request with ``reply`` and keeps what was sent."""

    def __init__(self, reply: Any = None) -> None:
        self.sent: list[httpx.Request] = []
        self.reply = reply or {"success": True, "data": {"items": []}}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json=self.reply)


def client(transport: httpx.BaseTransport | None = None, **options: Any) -> Stateset:
    return Stateset(api_key="sk_test_x", base_url="http://api.local", transport=transport or Recorder(), **options)


@pytest.mark.parametrize("timeout", [-1, 0, "10", float("nan"), float("inf"), 1e300, True, [1], httpx.Timeout(-1.0)])
def test_bad_timeouts_are_configuration_errors(timeout: Any) -> None:
    transport = Recorder()
    with pytest.raises(ConfigurationError, match="timeout"):
        client(transport).orders.list(timeout=timeout).first_page  # noqa: B018
    assert transport.sent == []
    if not isinstance(timeout, httpx.Timeout):
        with pytest.raises(ConfigurationError, match="timeout"):
            client(timeout=timeout)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.example.com?region=eu",
        "https://a.example#x",
        "http://[::1",
        "http://127.0.0.1:abc",
        "http://a b",
        5,
    ],
)
def test_bad_base_urls_are_configuration_errors(url: Any) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Stateset(api_key="sk_test_x", base_url=url)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_retries", "3"),
        ("max_retries", -1),
        ("idempotency_key", "clé"),
        ("idempotency_key", 5),
        ("idempotency_key", "a\r\nX-Evil: 1"),
        ("idempotency_key", "k" * 256),
        ("extra_headers", {"X-A": "é"}),
        ("extra_headers", {"X-A": None}),
        ("extra_headers", {"Bad Name": "v"}),
        ("extra_headers", {"X-A": "v\r\nX-B: w"}),
        ("extra_headers", "X-A: v"),
    ],
)
def test_bad_per_call_options_are_refused_before_sending(option: str, value: Any) -> None:
    transport = Recorder({"success": True, "data": {}})
    with pytest.raises(ConfigurationError, match=option):
        client(transport).orders.cancel("ord_1", **{option: value})
    assert transport.sent == []


def test_header_errors_never_show_the_value() -> None:
    with pytest.raises(ConfigurationError) as caught:
        client(default_headers={"Authorization": "Bearer sëcret"})
    assert "sëcret" not in str(caught.value)


@pytest.mark.parametrize(
    ("option", "value"), [("page_size", 0), ("page_size", "10"), ("max_items", -1), ("max_items", 2.5)]
)
def test_bad_paging_arguments_are_refused_by_both_pagers(option: str, value: Any) -> None:
    transport = Recorder()
    with pytest.raises(ConfigurationError, match=option):
        client(transport).orders.list(**{option: value})
    with pytest.raises(ConfigurationError, match=option):
        client(transport).with_raw_response.orders.list(**{option: value})
    assert transport.sent == []


def test_a_server_that_ignores_paging_is_not_paged_for_ever() -> None:
    from stateset.sandbox import Sandbox

    with Sandbox(seed="demo") as sb:
        first = sb.client().orders.list(page_size=2).first_page
        raw = sb.client().with_raw_response.orders.list(page_size=2).http_response.json()
    assert len(first.items) == 2
    transport = Recorder({**raw, "data": {key: value for key, value in raw["data"].items() if key != "total"}})
    with pytest.raises(ResponseValidationError, match="ignores the paging"):
        list(client(transport).orders.list(page_size=2))
    assert len(transport.sent) == 2


def test_misspelt_fields_are_refused_not_dropped() -> None:
    transport = Recorder({"success": True, "data": {}})
    orders = client(transport).orders
    with pytest.raises(ConfigurationError, match="'shipping_adress'"):
        orders.create({"customer_id": CUSTOMER, "items": [ITEM], "shipping_adress": {"city": "X"}})
    with pytest.raises(ConfigurationError, match=r"'items\.0\.qty'"):
        orders.create(customer_id=CUSTOMER, items=[{**ITEM, "qty": 2}])
    with pytest.raises(ConfigurationError, match=r"'items\.1\.note'"):
        orders.batch_create(
            items=[{"customer_id": CUSTOMER, "items": [ITEM]}, {"customer_id": CUSTOMER, "items": [ITEM], "note": "x"}]
        )
    with pytest.raises(ConfigurationError, match="5"):
        orders.create({"customer_id": CUSTOMER, "items": [ITEM], 5: "x"})
    assert transport.sent == []


def test_a_body_that_contains_itself_is_a_configuration_error() -> None:
    cycle: list[Any] = []
    cycle.append(cycle)
    deep: Any = None
    for _ in range(5000):
        deep = [deep]
    for notes in (cycle, deep):
        with pytest.raises(ConfigurationError, match="nests too deeply"):
            client().orders.create(customer_id=CUSTOMER, items=[ITEM], notes=notes)


@pytest.mark.parametrize("kind", [Stateset, AsyncStateset])
async def test_json_nested_too_deeply_for_the_stdlib_parser(kind: type, monkeypatch: pytest.MonkeyPatch) -> None:
    import stateset._response as response_module

    monkeypatch.setattr(response_module, "_loads", json.loads)  # a default install has no orjson
    body = b"[" * 100_000 + b"]" * 100_000
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    api = kind(api_key="sk_test_x", base_url="http://api.local", transport=transport, max_retries=0)

    async def fetch() -> Any:
        result = api.orders.get("ord_1")
        return await result if kind is AsyncStateset else result

    with pytest.raises(ResponseValidationError, match="nested too deeply"):
        await fetch()

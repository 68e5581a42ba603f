"""``Prefer: return=minimal`` on the batch creates: ids instead of objects, everything else the same."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_world import data, order_body

from stateset.sandbox import Sandbox
from stateset.sandbox._validate import return_preference

ORDERS = "/api/v1/orders"
MINIMAL = {"Prefer": "return=minimal"}


def _check_schema(sb: Sandbox, schema: str, value: Any) -> None:
    contract = sb.core.contract
    errors = list(contract.validator({"$ref": f"#/components/schemas/{schema}"}).iter_errors(value))
    assert errors == [], errors


def test_minimal_orders_answer_ids_and_errors_only(sb: Sandbox, client: httpx.Client) -> None:
    items = [order_body(notes="a"), order_body(qty=0), {"nope": 1}, order_body(notes="b")]
    resp = client.post(f"{ORDERS}/batch", json={"items": items}, headers=MINIMAL)
    assert resp.headers["Preference-Applied"] == "return=minimal"
    result = data(resp)
    _check_schema(sb, "BatchOrderResponse", result)
    assert (result["succeeded"], result["failed"]) == (2, 2)
    assert [set(r) for r in result["results"]] == [{"index", "status", "id", "error"}] * 4
    ok = [r for r in result["results"] if r["status"] == 201]
    assert [data(client.get(f"{ORDERS}/{r['id']}"))["notes"] for r in ok] == ["a", "b"]
    assert result["results"][1]["id"] is None
    assert result["results"][1]["error"]["message"] == "quantity must be at least 1"
    assert result["results"][2]["error"]["details"]
    events = [e["_payload"]["id"] for e in sb.store.all("outbox") if e["event_type"] == "order.created"]
    assert events == [r["id"] for r in ok]  # announced exactly as with full objects


def test_the_default_representation_carries_the_id_too(sb: Sandbox, client: httpx.Client) -> None:
    for headers in ({}, {"Prefer": "return=representation"}, {"Prefer": "wait=5"}):
        resp = client.post(f"{ORDERS}/batch", json={"items": [order_body()]}, headers=headers)
        assert "Preference-Applied" not in resp.headers
        (only,) = data(resp)["results"]
        assert only["id"] == only["data"]["id"]
        _check_schema(sb, "BatchOrderResponse", data(resp))


def test_a_replay_keeps_the_representation_and_says_so(client: httpx.Client) -> None:
    body = {"items": [order_body(), order_body()]}
    first = client.post(f"{ORDERS}/batch", json=body, headers={**MINIMAL, "Idempotency-Key": "k-min"})
    again = client.post(f"{ORDERS}/batch", json=body, headers={"Idempotency-Key": "k-min"})
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Preference-Applied"] == "return=minimal"
    assert again.json() == first.json()
    full = client.post(f"{ORDERS}/batch", json=body, headers={"Idempotency-Key": "k-full"})
    replay = client.post(f"{ORDERS}/batch", json=body, headers={**MINIMAL, "Idempotency-Key": "k-full"})
    assert "Preference-Applied" not in replay.headers
    assert replay.json() == full.json()


def test_minimal_products_and_inventory(sb: Sandbox, client: httpx.Client) -> None:
    products = [{"name": "Cap", "sku": "CAP-1"}, {"name": "Hat", "sku": "CAP-1"}]
    result = data(client.post("/api/v1/products/batch", json={"items": products}, headers=MINIMAL))
    _check_schema(sb, "BatchProductResponse", result)
    assert [r["status"] for r in result["results"]] == [201, 409]
    assert data(client.get(f"/api/v1/products/{result['results'][0]['id']}"))["sku"] == "CAP-1"
    stock = [{"item_number": "IT-1", "quantity_on_hand": 5, "location_id": 1}]
    inventory = data(client.post("/api/v1/inventory/batch", json={"items": stock}, headers=MINIMAL))
    _check_schema(sb, "BatchInventoryResponse", inventory)
    (created,) = inventory["results"]
    assert "data" not in created
    assert data(client.get(f"/api/v1/inventory/{created['id']}"))["inventory_item_id"] == created["id"]


def test_operations_without_the_parameter_ignore_it(client: httpx.Client) -> None:
    resp = client.post(ORDERS, json=order_body(), headers=MINIMAL)
    assert resp.status_code == 201
    assert "Preference-Applied" not in resp.headers
    assert resp.json()["data"]["items"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("return=minimal", "minimal"),
        ('RETURN="Minimal"; foo=1', "minimal"),
        ("respond-async, wait=10, return=minimal", "minimal"),
        ("return=representation, return=minimal", "representation"),
        ("return=", None),
        ("wait=5", None),
        ("", None),
    ],
)
def test_return_preference_parsing(header: str, expected: str | None) -> None:
    assert return_preference(header) == expected

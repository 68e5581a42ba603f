"""Out-of-range numbers and moments in request bodies are the client's 422, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sandbox_world import UUID0, World, data, po_body, warranty_body

from stateset.sandbox._contract import load_contract

CONTRACT = load_contract()


@pytest.fixture
def world(client: httpx.Client) -> World:
    return World(client)


def refused(resp: httpx.Response, field: str) -> None:
    assert resp.status_code == 422, resp.text
    assert field in resp.json()["details"]


@pytest.mark.parametrize("amount", ["1e999999", "1e15", "-1e999999", "NaN"])
def test_money_out_of_range_is_422(client: httpx.Client, world: World, amount: str) -> None:
    product, variant = world.product["id"], world.variant["id"]
    pay = {"order_id": world.order["id"], "amount": amount, "payment_method": "card"}
    refused(client.post("/api/v1/payments", json=pay), "amount")
    refused(client.put(f"/api/v1/products/{product}", json={"price": amount}), "price")
    refused(client.put(f"/api/v1/products/variants/{variant}/price", json={"price": amount}), "price")
    refused(client.post("/api/v1/products", json={"name": "x", "sku": "X-1", "price": amount}), "price")
    assert data(client.get(f"/api/v1/products/{product}"))["price"] == "50.00"


def test_purchase_order_prices_are_bounded_so_the_total_stays_finite(client: httpx.Client) -> None:
    item: dict[str, Any] = {"product_id": UUID0, "quantity": 1000, "unit_price": 1e306}
    refused(client.post("/api/v1/purchase-orders", json={**po_body(), "items": [item]}), "items.0.unit_price")
    item = {"product_id": UUID0, "quantity": 1, "unit_price": 1.0, "tax_rate": 1e306}
    refused(client.post("/api/v1/purchase-orders", json={**po_body(), "items": [item]}), "items.0.tax_rate")


def test_cart_lines_are_bounded_across_requests(client: httpx.Client, world: World) -> None:
    cart = data(client.post("/api/v1/carts", json={}), 201)["id"]
    add = {"variant_id": world.variant["id"], "quantity": 2**31 - 1}
    data(client.post(f"/api/v1/carts/{cart}/items", json=add))
    refused(client.post(f"/api/v1/carts/{cart}/items", json=add), "quantity")
    refused(client.post(f"/api/v1/carts/{cart}/items", json={**add, "quantity": 2**31}), "quantity")
    item = data(client.get(f"/api/v1/carts/{cart}"))["items"][0]["id"]
    refused(client.put(f"/api/v1/carts/{cart}/items/{item}", json={"quantity": 10**30}), "quantity")
    price = {"name": "Gold", "sku": "GOLD-1", "price": "999999999999999", "options": {}}
    gold = data(client.post(f"/api/v1/products/{world.product['id']}/variants", json=price), 201)["id"]
    refused(client.post(f"/api/v1/carts/{cart}/items", json={"variant_id": gold, "quantity": 2}), "quantity")


def test_warranty_dates_outside_the_calendar_are_422(client: httpx.Client) -> None:
    early = {**warranty_body(), "expiration_date": "0001-01-01T00:00:00+14:00"}
    refused(client.post("/api/v1/warranties", json=early), "RFC 3339")
    late = data(
        client.post("/api/v1/warranties", json={**warranty_body(), "expiration_date": "9999-12-01T00:00:00Z"}), 201
    )
    refused(client.post(f"/api/v1/warranties/{late['id']}/extend", json={"additional_months": 1}), "additional_months")


@pytest.mark.parametrize(("value", "valid"), [(2**31 - 1, True), (2**31, False), (-(2**31), True), (1e30, False)])
def test_int32_is_checked_alike_by_the_fast_path_and_jsonschema(value: object, valid: bool) -> None:
    schema = {"$ref": "#/components/schemas/CreateOrderItem"}
    item = {"product_id": "p", "quantity": value}
    quick = CONTRACT.quick_check(schema)
    assert quick is not None
    assert quick(item) is valid
    assert CONTRACT.validator(schema).is_valid(item) is valid

"""Returns, warranties, inventory, shipments, work orders, purchase orders, products and carts,
over the sync in-process transport and (async) through the ASGI app itself."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sandbox_world import UUID0, asn_body, bom_body, data, in_transit_body, order_body, po_body, warranty_body

from stateset.sandbox import Sandbox

BASE, KEY = "http://sandbox.test", {"X-API-Key": "sk_test_suite"}


@pytest.fixture
async def asgi(sb: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sb.app), base_url=BASE, headers=KEY) as c:
        yield c


def adata(resp: httpx.Response, status: int = 200) -> dict:  # type: ignore[type-arg]
    return data(resp, status)  # type: ignore[no-any-return]


async def test_returns_flow_restocks_inventory(asgi: httpx.AsyncClient) -> None:
    product = adata(await asgi.post("/api/v1/products", json={"name": "Hat", "sku": "HAT", "price": "5.00"}), 201)
    inv = adata(
        await asgi.post("/api/v1/inventory", json={"item_number": "HAT", "location_id": 1, "quantity_on_hand": 3}), 201
    )
    order = adata(
        await asgi.post(
            "/api/v1/orders", json={"customer_id": "c", "items": [{"product_id": product["id"], "quantity": 2}]}
        ),
        201,
    )
    ret = adata(await asgi.post("/api/v1/returns", json={"order_id": order["id"], "reason": "small"}), 201)
    assert ret["status"] == "pending"
    assert (await asgi.post(f"/api/v1/returns/{ret['id']}/restock")).status_code == 409
    assert adata(await asgi.post(f"/api/v1/returns/{ret['id']}/approve"))["status"] == "approved"
    assert (await asgi.post(f"/api/v1/returns/{ret['id']}/approve")).status_code == 409
    assert adata(await asgi.post(f"/api/v1/returns/{ret['id']}/restock"))["status"] == "restocked"
    stock = adata(await asgi.get(f"/api/v1/inventory/{inv['inventory_item_id']}"))
    assert stock["quantities"]["on_hand"] == "5"
    listed = adata(await asgi.get("/api/v1/returns", params={"status": "restocked"}))
    assert listed["total"] == 1
    missing = await asgi.post("/api/v1/returns", json={"order_id": UUID0, "reason": "x"})
    assert missing.status_code == 422
    assert "order_id" in missing.json()["details"]


async def test_warranty_extend_and_claims(asgi: httpx.AsyncClient) -> None:
    body = {**warranty_body(), "expiration_date": "2030-01-31T00:00:00Z"}
    w = adata(await asgi.post("/api/v1/warranties", json=body), 201)
    assert w["warranty_number"].startswith("WAR-")
    assert w["status"] == "active"
    extended = adata(await asgi.post(f"/api/v1/warranties/{w['id']}/extend", json={"additional_months": 1}))
    assert extended["end_date"].startswith("2030-02-28")
    assert (await asgi.post(f"/api/v1/warranties/{w['id']}/extend", json={"additional_months": 0})).status_code == 422
    claim = adata(
        await asgi.post(
            "/api/v1/warranties/claims", json={"warranty_id": w["id"], "customer_id": UUID0, "description": "x"}
        ),
        201,
    )
    assert claim["status"] == "submitted"
    approve = {"approved_by": UUID0, "resolution": "repair"}
    assert (
        adata(await asgi.post(f"/api/v1/warranties/claims/{claim['id']}/approve", json=approve))["status"] == "approved"
    )
    assert (await asgi.post(f"/api/v1/warranties/claims/{claim['id']}/approve", json=approve)).status_code == 409
    expired = adata(
        await asgi.post("/api/v1/warranties", json={**body, "expiration_date": "2001-01-01T00:00:00Z"}), 201
    )
    late = await asgi.post(
        "/api/v1/warranties/claims", json={"warranty_id": expired["id"], "customer_id": UUID0, "description": None}
    )
    assert late.status_code == 409
    assert adata(await asgi.get("/api/v1/warranties", params={"status": "active"}))["total"] == 2


def test_inventory_reserve_release_accounting(client: httpx.Client) -> None:
    inv = data(
        client.post("/api/v1/inventory", json={"item_number": "BOLT", "location_id": 1, "quantity_on_hand": 10}), 201
    )
    ident = inv["inventory_item_id"]
    inv = data(
        client.post("/api/v1/inventory", json={"item_number": "BOLT", "location_id": 2, "quantity_on_hand": 4}), 201
    )
    assert inv["inventory_item_id"] == ident
    assert inv["quantities"] == {
        "on_hand": "14",
        "allocated": "0",
        "available": "14",
    }
    assert (
        client.post(
            "/api/v1/inventory", json={"item_number": "BOLT", "location_id": 2, "quantity_on_hand": 1}
        ).status_code
        == 409
    )
    res = data(client.post(f"/api/v1/inventory/{ident}/reserve", json={"location_id": 1, "quantity": 7}))
    assert res["reservation_id"]
    assert res["location"]["quantities"] == {
        "on_hand": "10",
        "allocated": "7",
        "available": "3",
    }
    too_many = client.post(f"/api/v1/inventory/{ident}/reserve", json={"location_id": 1, "quantity": 4})
    assert too_many.status_code == 409
    assert "available 3" in too_many.json()["details"]
    assert client.post(f"/api/v1/inventory/{ident}/reserve", json={"location_id": 9, "quantity": 1}).status_code == 422
    assert client.post(f"/api/v1/inventory/{ident}/release", json={"location_id": 1, "quantity": 8}).status_code == 422
    loc = data(client.post(f"/api/v1/inventory/{ident}/release", json={"location_id": 1, "quantity": 2}))
    assert loc["quantities"]["allocated"] == "5"
    assert loc["version"] == 3
    stale = client.put(f"/api/v1/inventory/{ident}", json={"location_id": 1, "on_hand": 20, "expected_version": 1})
    assert stale.status_code == 409
    assert client.put(f"/api/v1/inventory/{ident}", json={"location_id": 1, "on_hand": 2}).status_code == 422
    item = data(client.put(f"/api/v1/inventory/{ident}", json={"location_id": 1, "on_hand": 20, "expected_version": 3}))
    assert item["quantities"]["available"] == "19"
    low = data(client.get("/api/v1/inventory/low-stock", params={"threshold": 19}))
    assert low["total"] == 1
    assert set(low) == {"items", "page", "per_page", "total"}
    assert data(client.get("/api/v1/inventory", params={"low_stock": "true"}))["total"] == 0
    assert data(client.get("/api/v1/inventory", params={"location_id": "2"}))["total"] == 1
    assert data(client.get("/api/v1/inventory", params={"product_id": "BOLT"}))["total"] == 1
    assert (
        client.post(
            "/api/v1/inventory", json={"item_number": "NEG", "location_id": 1, "quantity_on_hand": -1}
        ).status_code
        == 422
    )
    assert client.delete(f"/api/v1/inventory/{ident}").status_code == 204
    assert client.get(f"/api/v1/inventory/{ident}").status_code == 404


def test_shipments_ship_deliver_track(client: httpx.Client) -> None:
    order = data(client.post("/api/v1/orders", json=order_body()), 201)
    body = {
        "order_id": order["id"],
        "recipient_name": "Bo",
        "shipping_address": "5 Elm St, Chicago, IL",
        "shipping_method": "ground",
        "tracking_number": "1Z1",
    }
    ship = data(client.post("/api/v1/shipments", json=body), 201)
    assert data(client.get(f"/api/v1/orders/{order['id']}"))["shipment_id"] == ship["id"]
    assert client.post(f"/api/v1/shipments/{ship['id']}/deliver").status_code == 409
    shipped = data(client.post(f"/api/v1/shipments/{ship['id']}/ship"))
    assert shipped["status"] == "shipped"
    assert shipped["shipped_at"]
    assert shipped["estimated_delivery"]
    assert client.post(f"/api/v1/shipments/{ship['id']}/ship").status_code == 409
    delivered = data(client.post(f"/api/v1/shipments/{ship['id']}/deliver"))
    assert delivered["delivered_at"] >= delivered["shipped_at"]
    track = data(client.get(f"/api/v1/shipments/{ship['id']}/track"))
    assert [e["status"] for e in track["events"]] == ["pending", "shipped", "delivered"]
    assert data(client.get("/api/v1/shipments/track/1Z1"))["id"] == ship["id"]
    assert client.get("/api/v1/shipments/track/none").status_code == 404
    near = data(client.get("/api/v1/shipments", params={"near": "41.88,-87.63,10"}))
    assert near["total"] == 1
    assert data(client.get("/api/v1/shipments", params={"bbox": "0,0,1,1"}))["total"] == 0
    metrics = data(client.get("/api/v1/analytics/shipments"))
    assert metrics["total_shipments"] == 1
    assert metrics["delivered_today"] == 1


async def test_work_orders_lifecycle(asgi: httpx.AsyncClient) -> None:
    wo = adata(await asgi.post("/api/v1/work-orders", json={"title": "Weld", "parts_required": {"rod": 2}}), 201)
    base = f"/api/v1/work-orders/{wo['id']}"
    assert (await asgi.post(f"{base}/complete")).status_code == 409
    sched = {
        "scheduled_start": "2026-03-01T08:00:00Z",
        "scheduled_end": "2026-03-01T18:00:00Z",
        "work_center_id": "wc-9",
    }
    assert adata(await asgi.post(f"{base}/schedule", json=sched))["status"] == "scheduled"
    bad = {**sched, "scheduled_end": "2026-03-01T07:00:00Z"}
    assert (await asgi.post(f"{base}/schedule", json=bad)).status_code == 422
    cap = adata(await asgi.get("/api/v1/work-orders/capacity/wc-9"))
    assert cap["scheduled_hours"] == 10.0
    assert cap["available_hours"] == 30.0
    assert cap["scheduled_work_orders"] == [wo["id"]]
    assert adata(await asgi.post(f"{base}/assign", json={"technician_id": UUID0}))["assigned_to"] == UUID0
    assert adata(await asgi.post(f"{base}/start"))["status"] == "in_progress"
    assert adata(await asgi.post(f"{base}/hold", json={"reason": "parts"}))["status"] == "on_hold"
    assert adata(await asgi.put(f"{base}/status", json={"status": "in_progress"}))["status"] == "in_progress"
    assert (await asgi.put(f"{base}/status", json={"status": "flying"})).status_code == 422
    task = adata(await asgi.put(f"{base}/tasks/t-1", json={"status": "done", "actual_hours": 1.5}))
    assert task["work_order_id"] == wo["id"]
    assert task["actual_hours"] == 1.5
    used = adata(await asgi.post(f"{base}/materials/steel/consume", json={"quantity_consumed": 2.5}))
    assert used["material_id"] == "steel"
    assert (await asgi.post(f"{base}/materials/steel/consume", json={"quantity_consumed": 0})).status_code == 422
    assert adata(await asgi.post(f"{base}/complete"))["status"] == "completed"
    assert (await asgi.post(f"{base}/cancel", json={"reason": "x"})).status_code == 409
    assert (await asgi.post(f"{base}/assign", json={"technician_id": "t"})).status_code == 409
    assert adata(await asgi.get("/api/v1/work-orders", params={"status": "completed"}))["total"] == 1
    assert (await asgi.delete(base)).status_code == 204


def test_purchase_orders_receive_partially_then_fully(client: httpx.Client) -> None:
    po = data(client.post("/api/v1/purchase-orders", json=po_body(qty=10)), 201)
    base = f"/api/v1/purchase-orders/{po['id']}"
    assert po["status"] == "draft"
    assert po["total_amount"] == 25.0
    line = po["items"][0]["id"]
    receive = {"received_by": UUID0, "items_received": [{"line_item_id": line, "quantity_received": 4}]}
    assert client.post(f"{base}/receive", json=receive).status_code == 409
    assert data(client.put(base, json={"status": "submitted"}))["status"] == "submitted"
    assert client.put(base, json={"status": "received"}).status_code == 409
    assert client.put(base, json={"status": "lost"}).status_code == 422
    assert data(client.post(f"{base}/approve", json={"approver_id": UUID0}))["approved_by"] == UUID0
    assert client.put(base, json={"notes": "x"}).status_code == 409
    part = data(client.post(f"{base}/receive", json=receive))
    assert part["status"] == "partially_received"
    assert part["items"][0]["quantity_received"] == 4
    over = {"received_by": UUID0, "items_received": [{"line_item_id": line, "quantity_received": 7}]}
    assert client.post(f"{base}/receive", json=over).status_code == 422
    unknown = {"received_by": UUID0, "items_received": [{"line_item_id": UUID0, "quantity_received": 1}]}
    assert client.post(f"{base}/receive", json=unknown).status_code == 422
    rest = {"received_by": UUID0, "items_received": [{"line_item_id": line, "quantity_received": 6}]}
    assert data(client.post(f"{base}/receive", json=rest))["status"] == "received"
    assert client.post(f"{base}/cancel", json={"reason": "x"}).status_code == 409
    assert [p["id"] for p in data(client.get("/api/v1/purchase-orders/status/received"))] == [po["id"]]
    assert len(data(client.get(f"/api/v1/purchase-orders/supplier/{UUID0}"))) == 1
    value = data(
        client.get("/api/v1/purchase-orders/value", params={"start_date": "2026-01-01", "end_date": "2026-12-31"})
    )
    assert value == {
        "total_value": 25.0,
        "order_count": 1,
        "currency": "USD",
        "start_date": "2026-01-01",
        "end_date": "2026-12-31",
    }
    asn = data(client.post("/api/v1/asns", json=asn_body(po["id"])), 201)
    assert client.post(f"/api/v1/asns/{asn['id']}/in-transit", json=in_transit_body(7)).status_code == 409
    assert data(client.post(f"/api/v1/asns/{asn['id']}/in-transit", json=in_transit_body(1)))["status"] == "in_transit"
    assert data(client.get("/api/v1/asns", params={"status": "in_transit"}))["total"] == 1


def test_products_variants_and_boms(client: httpx.Client) -> None:
    p = data(client.post("/api/v1/products", json={"name": "Lamp", "sku": "LAMP", "price": "20"}), 201)
    assert p["price"] == "20.00"
    assert p["is_active"] is True
    assert client.post("/api/v1/products", json={"name": "Dup", "sku": "LAMP"}).status_code == 409
    assert client.post("/api/v1/products", json={"name": "Bad", "sku": "B", "price": "cheap"}).status_code == 422
    v = data(
        client.post(
            f"/api/v1/products/{p['id']}/variants",
            json={"name": "Red", "sku": "LAMP-R", "price": "21", "options": {"c": "r"}},
        ),
        201,
    )
    assert v["position"] == 1
    assert v["product_id"] == p["id"]
    assert client.put(f"/api/v1/products/variants/{v['id']}/price", json={"price": "19.5"}).json()["data"]["message"]
    assert data(client.get(f"/api/v1/products/variants/{v['id']}"))["price"] == "19.50"
    assert len(data(client.get(f"/api/v1/products/{p['id']}/variants"))) == 1
    found = data(client.get("/api/v1/products/search", params={"search": "lam", "is_active": "true"}))
    assert found["total"] == 1
    assert set(found) == {"products", "total", "limit", "offset"}
    assert data(client.put(f"/api/v1/products/{p['id']}", json={"is_active": False}))["is_active"] is False
    assert data(client.get("/api/v1/products", params={"per_page": 1}))["limit"] == 1
    bom = data(client.post("/api/v1/manufacturing/boms", json=bom_body(p["id"])), 201)
    comp = data(
        client.post(
            f"/api/v1/manufacturing/boms/{bom['id']}/components",
            json={"component_id": UUID0, "quantity": 3, "unit_of_measure": "EA"},
        ),
        201,
    )
    assert len(data(client.get(f"/api/v1/manufacturing/boms/{bom['id']}/components"))) == 2
    assert client.delete(f"/api/v1/manufacturing/boms/{bom['id']}/components/{comp['id']}").status_code == 204
    assert client.delete(f"/api/v1/manufacturing/boms/{bom['id']}/components/{comp['id']}").status_code == 404
    assert (
        data(client.put(f"/api/v1/manufacturing/boms/{bom['id']}", json={"status": "released"}))["status"] == "released"
    )
    assert client.put(f"/api/v1/manufacturing/boms/{bom['id']}", json={"status": "draft"}).status_code == 409
    assert client.delete(f"/api/v1/products/variants/{v['id']}").status_code == 204


def test_carts_items_totals_and_checkout(client: httpx.Client) -> None:
    p = data(client.post("/api/v1/products", json={"name": "Tea", "sku": "TEA", "price": "4"}), 201)
    v = data(
        client.post(
            f"/api/v1/products/{p['id']}/variants",
            json={"name": "Tin", "sku": "TEA-T", "price": "10.00", "options": {}},
        ),
        201,
    )
    cart = data(client.post("/api/v1/carts", json={}), 201)
    base = f"/api/v1/carts/{cart['id']}"
    assert cart["status"] == "Active"
    assert cart["total"] == "0.00"
    data(client.post(f"{base}/items", json={"variant_id": v["id"], "quantity": 2}))
    totals = data(client.post(f"{base}/items", json={"variant_id": v["id"], "quantity": 1}))
    assert (totals["subtotal"], totals["tax_total"], totals["total"]) == ("30.00", "2.40", "32.40")
    items = data(client.get(base))["items"]
    assert len(items) == 1
    assert items[0]["quantity"] == 3
    assert data(client.put(f"{base}/items/{items[0]['id']}", json={"quantity": 1}))["subtotal"] == "10.00"
    assert client.post(f"{base}/items", json={"variant_id": UUID0, "quantity": 1}).status_code == 422
    assert client.put(f"{base}/items/{UUID0}", json={"quantity": 1}).status_code == 404
    session = data(client.post("/api/v1/checkout", json={"cart_id": cart["id"]}), 201)
    assert client.post(f"{base}/items", json={"variant_id": v["id"], "quantity": 1}).status_code == 409
    sid = session["id"]
    assert client.post(f"/api/v1/checkout/{sid}/complete", json={"payment_method": "card"}).status_code == 422
    data(client.put(f"/api/v1/checkout/{sid}/customer", json={"email": "a@example.com"}))
    addr = {
        "first_name": "A",
        "last_name": "B",
        "address_line_1": "1 St",
        "city": "Austin",
        "province": "TX",
        "country_code": "US",
        "postal_code": "73301",
    }
    data(client.put(f"/api/v1/checkout/{sid}/shipping-address", json=addr))
    assert client.put(f"/api/v1/checkout/{sid}/shipping-method", json={"method": "teleport"}).status_code == 422
    assert data(client.put(f"/api/v1/checkout/{sid}/shipping-method", json={"method": "express"}))["total"] == "25.80"
    done = data(client.post(f"/api/v1/checkout/{sid}/complete", json={"payment_method": "card"}))
    assert done["status"] == "completed"
    assert done["order_id"]
    order = data(client.get(f"/api/v1/orders/{done['order_id']}"))
    assert order["payment_status"] == "paid"
    assert order["shipping_address"]["city"] == "Austin"
    assert data(client.get(base))["cart"]["status"] == "Converted"
    assert data(client.get("/api/v1/analytics/carts"))["converted_carts"] == 1
    other = data(client.post("/api/v1/carts", json={}), 201)
    assert client.post("/api/v1/checkout", json={"cart_id": other["id"]}).status_code == 422
    data(client.post(f"/api/v1/carts/{other['id']}/items", json={"variant_id": v["id"], "quantity": 1}))
    assert "1 item" in data(client.post(f"/api/v1/carts/{other['id']}/clear"))["message"]
    assert data(client.delete(f"/api/v1/carts/{other['id']}"))["id"] == other["id"]


async def test_work_order_date_filters_compare_moments(asgi: httpx.AsyncClient) -> None:
    """start_date/end_date compare as moments (a date alone is its midnight UTC); bad ones are 400."""
    wo = adata(await asgi.post("/api/v1/work-orders", json={"title": "Weld", "parts_required": {"rod": 2}}), 201)

    async def ids(**params: str) -> list[str]:
        page = adata(await asgi.get("/api/v1/work-orders", params=params))
        items = page["items"] if isinstance(page, dict) else page
        return [item["id"] for item in items]

    assert wo["id"] in await ids(start_date="2000-01-01")
    assert wo["id"] in await ids(start_date="2000-01-01T00:00:00Z", end_date="2999-12-31")
    assert wo["id"] not in await ids(end_date="2000-01-01")
    assert wo["id"] not in await ids(start_date="2999-01-01T00:00:00+02:00")
    bad = await asgi.get("/api/v1/work-orders", params={"start_date": "last tuesday"})
    assert bad.status_code == 400
    assert "start_date" in bad.text

"""Orders end to end over the in-process sync transport: CRUD, lists, transitions, validation."""

from __future__ import annotations

import json

import httpx
import pytest
from sandbox_world import ADDRESS, data, order_body

from stateset import UnprocessableEntityError
from stateset.sandbox import Sandbox, _orders
from stateset.sandbox._errors import ApiError

ORDERS = "/api/v1/orders"
CUST_A, CUST_B = "6f1c2b1e-0000-4000-8000-00000000000a", "6f1c2b1e-0000-4000-8000-00000000000b"


def count(client: httpx.Client) -> int:
    return int(data(client.get(ORDERS, params={"limit": 1}))["total"])


def test_create_get_update_delete(client: httpx.Client) -> None:
    body = order_body(customer="c-1", qty=2, price="10.50", notes="hi", shipping_address=ADDRESS)
    body["items"][0]["tax_rate"] = "0.1"
    resp = client.post(ORDERS, json=body)
    assert resp.status_code == 201
    order = resp.json()["data"]
    assert resp.json()["success"] is True
    assert resp.json()["meta"]["request_id"] == resp.headers["X-Request-Id"]
    assert order["status"] == "pending"
    assert order["version"] == 1
    assert order["total_amount"] == "23.10"
    assert order["items"][0]["total_price"] == "23.10"
    assert order["order_number"].startswith("ORD-")
    assert order["created_at"].endswith("Z")
    assert data(client.get(f"{ORDERS}/{order['id']}"))["id"] == order["id"]
    assert data(client.get(f"{ORDERS}/by-number/{order['order_number']}"))["id"] == order["id"]
    updated = data(client.put(f"{ORDERS}/{order['id']}", json={"notes": "ring twice"}))
    assert updated["notes"] == "ring twice"
    assert updated["version"] == 2
    assert client.delete(f"{ORDERS}/{order['id']}").status_code == 204
    missing = client.get(f"{ORDERS}/{order['id']}")
    assert missing.status_code == 404
    assert missing.json()["error"] == "Not Found"
    assert client.get(f"{ORDERS}/by-number/ORD-0").status_code == 404


def test_catalog_price_and_items(client: httpx.Client) -> None:
    product = data(client.post("/api/v1/products", json={"name": "Mug", "sku": "MUG", "price": "7.25"}), 201)
    order = data(
        client.post(ORDERS, json={"customer_id": "c", "items": [{"product_id": product["id"], "quantity": 2}]}), 201
    )
    assert order["items"][0]["product_name"] == "Mug"
    assert order["total_amount"] == "14.50"
    item = data(client.post(f"{ORDERS}/{order['id']}/items", json={"product_id": product["id"], "quantity": 1}), 201)
    assert item["unit_price"] == "7.25"
    assert len(data(client.get(f"{ORDERS}/{order['id']}/items"))) == 2
    assert data(client.get(f"{ORDERS}/{order['id']}"))["total_amount"] == "21.75"


def test_list_filters_and_pagination(client: httpx.Client) -> None:
    for n in range(7):
        client.post(ORDERS, json=order_body(customer=CUST_A if n % 2 else CUST_B, price=f"{n + 1}.00"))
    page = data(client.get(ORDERS, params={"limit": 3, "page": 2}))
    assert (page["total"], page["page"], page["limit"], page["total_pages"], len(page["items"])) == (7, 2, 3, 3, 3)
    assert data(client.get(ORDERS, params={"customer_id": CUST_A}))["total"] == 3
    assert client.get(ORDERS, params={"customer_id": "c-a"}).status_code == 400
    asc = data(client.get(ORDERS, params={"sort_by": "total_amount", "sort_order": "asc"}))["items"]
    assert [o["total_amount"] for o in asc][:2] == ["1.00", "2.00"]
    assert data(client.get(ORDERS, params={"include_items": "false"}))["items"][0]["items"] == []
    assert data(client.get(ORDERS, params={"from": "2000-01-01T00:00:00Z", "to": "2999-01-01"}))["total"] == 7
    assert data(client.get(ORDERS, params={"from": "2999-01-01T00:00:00Z"}))["total"] == 0
    bad = client.get(ORDERS, params={"from": "yesterday"})
    assert bad.status_code == 400
    assert "from" in bad.json()["details"]
    assert client.get(ORDERS, params={"status": "bogus"}).status_code == 400
    assert client.get(ORDERS, params={"limit": "ten"}).status_code == 400


def test_cancel_only_before_shipping(client: httpx.Client) -> None:
    order = data(client.post(ORDERS, json=order_body()), 201)
    for status in ("confirmed", "processing", "shipped"):
        data(client.put(f"{ORDERS}/{order['id']}/status", json={"status": status}))
    resp = client.post(f"{ORDERS}/{order['id']}/cancel", json={"reason": "late"})
    assert resp.status_code == 409
    assert set(resp.json()) >= {"error", "message", "timestamp", "request_id"}
    other = data(client.post(ORDERS, json=order_body()), 201)
    cancelled = data(client.post(f"{ORDERS}/{other['id']}/cancel", json={"reason": "late"}))
    assert cancelled["status"] == "cancelled"
    assert client.post(f"{ORDERS}/{other['id']}/cancel", json={}).status_code == 409
    assert client.put(f"{ORDERS}/{other['id']}", json={"notes": "x"}).status_code == 409
    assert (
        client.post(
            f"{ORDERS}/{other['id']}/items", json={"product_id": "p", "quantity": 1, "unit_price": "1"}
        ).status_code
        == 409
    )


@pytest.mark.parametrize(
    ("path", "ok"),
    [
        (["confirmed", "processing", "shipped", "delivered", "refunded"], True),
        (["on_hold", "pending", "cancelled"], True),
        (["shipped"], False),
        (["confirmed", "pending"], False),
        (["cancelled", "confirmed"], False),
    ],
)
def test_status_transition_table(client: httpx.Client, path: list[str], ok: bool) -> None:
    order = data(client.post(ORDERS, json=order_body()), 201)
    codes = [client.put(f"{ORDERS}/{order['id']}/status", json={"status": s}).status_code for s in path]
    assert (codes[-1] == 200) is ok
    assert all(c == 200 for c in codes[:-1])


def test_archive_and_events(sb: Sandbox, client: httpx.Client) -> None:
    seen: list[str] = []
    sb.on_event(lambda kind, obj: seen.append(kind))
    order = data(client.post(ORDERS, json=order_body()), 201)
    archived = data(client.post(f"{ORDERS}/{order['id']}/archive"))
    assert archived["archived"] is True
    data(client.post(f"{ORDERS}/{order['id']}/cancel", json={}))
    assert seen == ["order.created", "order.updated", "order.cancelled"]
    outbox = data(client.get("/api/v1/admin/outbox"))
    assert [e["event_type"] for e in outbox[:3]] == ["order.cancelled", "order.updated", "order.created"]


@pytest.mark.parametrize(
    ("body", "status", "where"),
    [
        ({"items": []}, 422, "customer_id"),
        ({"customer_id": "c", "items": [{"product_id": "p", "quantity": "two"}]}, 422, "items.0.quantity"),
        ({"customer_id": "c", "items": [{"product_id": "p", "quantity": 1, "colour": "red"}]}, 422, "items.0"),
        ({"customer_id": "c", "items": []}, 422, "items"),
        ({"customer_id": "c", "items": [{"product_id": "p", "quantity": 0, "unit_price": "1"}]}, 422, "quantity"),
        ({"customer_id": "c", "items": [{"product_id": "p", "quantity": 1}]}, 422, "unit_price"),
        ({"customer_id": "c", "items": [{"product_id": "p", "quantity": 1, "unit_price": "abc"}]}, 422, "unit_price"),
    ],
)
def test_validation_failures_change_nothing(
    client: httpx.Client, body: dict[str, object], status: int, where: str
) -> None:
    before = count(client)
    resp = client.post(ORDERS, json=body)
    assert resp.status_code == status, resp.text
    assert where in resp.json()["details"]
    assert count(client) == before


def test_malformed_json_is_400(client: httpx.Client) -> None:
    resp = client.post(ORDERS, content=b"{not json", headers={"Content-Type": "application/json"})
    assert resp.status_code == 400
    assert resp.json()["message"] == "malformed JSON body"
    assert client.post(ORDERS).status_code == 400


def test_batch_create_per_item_results(client: httpx.Client) -> None:
    before = count(client)
    items = [
        order_body(),
        {"customer_id": "c", "items": [{"product_id": "p", "quantity": 1}]},
        {"nope": 1},
        order_body(),
    ]
    result = data(client.post(f"{ORDERS}/batch", json={"items": items}))
    assert (result["succeeded"], result["failed"]) == (2, 2)
    assert [r["status"] for r in result["results"]] == [201, 422, 422, 201]
    assert result["results"][2]["error"]["details"]
    assert count(client) == before + 2
    assert client.post(f"{ORDERS}/batch", json={"items": []}).status_code == 422
    assert client.post(f"{ORDERS}/batch", json={"items": [order_body()] * 101}).status_code == 422


def test_batch_is_idempotent_as_a_whole(client: httpx.Client) -> None:
    body = {"items": [order_body(), order_body()]}
    first = client.post(f"{ORDERS}/batch", json=body, headers={"Idempotency-Key": "batch-1"})
    again = client.post(
        f"{ORDERS}/batch",
        content=json.dumps(body),
        headers={"Idempotency-Key": "batch-1", "Content-Type": "application/json"},
    )
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert count(client) == 2


def test_a_batch_numbers_only_its_created_orders_in_item_order(sb: Sandbox, client: httpx.Client) -> None:
    product = data(client.post("/api/v1/products", json={"name": "Cap", "sku": "CAP-1", "price": "7.50"}), 201)
    from_catalog = {"customer_id": "c", "items": [{"product_id": product["id"], "quantity": 2}]}
    first = data(client.post(ORDERS, json=order_body()), 201)["order_number"]
    items = [from_catalog, {"nope": 1}, order_body(qty=0), from_catalog, order_body()]
    result = data(client.post(f"{ORDERS}/batch", json={"items": items}))
    assert [r["status"] for r in result["results"]] == [201, 422, 422, 201, 201]
    assert [r["index"] for r in result["results"]] == [0, 1, 2, 3, 4]
    created = [r["data"] for r in result["results"] if r["data"]]
    start = int(first.removeprefix("ORD-")) + 1
    assert [o["order_number"] for o in created] == [f"ORD-{start + n}" for n in range(3)]
    assert [o["total_amount"] for o in created] == ["15.00", "15.00", "10.00"]
    assert created[0]["items"][0]["product_name"] == "Cap"
    events = [e for e in sb.store.all("outbox") if e["event_type"] == "order.created"]
    assert [e["_payload"]["id"] for e in events[1:]] == [o["id"] for o in created]
    assert data(client.post(ORDERS, json=order_body()), 201)["order_number"] == f"ORD-{start + 3}"


def test_a_batch_refused_while_storing_fails_as_a_whole(
    sb: Sandbox, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(ctx: object, docs: object) -> None:
        raise ApiError(409, "late refusal")

    monkeypatch.setattr(_orders, "store_orders", refuse)
    resp = client.post(f"{ORDERS}/batch", json={"items": [order_body()]})
    assert resp.status_code == 500
    assert "refused while being stored" in resp.json()["details"]
    assert sb.store.count("order") == 0


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"quantity": 10**30, "unit_price": "1"}, "items.0.quantity"),
        ({"quantity": 2**31, "unit_price": "1"}, "items.0.quantity"),
        ({"quantity": 1, "unit_price": "1e999999"}, "items.0.unit_price"),
        ({"quantity": 1, "unit_price": "1e15"}, "items.0.unit_price"),
        ({"quantity": 1, "unit_price": "1", "tax_rate": "1e999999"}, "items.0.tax_rate"),
        ({"quantity": 2**31 - 1, "unit_price": "999999"}, "items.0"),
        ({"quantity": 1, "unit_price": "1e14", "tax_rate": "10"}, "items.0"),
    ],
)
def test_out_of_range_amounts_are_422_naming_the_field(item: dict[str, object], field: str) -> None:
    body = {"product_id": "p", **item}
    with Sandbox() as sb, sb.client() as c:
        with pytest.raises(UnprocessableEntityError) as info:
            c.orders.create(customer_id=CUST_A, items=[body])
        assert field in str(info.value.details)
        batch = c.orders.batch_create(items=[{"customer_id": CUST_A, "items": [body]}, order_body(CUST_A)])
        assert [r.status for r in batch.results] == [422, 201]
        assert field in str(batch.results[0].error.details)
        order = c.orders.create(customer_id=CUST_A, items=[{"product_id": "p", "quantity": 1, "unit_price": "1"}])
        with pytest.raises(UnprocessableEntityError):
            c.orders.add_item(order.id, **body)
        assert c.orders.get(order.id).total_amount == "1.00"


def test_the_largest_amounts_still_render_to_the_cent(client: httpx.Client) -> None:
    top = data(client.post(ORDERS, json=order_body(qty=1, price="999999999999999.99")), 201)
    assert top["total_amount"] == "999999999999999.99"
    many = data(client.post(ORDERS, json=order_body(qty=2**31 - 1, price="465661.28")), 201)
    assert many["items"][0]["total_price"] == "999999983841088.16"  # 2147483647 x 465661.28, exactly

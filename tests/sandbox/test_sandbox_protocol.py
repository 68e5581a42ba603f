"""Wire behaviour: auth, idempotency, rate limits, faults, routing, envelopes, operator endpoints."""

from __future__ import annotations

import json

import httpx
import pytest
from sandbox_world import data, order_body

from stateset.sandbox import Sandbox, create_app

ORDERS = "/api/v1/orders"
BASE = "http://sandbox.test"


def make(sb: Sandbox, **headers: str) -> httpx.Client:
    return httpx.Client(transport=sb.transport(), base_url=BASE, headers=headers)


def test_auth_default_accepts_sk_test_keys(sb: Sandbox) -> None:
    with make(sb) as c:
        missing = c.get(ORDERS)
        assert missing.status_code == 401
        assert missing.json()["error"] == "Unauthorized"
        assert missing.headers["X-Request-Id"] == missing.json()["request_id"]
        assert c.get(ORDERS, headers={"X-API-Key": "sk_live_nope"}).status_code == 401
        assert c.get(ORDERS, headers={"X-API-Key": "sk_test_"}).status_code == 401
        assert c.get(ORDERS, headers={"X-API-Key": "sk_test_abc"}).status_code == 200
        assert c.get(ORDERS, headers={"Authorization": "Bearer sk_test_abc"}).status_code == 200
        assert c.get(ORDERS, headers={"Authorization": "Bearer cst_unknown"}).status_code == 401
        assert c.get("/api/v1/health").json()["status"] == "ok"
        assert c.get("/api/v1/status").json()["environment"] == "sandbox"


def test_restricted_keys() -> None:
    with Sandbox(api_keys=["k1", "k2"]) as sb, make(sb) as c:
        assert c.get(ORDERS, headers={"X-API-Key": "k2"}).status_code == 200
        assert c.get(ORDERS, headers={"X-API-Key": "sk_test_abc"}).status_code == 401


def test_customer_session_routes(sb: Sandbox) -> None:
    with make(sb, **{"X-API-Key": "sk_test_a"}) as c:
        reg = {"email": "Ada@Example.com", "password": "correct horse", "first_name": "Ada", "last_name": "L"}
        assert c.post("/api/v1/customers/register", json=reg).status_code == 201
        assert c.post("/api/v1/customers/register", json=reg).status_code == 409
        assert c.post("/api/v1/customers/register", json={**reg, "password": "short"}).status_code == 422
        assert (
            c.post("/api/v1/customers/login", json={"email": "ada@example.com", "password": "wrong!!!"}).status_code
            == 401
        )
        session = data(
            c.post("/api/v1/customers/login", json={"email": "ada@example.com", "password": "correct horse"})
        )
        assert c.get("/api/v1/customers/me").status_code == 401
    with make(sb, Authorization=f"Bearer {session['access_token']}") as me:
        assert data(me.get("/api/v1/customers/me"))["email"] == "ada@example.com"
        assert data(me.put("/api/v1/customers/me", json={"phone": "555"}))["phone"] == "555"
        addr = {
            "first_name": "A",
            "last_name": "L",
            "address_line_1": "1 St",
            "city": "Boston",
            "province": "MA",
            "country_code": "US",
            "postal_code": "1",
        }
        first = data(me.post("/api/v1/customers/me/addresses", json=addr), 201)
        second = data(me.post("/api/v1/customers/me/addresses", json=addr), 201)
        assert (first["is_default"], second["is_default"]) == (True, False)
        assert len(data(me.get("/api/v1/customers/me/addresses"))) == 2


def test_idempotency_replay_and_mismatch(client: httpx.Client) -> None:
    body = order_body()
    first = client.post(ORDERS, json=body, headers={"Idempotency-Key": "k-1"})
    replay = client.post(
        ORDERS,
        content=json.dumps(body, indent=2),
        headers={"Idempotency-Key": "k-1", "Content-Type": "application/json"},
    )
    assert first.status_code == replay.status_code == 201
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert replay.json() == first.json()
    mismatch = client.post(ORDERS, json=order_body(), headers={"Idempotency-Key": "k-1"})
    assert mismatch.status_code == 409
    assert "Idempotency-Key" in mismatch.json()["message"]
    other_key = client.post(ORDERS, json=body, headers={"Idempotency-Key": "k-1", "X-API-Key": "sk_test_someone_else"})
    assert other_key.status_code == 201
    assert "Idempotent-Replayed" not in other_key.headers
    assert data(client.get(ORDERS))["total"] == 2
    assert client.post(ORDERS, json=body, headers={"Idempotency-Key": "k" * 256}).status_code == 400
    bad = client.post(ORDERS, json={"customer_id": "c", "items": []}, headers={"Idempotency-Key": "k-2"})
    assert bad.status_code == 422
    assert client.post(ORDERS, json=body, headers={"Idempotency-Key": "k-2"}).status_code == 201


def test_rate_limit_429_with_retry_after() -> None:
    with Sandbox(rate_limit=(3, 60.0)) as sb, make(sb, **{"X-API-Key": "sk_test_r"}) as c:
        statuses = [c.get(ORDERS) for _ in range(4)]
        assert [r.status_code for r in statuses] == [200, 200, 200, 429]
        assert statuses[0].headers["X-RateLimit-Limit"] == "3"
        assert statuses[2].headers["X-RateLimit-Remaining"] == "0"
        limited = statuses[3]
        assert int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["error"] == "Too Many Requests"
        assert c.get(ORDERS, headers={"X-API-Key": "sk_test_other"}).status_code == 200
        assert c.get("/api/v1/health").status_code == 200
    with pytest.raises(ValueError, match="rate_limit"):
        Sandbox(rate_limit=(0, 1.0))


def test_rate_limit_window_resets() -> None:
    import time

    with Sandbox(rate_limit=(1, 0.05)) as sb, make(sb, **{"X-API-Key": "sk_test_r"}) as c:
        assert c.get(ORDERS).status_code == 200
        assert c.get(ORDERS).status_code == 429
        time.sleep(0.06)
        assert c.get(ORDERS).status_code == 200


def test_fault_script_sync_transport(sb: Sandbox, client: httpx.Client) -> None:
    sb.set_faults({"script": ["503", "ok", "500", "drop", "commit_then_drop", "latency"], "latency": 0.01})
    assert client.get(ORDERS).status_code == 503
    assert client.get(ORDERS).status_code == 200
    assert client.get(ORDERS).json()["message"] == "injected fault"
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(ORDERS, json=order_body())
    body = order_body()
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(ORDERS, json=body, headers={"Idempotency-Key": "ctd"})
    assert client.post(ORDERS, json=body, headers={"Idempotency-Key": "ctd"}).headers["Idempotent-Replayed"] == "true"
    assert data(client.get(ORDERS))["total"] == 1
    assert sb.stats()["faults"]["injected"] == {"503": 1, "500": 1, "drop": 1, "commit_then_drop": 1, "latency": 1}
    sb.set_faults(None)
    assert client.get(ORDERS).status_code == 200


async def test_fault_drop_async_transport(sb: Sandbox, aclient: httpx.AsyncClient) -> None:
    sb.set_faults({"script": ["drop", "latency"], "latency": 0.01})
    with pytest.raises(httpx.RemoteProtocolError):
        await aclient.get(ORDERS)
    assert (await aclient.get(ORDERS)).status_code == 200


def test_fault_rate_is_reproducible_with_seed(client: httpx.Client, sb: Sandbox) -> None:
    def run() -> list[str]:
        sb.set_faults({"rate": 0.5, "seed": 7, "kinds": ["500", "503"]})
        return [str(client.get("/api/v1/health").status_code) for _ in range(20)]

    first = run()
    assert first == run()
    assert {"200", "500", "503"} <= set(first)
    with pytest.raises(ValueError, match="unknown fault"):
        sb.set_faults({"script": ["explode"]})
    with pytest.raises(ValueError, match="rate"):
        sb.set_faults(1.5)
    sb.set_faults(0.0)


def test_routing_404_405_and_literal_segments(client: httpx.Client) -> None:
    nowhere = client.get("/api/v1/nowhere")
    assert nowhere.status_code == 404
    assert nowhere.json()["error"] == "Not Found"
    wrong = client.patch(ORDERS)
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "GET, POST"
    low = client.get("/api/v1/inventory/low-stock")
    assert low.status_code == 200
    assert "per_page" in low.json()["data"]
    assert client.get("/api/v1/orders/by-number/ORD-1").status_code == 404
    assert client.get("/api/v1/orders/").status_code == 200


def test_operator_endpoints(sb: Sandbox, client: httpx.Client) -> None:
    assert client.post("/_sandbox/seed", json={"dataset": "demo"}).json()["seeded"]["orders"] == 6
    stats = client.get("/_sandbox/stats").json()
    assert stats["objects"]["order"] == 6
    assert stats["objects"]["bom"] == 1
    assert client.post("/_sandbox/faults", json={"script": ["503"]}).json()["script_remaining"] == ["503"]
    assert client.get("/_sandbox/faults").json()["script_remaining"] == ["503"]
    assert client.get("/_sandbox/stats").status_code == 200  # operator endpoints are never faulted
    assert client.delete("/_sandbox/faults").json()["script_remaining"] == []
    assert client.post("/_sandbox/seed", json={"dataset": "nope"}).status_code == 400
    assert client.post("/_sandbox/seed", content=b"{").status_code == 400
    unknown = client.get("/_sandbox/unknown")
    assert unknown.status_code == 404
    assert unknown.headers["X-Request-Id"].startswith("req_")
    assert client.post("/_sandbox/reset").json() == {"reset": True}
    assert data(client.get(ORDERS))["total"] == 0


def test_seed_is_deterministic() -> None:
    with Sandbox(seed="demo") as a, Sandbox(seed="demo") as b:
        ca, cb = make(a, **{"X-API-Key": "sk_test_x"}), make(b, **{"X-API-Key": "sk_test_x"})
        assert data(ca.get(ORDERS))["items"] == data(cb.get(ORDERS))["items"]
        statuses = sorted(o["status"] for o in data(ca.get(ORDERS))["items"])
        assert statuses == ["cancelled", "confirmed", "delivered", "pending", "processing", "shipped"]
        assert data(ca.get("/api/v1/inventory"))["total"] == 4


def test_seed_with_restricted_keys_and_create_app() -> None:
    with Sandbox(api_keys=["only"], seed="demo") as sb:
        assert sb.stats()["objects"]["order"] == 6
    assert create_app().router.default is not None


def test_envelope_meta_and_headers(client: httpx.Client) -> None:
    resp = client.get("/api/v1/analytics/dashboard")
    body = resp.json()
    assert body["meta"]["timestamp"].endswith("Z")
    assert body["meta"]["request_id"] == resp.headers["X-Request-Id"]
    assert {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(resp.headers.keys()) | {
        h.title() for h in resp.headers
    } or resp.headers["x-ratelimit-limit"]


def test_sdk_clients_are_wired_to_the_sandbox(sb: Sandbox) -> None:
    from stateset import AsyncStateset, Stateset

    with sb.client() as sdk:
        assert isinstance(sdk, Stateset)
    assert isinstance(sb.async_client(max_retries=0), AsyncStateset)


def test_webhook_endpoints_and_deliveries(client: httpx.Client) -> None:
    hook = data(
        client.post("/api/v1/webhook-endpoints", json={"url": "https://example.com/h", "events": ["order.created"]}),
        201,
    )
    assert hook["secret"].startswith("whsec_")
    assert len(hook["secret"]) == 6 + 44
    assert data(client.get(f"/api/v1/webhook-endpoints/{hook['id']}"))["secret"] is None
    rotated = data(client.post(f"/api/v1/webhook-endpoints/{hook['id']}/rotate-secret"))
    assert rotated["secret"] != hook["secret"]
    assert (
        client.post(
            "/api/v1/webhook-endpoints", json={"url": "https://e.com", "events": ["order.exploded"]}
        ).status_code
        == 422
    )
    client.post(ORDERS, json=order_body())
    deliveries = data(client.get(f"/api/v1/webhook-endpoints/{hook['id']}/deliveries"))
    assert deliveries["total"] == 1
    assert deliveries["items"][0]["event_type"] == "order.created"
    data(client.put(f"/api/v1/webhook-endpoints/{hook['id']}", json={"enabled": False, "events": ["*"]}))
    client.post(ORDERS, json=order_body())
    assert data(client.get(f"/api/v1/webhook-endpoints/{hook['id']}/deliveries"))["total"] == 1
    assert data(client.get("/api/v1/webhook-endpoints"))["items"][0]["secret"] is None
    assert client.delete(f"/api/v1/webhook-endpoints/{hook['id']}").status_code == 204


def test_payments_refunds_and_totals(client: httpx.Client) -> None:
    order = data(client.post(ORDERS, json=order_body(price="30.00")), 201)
    pay = data(
        client.post("/api/v1/payments", json={"order_id": order["id"], "amount": "20.00", "payment_method": "card"}),
        201,
    )
    assert data(client.get(f"{ORDERS}/{order['id']}"))["payment_status"] == "partially_paid"
    data(client.post("/api/v1/payments", json={"order_id": order["id"], "amount": "10", "payment_method": "card"}), 201)
    assert data(client.get(f"{ORDERS}/{order['id']}"))["payment_status"] == "paid"
    assert (
        client.post(
            "/api/v1/payments", json={"order_id": order["id"], "amount": "0", "payment_method": "card"}
        ).status_code
        == 422
    )
    assert client.post("/api/v1/payments/refund", json={"payment_id": pay["id"], "amount": "25"}).status_code == 422
    data(client.post("/api/v1/payments/refund", json={"payment_id": pay["id"], "amount": "5"}), 201)
    full = data(client.post("/api/v1/payments/refund", json={"payment_id": pay["id"]}), 201)
    assert full["amount"] == "15.00"
    assert full["status"] == "refunded"
    assert client.post("/api/v1/payments/refund", json={"payment_id": pay["id"]}).status_code == 409
    total = data(client.get(f"/api/v1/payments/order/{order['id']}/total"))
    assert (total["total_paid"], total["total_refunded"], total["net_amount"]) == ("30.00", "20.00", "10.00")
    assert len(data(client.get(f"/api/v1/payments/order/{order['id']}"))) == 4
    assert data(client.get("/api/v1/payments", params={"status": "refunded"}))["total"] == 3
    sales = data(client.get("/api/v1/analytics/sales"))
    assert sales["total_orders"] == 1
    assert sales["revenue_today"] == "30.00"
    trend = data(client.get("/api/v1/analytics/sales/trends", params={"days": 2}))
    assert len(trend) == 2
    assert trend[-1]["revenue"] == "30.00"
    data(client.post(f"{ORDERS}/{order['id']}/cancel", json={}))
    assert (
        client.post(
            "/api/v1/payments", json={"order_id": order["id"], "amount": "1", "payment_method": "card"}
        ).status_code
        == 409
    )


def test_recommendations_and_metrics(client: httpx.Client) -> None:
    client.post("/_sandbox/seed", json={"dataset": "demo"})
    recs = data(client.get("/api/v1/agents/recommendations", params={"limit": 2}))
    assert len(recs) == 2
    assert recs[0]["score"] >= recs[1]["score"]
    inv = data(client.get("/api/v1/analytics/inventory", params={"low_stock_threshold": 20}))
    assert inv["total_products"] == 4
    assert float(inv["total_value"]) > 0
    assert data(client.get("/api/v1/analytics/dashboard"))["sales"]["total_orders"] == 5
    outbox = data(client.get("/api/v1/admin/outbox"))
    assert data(client.post(f"/api/v1/admin/outbox/{outbox[0]['id']}/retry"))["message"]

"""Builds a small world of related objects through the API and minimal requests per operation."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

ADDRESS = {"street": "1 Main St", "city": "Boston", "state": "MA", "postal_code": "02108", "country": "US"}
CHECKOUT_ADDRESS = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "address_line_1": "1 Main St",
    "city": "Boston",
    "province": "MA",
    "country_code": "US",
    "postal_code": "02108",
}
API_ADDRESS = {
    "line1": "1 Main St",
    "city": "Boston",
    "postal_code": "02108",
    "country": "US",
    "email": "ada@example.com",
}
UUID0 = "00000000-0000-4000-8000-000000000000"


def data(resp: httpx.Response, status: int = 200) -> Any:
    assert resp.status_code == status, resp.text
    body = resp.json()
    return body["data"] if isinstance(body, dict) and "data" in body else body


def order_body(customer: str | None = None, qty: int = 1, price: str = "10.00", **extra: Any) -> dict[str, Any]:
    return {
        "customer_id": customer or str(uuid.uuid4()),
        "items": [{"product_id": str(uuid.uuid4()), "quantity": qty, "unit_price": price}],
        **extra,
    }


class World:
    """One of everything, created through the API."""

    def __init__(self, c: httpx.Client) -> None:
        self.c = c
        self.product = data(
            c.post("/api/v1/products", json={"name": "Shoe", "sku": f"SKU-{uuid.uuid4().hex[:8]}", "price": "50.00"}),
            201,
        )
        self.variant = data(
            c.post(
                f"/api/v1/products/{self.product['id']}/variants",
                json={"name": "Shoe M", "sku": f"V-{uuid.uuid4().hex[:8]}", "price": "55.00", "options": {"size": "M"}},
            ),
            201,
        )
        self.variant2 = data(
            c.post(
                f"/api/v1/products/{self.product['id']}/variants",
                json={"name": "Shoe L", "sku": f"V-{uuid.uuid4().hex[:8]}", "price": "56.00", "options": {"size": "L"}},
            ),
            201,
        )
        self.order = data(c.post("/api/v1/orders", json=order_body(shipping_address=ADDRESS)), 201)
        self.order2 = data(c.post("/api/v1/orders", json=order_body()), 201)
        self.inventory = data(
            c.post(
                "/api/v1/inventory", json={"item_number": self.product["sku"], "location_id": 1, "quantity_on_hand": 50}
            ),
            201,
        )
        self.inventory2 = data(
            c.post("/api/v1/inventory", json={"item_number": "DEL-1", "location_id": 2, "quantity_on_hand": 5}), 201
        )
        c.post(
            f"/api/v1/inventory/{self.inventory['inventory_item_id']}/reserve", json={"location_id": 1, "quantity": 5}
        )
        self.shipment = data(
            c.post(
                "/api/v1/shipments",
                json={
                    "order_id": self.order["id"],
                    "recipient_name": "Ada",
                    "shipping_address": "1 Main St, Boston",
                    "shipping_method": "ground",
                    "tracking_number": f"TRK{uuid.uuid4().hex[:10]}",
                },
            ),
            201,
        )
        self.shipment2 = data(
            c.post(
                "/api/v1/shipments",
                json={
                    "order_id": self.order["id"],
                    "recipient_name": "Ada",
                    "shipping_address": "x",
                    "shipping_method": "ground",
                    "tracking_number": f"TRK{uuid.uuid4().hex[:10]}",
                },
            ),
            201,
        )
        data(c.post(f"/api/v1/shipments/{self.shipment2['id']}/ship"))
        self.ret = data(c.post("/api/v1/returns", json={"order_id": self.order["id"], "reason": "too small"}), 201)
        self.ret2 = data(c.post("/api/v1/returns", json={"order_id": self.order["id"], "reason": "broken"}), 201)
        data(c.post(f"/api/v1/returns/{self.ret2['id']}/approve"))
        self.warranty = data(c.post("/api/v1/warranties", json=warranty_body()), 201)
        self.claim = data(
            c.post(
                "/api/v1/warranties/claims",
                json={"warranty_id": self.warranty["id"], "customer_id": UUID0, "description": "cracked"},
            ),
            201,
        )
        self.wo = data(c.post("/api/v1/work-orders", json={"title": "Build", "parts_required": {}}), 201)
        self.wo_running = data(
            c.post("/api/v1/work-orders", json={"title": "Run", "parts_required": {}, "status": "in_progress"}), 201
        )
        self.po = data(c.post("/api/v1/purchase-orders", json=po_body()), 201)
        self.po_approved = data(c.post("/api/v1/purchase-orders", json=po_body()), 201)
        data(c.post(f"/api/v1/purchase-orders/{self.po_approved['id']}/approve", json={"approver_id": UUID0}))
        self.asn = data(c.post("/api/v1/asns", json=asn_body(self.po["id"])), 201)
        self.asn2 = data(c.post("/api/v1/asns", json=asn_body(self.po["id"])), 201)
        data(c.post(f"/api/v1/asns/{self.asn2['id']}/in-transit", json=in_transit_body(1)))
        self.bom = data(c.post("/api/v1/manufacturing/boms", json=bom_body(self.product["id"])), 201)
        self.payment = data(
            c.post("/api/v1/payments", json={"order_id": self.order["id"], "amount": "5.00", "payment_method": "card"}),
            201,
        )
        self.cart = data(c.post("/api/v1/carts", json={"customer_id": UUID0}), 201)
        self.cart_item = self.add_item(self.cart["id"])
        self.cart2 = data(c.post("/api/v1/carts", json={}), 201)
        self.add_item(self.cart2["id"])
        self.checkout = data(c.post("/api/v1/checkout", json={"cart_id": self.cart2["id"]}), 201)
        data(c.put(f"/api/v1/checkout/{self.checkout['id']}/customer", json={"email": "ada@example.com"}))
        data(c.put(f"/api/v1/checkout/{self.checkout['id']}/shipping-address", json=CHECKOUT_ADDRESS))
        ready = {"customer": {"shipping_address": API_ADDRESS}, "fulfillment": {"selected_id": "standard"}}
        self.acs = c.post(
            "/api/v1/checkout_sessions", json={"items": [{"id": self.variant["id"], "quantity": 1}], **ready}
        ).json()
        self.email = f"{uuid.uuid4().hex[:8]}@example.com"
        data(
            c.post(
                "/api/v1/customers/register",
                json={"email": self.email, "password": "hunter22!", "first_name": "Ada", "last_name": "L"},
            ),
            201,
        )
        session = data(c.post("/api/v1/customers/login", json={"email": self.email, "password": "hunter22!"}))
        self.token = session["access_token"]
        self.customer = session["customer"]
        self.hook = data(
            c.post("/api/v1/webhook-endpoints", json={"url": "https://example.com/h", "events": ["order.created"]}), 201
        )
        self.outbox = data(c.get("/api/v1/admin/outbox"))[0]

    def add_item(self, cart_id: str) -> dict[str, Any]:
        data(self.c.post(f"/api/v1/carts/{cart_id}/items", json={"variant_id": self.variant["id"], "quantity": 2}))
        return data(self.c.get(f"/api/v1/carts/{cart_id}"))["items"][0]  # type: ignore[no-any-return]


def warranty_body() -> dict[str, Any]:
    return {
        "customer_id": UUID0,
        "product_id": UUID0,
        "serial_number": "SN1",
        "terms": "1y",
        "warranty_type": "standard",
        "expiration_date": "2099-01-31T00:00:00Z",
    }


def po_body(qty: int = 10) -> dict[str, Any]:
    return {
        "supplier_id": UUID0,
        "expected_delivery_date": "2026-12-01",
        "shipping_address": ADDRESS,
        "items": [{"product_id": UUID0, "quantity": qty, "unit_price": 2.5}],
    }


def asn_body(po_id: str) -> dict[str, Any]:
    return {
        "purchase_order_id": po_id,
        "supplier_id": UUID0,
        "supplier_name": "Acme",
        "shipping_address": ADDRESS,
        "carrier": {"carrier_name": "UPS"},
        "items": [{"product_id": UUID0, "product_name": "Bolt", "product_sku": "B-1", "quantity": 5}],
    }


def in_transit_body(version: int) -> dict[str, Any]:
    return {
        "carrier": {"carrier_name": "UPS"},
        "departure_time": "2026-01-01T00:00:00Z",
        "estimated_delivery": "2026-01-03T00:00:00Z",
        "version": version,
    }


def bom_body(product_id: str) -> dict[str, Any]:
    return {
        "name": "Kit",
        "description": "A kit",
        "product_id": product_id,
        "revision": "A",
        "components": [{"component_id": UUID0, "quantity": 2, "unit_of_measure": "EA"}],
    }

"""Seed datasets, created through the API itself so they obey every rule the API enforces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ._schema import deterministic

Call = Callable[[str, str, Any], Any]
DATASETS = ("demo",)
_START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
_CUSTOMERS = [
    ("6f1c2b1e-0000-4000-8000-000000000001", "New York", "NY", "10001"),
    ("6f1c2b1e-0000-4000-8000-000000000002", "Los Angeles", "CA", "90001"),
    ("6f1c2b1e-0000-4000-8000-000000000003", "Chicago", "IL", "60601"),
    ("6f1c2b1e-0000-4000-8000-000000000004", "Seattle", "WA", "98101"),
]
_PRODUCTS = [
    ("Trail Runner Shoe", "SKU-SHOE-1", "89.00"),
    ("Rain Jacket", "SKU-JACKET-1", "129.50"),
    ("Wool Socks", "SKU-SOCKS-1", "12.00"),
    ("Water Bottle", "SKU-BOTTLE-1", "19.99"),
]


def seed(dataset: str, call: Call) -> dict[str, int]:
    """Load ``dataset`` through ``call(method, path, body)``; return counts per kind."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; expected one of {', '.join(DATASETS)}")
    with deterministic(seed=20260105, start=_START):
        return _demo(call)


def _demo(call: Call) -> dict[str, int]:
    products = [
        call("POST", "/api/v1/products", {"name": n, "sku": s, "price": p, "brand": "Stateset Outdoor"})
        for n, s, p in _PRODUCTS
    ]
    for product in products:
        for size in ("S", "M"):
            call(
                "POST",
                f"/api/v1/products/{product['id']}/variants",
                {
                    "name": f"{product['name']} {size}",
                    "sku": f"{product['sku']}-{size}",
                    "price": product["price"],
                    "options": {"size": size},
                },
            )
    for n, (_, sku, _) in enumerate(_PRODUCTS):
        for loc, qty in ((1, 40 - 12 * n), (2, 25)):
            call("POST", "/api/v1/inventory", {"item_number": sku, "location_id": loc, "quantity_on_hand": max(qty, 3)})
    orders = []
    statuses = [
        [],
        ["confirmed"],
        ["confirmed", "processing"],
        ["cancelled"],
        ["confirmed", "processing", "shipped"],
        ["confirmed", "processing", "shipped", "delivered"],
    ]
    for n, steps in enumerate(statuses):
        cust, city, state, zip_code = _CUSTOMERS[n % len(_CUSTOMERS)]
        product = products[n % len(products)]
        order = call(
            "POST",
            "/api/v1/orders",
            {
                "customer_id": cust,
                "items": [{"product_id": product["id"], "quantity": 1 + n % 3}],
                "shipping_address": {
                    "street": f"{100 + n} Main St",
                    "city": city,
                    "state": state,
                    "postal_code": zip_code,
                    "country": "US",
                },
            },
        )
        for status in steps:
            call("PUT", f"/api/v1/orders/{order['id']}/status", {"status": status})
        orders.append(order)
    shipment = call(
        "POST",
        "/api/v1/shipments",
        {
            "order_id": orders[4]["id"],
            "recipient_name": "Dana Smith",
            "shipping_address": "104 Main St, Seattle, WA 98101",
            "shipping_method": "ground",
            "tracking_number": "1Z999AA10123456784",
        },
    )
    call("POST", f"/api/v1/shipments/{shipment['id']}/ship", None)
    call(
        "POST",
        "/api/v1/payments",
        {"order_id": orders[1]["id"], "amount": orders[1]["total_amount"], "payment_method": "card"},
    )
    ret = call("POST", "/api/v1/returns", {"order_id": orders[5]["id"], "reason": "Too small"})
    call("POST", f"/api/v1/returns/{ret['id']}/approve", None)
    call(
        "POST",
        "/api/v1/warranties",
        {
            "customer_id": _CUSTOMERS[0][0],
            "product_id": products[0]["id"],
            "serial_number": "SN-0001",
            "warranty_type": "standard",
            "terms": "One year parts and labour",
            "expiration_date": "2027-01-05T09:00:00Z",
        },
    )
    call(
        "POST",
        "/api/v1/work-orders",
        {
            "title": "Assemble sock bundles",
            "parts_required": {"SKU-SOCKS-1": 4},
            "priority": "high",
            "bill_of_materials_number": "BOM-1",
        },
    )
    call(
        "POST",
        "/api/v1/purchase-orders",
        {
            "supplier_id": "5a0e7c3d-0000-4000-8000-000000000001",
            "expected_delivery_date": "2026-02-01",
            "items": [{"product_id": products[2]["id"], "quantity": 100, "unit_price": 4.5}],
            "shipping_address": {
                "street": "1 Dock Rd",
                "city": "New York",
                "state": "NY",
                "postal_code": "10001",
                "country": "US",
            },
        },
    )
    call(
        "POST",
        "/api/v1/manufacturing/boms",
        {
            "name": "Gift Box",
            "description": "Two pairs of socks in a box",
            "product_id": products[3]["id"],
            "revision": "A",
            "components": [{"component_id": products[2]["id"], "quantity": 2, "unit_of_measure": "EA"}],
        },
    )
    return {"products": len(products), "orders": len(orders)}

"""Realistic payloads for the benchmarks (built here, so no network and no fixtures on disk)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

STATUSES = ["pending", "confirmed", "processing", "shipped", "delivered", "cancelled"]


def order(i: int) -> dict[str, Any]:
    """One order of about 1.4 KB, shaped like the API's OrderResponse."""
    created = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i)
    address = {
        "street": f"{100 + i} Market Street",
        "city": "San Francisco",
        "state": "CA",
        "postal_code": "94105",
        "country": "US",
    }
    return {
        "id": str(uuid.UUID(int=i + 1)),
        "order_number": f"ORD-{100000 + i}",
        "customer_id": str(uuid.UUID(int=10_000 + i % 50)),
        "status": STATUSES[i % len(STATUSES)],
        "order_date": created.isoformat().replace("+00:00", "Z"),
        "payment_status": "paid",
        "fulfillment_status": "unfulfilled",
        "currency": "USD",
        "total_amount": f"{(i % 97) * 10 + 19.99:.2f}",
        "notes": "Leave at the front desk, please." if i % 3 else None,
        "payment_method_id": "pm_card_visa",
        "shipment_id": None,
        "billing_address": address,
        "shipping_address": address,
        "items": [
            {
                "id": str(uuid.UUID(int=1_000_000 + i * 10 + k)),
                "product_id": f"SKU-{k:04d}",
                "product_name": f"Widget model {k}",
                "quantity": k + 1,
                "sku": f"WID-{k:04d}",
                "unit_price": "49.99",
                "total_price": f"{49.99 * (k + 1):.2f}",
                "tax_rate": "0.0825",
                "tax_amount": "4.12",
                "discount": None,
            }
            for k in range(3)
        ],
        "version": 1 + i % 4,
        "created_at": created.isoformat().replace("+00:00", "Z"),
        "updated_at": (created + timedelta(hours=1)).isoformat().replace("+00:00", "Z"),
    }


def envelope(data: Any) -> dict[str, Any]:
    """The API's success envelope."""
    return {"success": True, "data": data, "meta": {"request_id": "req_bench", "timestamp": "2026-01-01T00:00:00Z"}}


def order_page_bytes(n: int = 100) -> bytes:
    """One list page of `n` orders, as the API sends it."""
    page = {"items": [order(i) for i in range(n)], "total": 250, "page": 1, "limit": n, "total_pages": 3}
    return json.dumps(envelope(page)).encode()


def order_bytes() -> bytes:
    """One enveloped order."""
    return json.dumps(envelope(order(7))).encode()

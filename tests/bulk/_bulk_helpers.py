"""Helpers for the bulk-engine suite (a unique module name: every test folder has a conftest)."""

from __future__ import annotations

from typing import Any

import httpx

from stateset import StatesetError
from stateset._errors import status_error_from_response

CUSTOMER = "6f1c2b1e-0000-4000-8000-000000000001"


def order(n: int = 0, quantity: int = 1) -> dict[str, Any]:
    """A valid order body (``n`` makes each one distinguishable in notes)."""
    return {
        "customer_id": CUSTOMER,
        "items": [{"product_id": "p-1", "quantity": quantity, "unit_price": "9.99"}],
        "notes": f"bulk-{n}",
    }


def api_error(status: int, headers: dict[str, str] | None = None, message: str = "boom") -> StatesetError:
    """A typed API error, built the way the client builds it."""
    return status_error_from_response(httpx.Response(status, headers=headers, json={"message": message}))

"""Decoding one 100-order list page (~150 KB) from bytes to typed models, against pydantic.

The SDK path is what a list call does after the HTTP exchange: parse the JSON (orjson
with the ``fast`` extra, else the stdlib), unwrap the envelope, build the generated attrs
models. The baseline is pydantic v2's ``model_validate_json`` on an equivalent model.
Both build every nested object and datetime eagerly. Target <= 1.0x.

    .venv/bin/python benchmarks/bench_decode.py [--json]
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pydantic

sys.path.insert(0, str(Path(__file__).parent))
from _fixtures import order_page_bytes
from _harness import Row, emit, median
from stateset_client.models.order_response import OrderResponse

from stateset._pagination import Paging, decode_page
from stateset._response import loads


class Address(pydantic.BaseModel):
    street: str
    city: str
    state: str
    postal_code: str
    country: str


class Item(pydantic.BaseModel):
    id: str
    product_id: str
    product_name: str
    quantity: int
    sku: str | None = None
    unit_price: str
    total_price: str
    tax_rate: str | None = None
    tax_amount: str | None = None
    discount: str | None = None


class Order(pydantic.BaseModel):
    id: str
    order_number: str
    customer_id: str
    status: Literal[
        "pending", "confirmed", "processing", "on_hold", "shipped", "delivered", "cancelled", "refunded", "exchanged"
    ]
    order_date: datetime.datetime
    payment_status: str
    fulfillment_status: str
    currency: str | None = None
    total_amount: str | None = None
    notes: str | None = None
    payment_method_id: str | None = None
    shipment_id: str | None = None
    billing_address: Address | None = None
    shipping_address: Address | None = None
    items: list[Item]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime


class OrderPage(pydantic.BaseModel):
    items: list[Order]
    total: int
    page: int
    limit: int
    total_pages: int


class Envelope(pydantic.BaseModel):
    success: bool
    data: OrderPage
    meta: dict[str, Any] | None = None


PAGING = Paging("page", "page", "limit", "items", "total")
RAW = order_page_bytes(100)


def sdk(parse_json: Callable[[bytes], Any]) -> Callable[[], object]:
    def run() -> object:
        return decode_page(PAGING, parse_json(RAW)["data"], OrderResponse.from_dict, {"page": 1})

    return run


def pydantic_decode() -> object:
    return Envelope.model_validate_json(RAW).data.items


def timed(fns: dict[str, Callable[[], object]], repeat: int = 60, rounds: int = 11) -> dict[str, float]:
    """Median seconds per call of each function, their rounds interleaved.

    Interleaving keeps a burst of load on this shared machine from landing on one side
    of a ratio only.
    """
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for fn in fns.values():
        fn()
    for _ in range(rounds):
        for name, fn in fns.items():
            started = time.perf_counter()
            for _ in range(repeat):
                fn()
            samples[name].append((time.perf_counter() - started) / repeat)
    return {name: median(values) for name, values in samples.items()}


def main() -> None:
    medians = timed({"pydantic": pydantic_decode, "default": sdk(loads), "stdlib": sdk(json.loads)})
    base, default, stdlib = medians["pydantic"], medians["default"], medians["stdlib"]
    rows = [
        Row(
            "decode",
            f"100-order page ({len(RAW) // 1024} KB), SDK default parser",
            default * 1e3,
            "ms",
            "pydantic model_validate_json",
            base * 1e3,
            "<= 1.0x",
            default / base <= 1.0,
        ),
        Row(
            "decode",
            "same, stdlib json (no 'fast' extra)",
            stdlib * 1e3,
            "ms",
            "pydantic model_validate_json",
            base * 1e3,
            "reported",
        ),
    ]
    emit(rows)


if __name__ == "__main__":
    main()

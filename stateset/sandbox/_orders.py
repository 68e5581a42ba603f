"""Orders: CRUD, status machine, line items, cancel/archive and batch create."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._amounts import bounded, fmt, money
from ._batch import run_planned_batch
from ._columns import parse_moment
from ._engine import Ctx, Doc, Reply, fetch, handler, list_page, resource, save, spec_for
from ._errors import ApiError, conflict, unprocessable
from ._filters import Where
from ._geo import locate_address
from ._schema import new_id

ORDERS = resource(
    "order",
    "OrderResponse",
    "order",
    search=("order_number", "customer_id", "notes"),
    decimals=("total_amount",),
    geo=True,
)
PRODUCTS = resource(
    "product",
    "ProductResponse",
    "product",
    search=("name", "sku", "brand", "tags"),
    decimals=("price", "cost_price", "msrp"),
)

CANCELLABLE = frozenset({"pending", "confirmed", "processing", "on_hold"})
TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"confirmed", "processing", "on_hold", "cancelled"}),
    "confirmed": frozenset({"processing", "on_hold", "cancelled"}),
    "processing": frozenset({"shipped", "on_hold", "cancelled"}),
    "on_hold": frozenset({"pending", "confirmed", "processing", "cancelled"}),
    "shipped": frozenset({"delivered"}),
    "delivered": frozenset({"refunded", "exchanged"}),
    "cancelled": frozenset(),
    "refunded": frozenset(),
    "exchanged": frozenset(),
}
_FULFILMENT = {"shipped": "shipped", "delivered": "delivered", "cancelled": "cancelled"}


_ZERO = Decimal(0)


def build_item(ctx: Ctx, raw: dict[str, Any], where: str, catalog: dict[str, Doc | None] | None = None) -> Doc:
    """Turn a CreateOrderItem into an OrderItem, pricing it from the catalog if needed.

    ``catalog``: products already read by this request, by id (a batch of orders names the
    same few products again and again, and creating orders changes no product).
    """
    qty = int(raw["quantity"])
    if qty < 1:
        raise unprocessable("quantity must be at least 1", f"{where}.quantity: {qty} < 1")
    product_id = str(raw["product_id"])
    if catalog is None:
        product = ctx.store.get(PRODUCTS.kind, product_id)
    elif product_id in catalog:
        product = catalog[product_id]
    else:
        product = catalog[product_id] = ctx.store.get(PRODUCTS.kind, product_id)
    known = product or {}
    unit_price, tax_rate = raw.get("unit_price"), raw.get("tax_rate")
    price_src = unit_price if unit_price is not None else known.get("price")
    if price_src is None:
        raise unprocessable("unit_price is required for a product not in the catalog", f"{where}.unit_price: missing")
    price = money(price_src, f"{where}.unit_price")
    rate = money(tax_rate, f"{where}.tax_rate") if tax_rate is not None else _ZERO
    line = price * qty
    tax = line * rate
    total = bounded(line + tax, where)
    return {
        "id": new_id(),
        "product_id": product_id,
        "product_name": known.get("name") or f"Product {product_id[:8]}",
        "sku": known.get("sku"),
        "quantity": qty,
        "unit_price": fmt(price),
        "tax_rate": None if tax_rate is None else str(rate),
        "tax_amount": fmt(tax),
        "discount": None,
        "total_price": fmt(total),
    }


def _total(items: list[Doc]) -> str:
    total = _ZERO
    for item in items:
        total += Decimal(item["total_price"])
    return fmt(total)


def plan_order(ctx: Ctx, body: dict[str, Any], catalog: dict[str, Doc | None] | None = None) -> Doc:
    """Check a validated CreateOrderRequest and build its order, writing nothing.

    Every refusal of an order (a 422) happens here, so :func:`store_orders` never refuses.
    """
    if not body["items"]:
        raise unprocessable("an order needs at least one item", "items: empty")
    items = [build_item(ctx, it, f"items.{n}", catalog) for n, it in enumerate(body["items"])]
    stamp = ctx.now
    # new_doc's fields, then the order's, written out: a batch plans a hundred.
    return {
        "id": new_id(),
        "created_at": stamp,
        "updated_at": stamp,
        "order_number": None,
        "customer_id": str(body["customer_id"]),
        "status": "pending",
        "payment_status": "pending",
        "fulfillment_status": "unfulfilled",
        "items": items,
        "total_amount": _total(items),
        "currency": "USD",
        "version": 1,
        "notes": body.get("notes"),
        "payment_method_id": body.get("payment_method_id"),
        "shipping_address": body.get("shipping_address"),
        "billing_address": body.get("billing_address"),
        "shipment_id": None,
        "_geo": locate_address(body.get("shipping_address")),
        "order_date": stamp,
    }


def store_orders(ctx: Ctx, docs: list[Doc]) -> list[Doc]:
    """Number, store and announce orders built by :func:`plan_order` (a batch's, at once)."""
    first = ctx.store.next_values("order_number", len(docs), 1001)
    for n, doc in enumerate(docs):
        doc["order_number"] = f"ORD-{first + n}"
    ctx.store.add(ORDERS.kind, docs)
    ctx.emit_each("order.created", docs, "order")
    return docs


def create_order_doc(ctx: Ctx, body: dict[str, Any]) -> Doc:
    """Create, store and announce one order from a validated CreateOrderRequest."""
    return store_orders(ctx, [plan_order(ctx, body)])[0]


def _bump(ctx: Ctx, doc: Doc, event: str = "order.updated") -> Doc:
    doc["version"] = int(doc.get("version", 1)) + 1
    save(ctx, ORDERS, doc)
    ctx.emit(event, doc, "order")
    return doc


@handler("create_order")
def create_order(ctx: Ctx) -> Doc:
    """POST /orders."""
    return create_order_doc(ctx, ctx.body)


@handler("batch_create_orders")
def batch_create_orders(ctx: Ctx) -> Doc:
    """POST /orders/batch: each item succeeds or fails on its own."""
    catalog: dict[str, Doc | None] = {}
    return run_planned_batch(
        ctx, "CreateOrderRequest", lambda body: plan_order(ctx, body, catalog), lambda docs: store_orders(ctx, docs)
    )


@handler("get_order")
def get_order(ctx: Ctx) -> Doc:
    """GET /orders/{id}."""
    return fetch(ctx, ORDERS, ctx.arg("id"))


@handler("get_order_by_number")
def get_order_by_number(ctx: Ctx) -> Doc:
    """GET /orders/by-number/{order_number}."""
    docs, _ = ctx.store.query(
        ORDERS.kind, "json_extract(doc, '$.order_number') = ?", [ctx.arg("order_number")], "", 1, 0
    )
    if not docs:
        raise ApiError(404, f"order {ctx.arg('order_number')} not found")
    return docs[0]


@handler("list_orders")
def list_orders(ctx: Ctx) -> Doc:
    """GET /orders with the classic filters plus the preview ones."""
    where = Where()
    for name in ("status", "customer_id"):
        if ctx.arg(name) is not None:
            where.add(f"{name} = ?", ctx.arg(name))
    if ctx.arg("from"):
        where.add("created_us >= ?", parse_moment(ctx.arg("from"), "from"))
    if ctx.arg("to"):
        where.add("created_us <= ?", parse_moment(ctx.arg("to"), "to"))
    if ctx.arg("sort_by"):
        expr = spec_for(ctx, ORDERS).expr(ctx.arg("sort_by"))
        where.order = f"{expr} {'ASC' if ctx.arg('sort_order') == 'asc' else 'DESC'}, seq"
    page = list_page(ctx, ORDERS, where)
    if ctx.arg("include_items") is False:
        for item in page["items"]:
            item["items"] = []
    return page


@handler("update_order")
def update_order(ctx: Ctx) -> Doc:
    """PUT /orders/{id}: addresses, notes and payment method."""
    doc = fetch(ctx, ORDERS, ctx.arg("id"))
    if doc["status"] in ("cancelled", "refunded"):
        raise conflict(f"order is {doc['status']} and can no longer be changed")
    for key in ("billing_address", "shipping_address", "notes", "payment_method_id"):
        if key in ctx.body:
            doc[key] = ctx.body[key]
    if "shipping_address" in ctx.body:
        doc["_geo"] = locate_address(ctx.body["shipping_address"])
    return _bump(ctx, doc)


@handler("delete_order")
def delete_order(ctx: Ctx) -> Reply:
    """DELETE /orders/{id}."""
    fetch(ctx, ORDERS, ctx.arg("id"))
    ctx.store.delete(ORDERS.kind, str(ctx.arg("id")))
    return Reply(204, None)


@handler("archive_order")
def archive_order(ctx: Ctx) -> Doc:
    """POST /orders/{id}/archive: marks the order archived (it stays readable)."""
    doc = fetch(ctx, ORDERS, ctx.arg("id"))
    doc["archived"] = True
    return _bump(ctx, doc)


@handler("cancel_order")
def cancel_order(ctx: Ctx) -> Doc:
    """POST /orders/{id}/cancel: only before shipping."""
    doc = fetch(ctx, ORDERS, ctx.arg("id"))
    if doc["status"] not in CANCELLABLE:
        raise conflict(f"cannot cancel an order that is {doc['status']}", f"status: {doc['status']}")
    doc["status"] = "cancelled"
    doc["fulfillment_status"] = "cancelled"
    doc["cancellation_reason"] = ctx.field("reason")
    return _bump(ctx, doc, "order.cancelled")


@handler("update_order_status")
def update_order_status(ctx: Ctx) -> Doc:
    """PUT /orders/{id}/status, following the legal-transition table."""
    doc = fetch(ctx, ORDERS, ctx.arg("id"))
    target = ctx.body["status"]
    if target not in TRANSITIONS[doc["status"]]:
        raise conflict(f"illegal status transition {doc['status']} -> {target}", f"status: {doc['status']} -> {target}")
    doc["status"] = target
    doc["fulfillment_status"] = _FULFILMENT.get(target, doc["fulfillment_status"])
    return _bump(ctx, doc, "order.cancelled" if target == "cancelled" else "order.updated")


@handler("get_order_items")
def get_order_items(ctx: Ctx) -> list[Doc]:
    """GET /orders/{id}/items."""
    return list(fetch(ctx, ORDERS, ctx.arg("id"))["items"])


@handler("add_order_item")
def add_order_item(ctx: Ctx) -> Doc:
    """POST /orders/{id}/items: adds a line and recomputes the total."""
    doc = fetch(ctx, ORDERS, ctx.arg("id"))
    if doc["status"] not in ("pending", "confirmed", "on_hold"):
        raise conflict(f"cannot add items to an order that is {doc['status']}")
    item = build_item(ctx, ctx.body, "body")
    doc["items"].append(item)
    doc["total_amount"] = _total(doc["items"])
    _bump(ctx, doc)
    return item

"""Purchase orders: draft → approved → (partially) received, or cancelled."""

from __future__ import annotations

from typing import Any

from ._amounts import money
from ._engine import Ctx, Doc, fetch, handler, new_doc, save
from ._errors import conflict, unprocessable
from ._fulfilment import PURCHASE_ORDERS, one_line
from ._inventory import restock
from ._schema import new_id

PO_STATUSES = ("draft", "submitted", "approved", "partially_received", "received", "cancelled")
_EDITABLE = {"draft", "submitted"}
_MANUAL = {"draft": {"submitted"}, "submitted": {"draft"}}


def _item(raw: dict[str, Any], n: int) -> Doc:
    qty, price = int(raw["quantity"]), float(money(raw["unit_price"], f"items.{n}.unit_price"))
    if raw.get("tax_rate") is not None:
        money(raw["tax_rate"], f"items.{n}.tax_rate")  # bounded, so that the total stays finite
    if qty < 1:
        raise unprocessable("each item needs quantity >= 1 and unit_price >= 0", f"items.{n}")
    return {
        "id": new_id(),
        "product_id": raw["product_id"],
        "quantity": qty,
        "quantity_received": 0,
        "unit_price": price,
        "tax_rate": raw.get("tax_rate"),
        "currency": raw.get("currency"),
    }


def _total(items: list[Doc]) -> float:
    return round(float(sum(i["quantity"] * i["unit_price"] * (1 + float(i.get("tax_rate") or 0)) for i in items)), 2)


@handler("create_purchase_order")
def create_purchase_order(ctx: Ctx) -> Doc:
    """POST /purchase-orders."""
    body = ctx.body
    if not body["items"]:
        raise unprocessable("a purchase order needs at least one item", "items: empty")
    items = [_item(raw, n) for n, raw in enumerate(body["items"])]
    number = ctx.store.next_value("po_number", 1001)
    doc = new_doc(
        ctx,
        po_number=f"PO-{number}",
        supplier_id=body["supplier_id"],
        status="draft",
        expected_delivery_date=body["expected_delivery_date"],
        shipping_address=one_line(body["shipping_address"]),
        payment_terms=body.get("payment_terms"),
        notes=body.get("notes"),
        items=items,
        total_amount=_total(items),
        currency=body.get("currency") or "USD",
        approved_by=None,
        approved_at=None,
        received_at=None,
        cancellation_reason=None,
    )
    return save(ctx, PURCHASE_ORDERS, doc, touch=False)


@handler("get_purchase_order")
def get_purchase_order(ctx: Ctx) -> Doc:
    """GET /purchase-orders/{id}."""
    return fetch(ctx, PURCHASE_ORDERS, ctx.arg("id"))


@handler("update_purchase_order")
def update_purchase_order(ctx: Ctx) -> Doc:
    """PUT /purchase-orders/{id}: only while draft or submitted."""
    doc = fetch(ctx, PURCHASE_ORDERS, ctx.arg("id"))
    if doc["status"] not in _EDITABLE:
        raise conflict(f"a {doc['status']} purchase order cannot be edited")
    status = ctx.field("status")
    if status is not None and status != doc["status"]:
        if status not in PO_STATUSES:
            raise unprocessable(f"unknown status {status!r}", f"status: one of {', '.join(PO_STATUSES)}")
        if status not in _MANUAL.get(doc["status"], set()):
            raise conflict(f"illegal status transition {doc['status']} -> {status}; use approve/cancel/receive")
        doc["status"] = status
    for key in ("expected_delivery_date", "notes", "shipping_address"):
        if ctx.field(key) is not None:
            doc[key] = ctx.body[key]
    return save(ctx, PURCHASE_ORDERS, doc)


@handler("approve_purchase_order")
def approve_purchase_order(ctx: Ctx) -> Doc:
    """POST /purchase-orders/{id}/approve."""
    doc = fetch(ctx, PURCHASE_ORDERS, ctx.arg("id"))
    if doc["status"] not in _EDITABLE:
        raise conflict(f"cannot approve a {doc['status']} purchase order")
    doc.update(status="approved", approved_by=ctx.body["approver_id"], approved_at=ctx.now)
    if ctx.field("notes"):
        doc["notes"] = ctx.body["notes"]
    return save(ctx, PURCHASE_ORDERS, doc)


@handler("cancel_purchase_order")
def cancel_purchase_order(ctx: Ctx) -> Doc:
    """POST /purchase-orders/{id}/cancel: not once goods have arrived."""
    doc = fetch(ctx, PURCHASE_ORDERS, ctx.arg("id"))
    if doc["status"] not in {*_EDITABLE, "approved"}:
        raise conflict(f"cannot cancel a {doc['status']} purchase order")
    doc.update(status="cancelled", cancellation_reason=ctx.body["reason"])
    return save(ctx, PURCHASE_ORDERS, doc)


@handler("receive_purchase_order")
def receive_purchase_order(ctx: Ctx) -> Doc:
    """POST /purchase-orders/{id}/receive: partial or complete receipt, restocking inventory."""
    doc = fetch(ctx, PURCHASE_ORDERS, ctx.arg("id"))
    if doc["status"] not in ("approved", "partially_received"):
        raise conflict(f"cannot receive a {doc['status']} purchase order")
    lines = {i["id"]: i for i in doc["items"]}
    for n, got in enumerate(ctx.body["items_received"]):
        line = lines.get(str(got["line_item_id"]))
        qty = int(got["quantity_received"])
        if line is None:
            raise unprocessable("unknown line item", f"items_received.{n}.line_item_id: {got['line_item_id']}")
        outstanding = line["quantity"] - line["quantity_received"]
        if not 1 <= qty <= outstanding:
            where = f"items_received.{n}.quantity_received"
            raise unprocessable("received quantity out of range", f"{where}: {qty}, outstanding {outstanding}")
        line["quantity_received"] += qty
        restock(ctx, str(line["product_id"]), qty)
    complete = all(i["quantity_received"] >= i["quantity"] for i in doc["items"])
    doc.update(status="received" if complete else "partially_received", received_at=ctx.now)
    save(ctx, PURCHASE_ORDERS, doc)
    ctx.emit("purchase_order.received", doc, "purchase_order")
    return doc


def _query(ctx: Ctx, clause: str, *params: Any) -> list[Doc]:
    return ctx.store.query(PURCHASE_ORDERS.kind, clause, list(params), "seq", None, 0)[0]


@handler("get_purchase_orders_by_status")
def by_status(ctx: Ctx) -> list[Doc]:
    """GET /purchase-orders/status/{status}."""
    return _query(ctx, "status = ?", ctx.arg("status"))


@handler("get_purchase_orders_by_supplier")
def by_supplier(ctx: Ctx) -> list[Doc]:
    """GET /purchase-orders/supplier/{supplier_id}."""
    return _query(ctx, "json_extract(doc, '$.supplier_id') = ?", ctx.arg("supplier_id"))


def _in_range(ctx: Ctx) -> list[Doc]:
    clauses, params = ["1"], []
    if ctx.arg("start_date"):
        clauses.append("json_extract(doc, '$.expected_delivery_date') >= ?")
        params.append(ctx.arg("start_date"))
    if ctx.arg("end_date"):
        clauses.append("json_extract(doc, '$.expected_delivery_date') <= ?")
        params.append(ctx.arg("end_date"))
    return _query(ctx, " AND ".join(clauses), *params)


@handler("get_purchase_orders_by_delivery_date")
def by_delivery_date(ctx: Ctx) -> list[Doc]:
    """GET /purchase-orders/delivery-date?start_date&end_date."""
    return _in_range(ctx)


@handler("get_total_purchase_value")
def total_value(ctx: Ctx) -> Doc:
    """GET /purchase-orders/value: the value of non-cancelled purchase orders in range."""
    docs = [d for d in _in_range(ctx) if d["status"] != "cancelled"]
    return {
        "total_value": round(sum(float(d["total_amount"]) for d in docs), 2),
        "order_count": len(docs),
        "currency": "USD",
        "start_date": ctx.arg("start_date"),
        "end_date": ctx.arg("end_date"),
    }

"""Returns, shipments and advance shipping notices."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._engine import Ctx, Doc, fetch, fetch_ref, handler, list_page, new_doc, resource, save
from ._errors import ApiError, conflict
from ._filters import Where
from ._geo import locate_address
from ._inventory import restock
from ._orders import ORDERS
from ._schema import iso, utcnow

RETURNS = resource("return", "ReturnSummary", "return", search=("reason", "order_id"))
SHIPMENTS = resource(
    "shipment",
    "ShipmentSummary",
    "shipment",
    search=("tracking_number", "recipient_name", "shipping_address"),
    geo=True,
)
ASNS = resource("asn", "AsnSummary", "ASN", search=("asn_number", "supplier_name"))
PURCHASE_ORDERS = resource(
    "purchase_order",
    "PurchaseOrderResponse",
    "purchase order",
    search=("po_number", "notes"),
    decimals=("total_amount",),
)


def _status_where(ctx: Ctx, *names: str) -> Where:
    where = Where()
    for name in names:
        if ctx.arg(name) is not None:
            where.add(f"json_extract(doc, '$.{name}') = ?", ctx.arg(name))
    return where


def _require(doc: Doc, allowed: set[str], action: str) -> None:
    if doc["status"] not in allowed:
        raise conflict(
            f"cannot {action} a {doc['status']} object",
            f"status: {doc['status']}; allowed from: {', '.join(sorted(allowed))}",
        )


# --- returns -----------------------------------------------------------------------------


@handler("create_return")
def create_return(ctx: Ctx) -> Doc:
    """POST /returns: the order must exist."""
    order = fetch_ref(ctx, ORDERS, ctx.body["order_id"], "order_id")
    doc = new_doc(ctx, order_id=order["id"], reason=ctx.body["reason"], status="pending")
    save(ctx, RETURNS, doc, touch=False)
    ctx.emit("return.created", doc, "return")
    return doc


@handler("get_return")
def get_return(ctx: Ctx) -> Doc:
    """GET /returns/{id}."""
    return fetch(ctx, RETURNS, ctx.arg("id"))


@handler("list_returns")
def list_returns(ctx: Ctx) -> Doc:
    """GET /returns."""
    return list_page(ctx, RETURNS, _status_where(ctx, "status"))


@handler("approve_return")
def approve_return(ctx: Ctx) -> Doc:
    """POST /returns/{id}/approve: pending → approved."""
    doc = fetch(ctx, RETURNS, ctx.arg("id"))
    _require(doc, {"pending"}, "approve")
    doc["status"] = "approved"
    save(ctx, RETURNS, doc)
    ctx.emit("return.approved", doc, "return")
    return doc


@handler("restock_return")
def restock_return(ctx: Ctx) -> Doc:
    """POST /returns/{id}/restock: approved → restocked, adding stock back for known items."""
    doc = fetch(ctx, RETURNS, ctx.arg("id"))
    _require(doc, {"approved"}, "restock")
    order = ctx.store.get(ORDERS.kind, doc["order_id"]) or {"items": []}
    restocked = []
    for item in order["items"]:
        for number in (item.get("sku"), item["product_id"]):
            if number and restock(ctx, str(number), int(item["quantity"])):
                restocked.append(number)
                break
    doc.update(status="restocked", restocked_items=restocked)
    return save(ctx, RETURNS, doc)


# --- shipments ---------------------------------------------------------------------------


def _track(ctx: Ctx, doc: Doc, status: str, message: str) -> None:
    doc.setdefault("_events", []).append({"timestamp": ctx.now, "status": status, "location": None, "message": message})


@handler("create_shipment")
def create_shipment(ctx: Ctx) -> Doc:
    """POST /shipments: the order must exist; links the order to the shipment."""
    order = fetch_ref(ctx, ORDERS, ctx.body["order_id"], "order_id")
    fields = {k: ctx.body[k] for k in ("recipient_name", "shipping_address", "shipping_method", "tracking_number")}
    doc = new_doc(
        ctx,
        order_id=order["id"],
        status="pending",
        shipped_at=None,
        delivered_at=None,
        estimated_delivery=None,
        _geo=locate_address(fields["shipping_address"]),
        **fields,
    )
    _track(ctx, doc, "pending", "Label created")
    save(ctx, SHIPMENTS, doc, touch=False)
    order["shipment_id"] = doc["id"]
    save(ctx, ORDERS, order)
    return doc


@handler("get_shipment")
def get_shipment(ctx: Ctx) -> Doc:
    """GET /shipments/{id}."""
    return fetch(ctx, SHIPMENTS, ctx.arg("id"))


@handler("list_shipments")
def list_shipments(ctx: Ctx) -> Doc:
    """GET /shipments."""
    return list_page(ctx, SHIPMENTS, _status_where(ctx, "status"))


def _by_tracking(ctx: Ctx) -> Doc:
    number = ctx.arg("tracking_number")
    docs, _ = ctx.store.query(SHIPMENTS.kind, "json_extract(doc, '$.tracking_number') = ?", [number], "", 1, 0)
    if not docs:
        raise ApiError(404, f"no shipment with tracking number {number}")
    return docs[0]


@handler("track_by_number")
def track_by_number(ctx: Ctx) -> Doc:
    """GET /shipments/track/{tracking_number}."""
    return _by_tracking(ctx)


@handler("track_shipment")
def track_shipment(ctx: Ctx) -> Doc:
    """GET /shipments/{id}/track: the tracking history."""
    doc = fetch(ctx, SHIPMENTS, ctx.arg("id"))
    return {
        "shipment_id": doc["id"],
        "tracking_number": doc["tracking_number"],
        "status": doc["status"],
        "carrier": doc.get("shipping_method"),
        "estimated_delivery": doc.get("estimated_delivery"),
        "events": doc.get("_events", []),
    }


@handler("mark_shipped")
def mark_shipped(ctx: Ctx) -> Doc:
    """POST /shipments/{id}/ship: pending → shipped."""
    doc = fetch(ctx, SHIPMENTS, ctx.arg("id"))
    _require(doc, {"pending"}, "ship")
    now = utcnow()
    doc.update(status="shipped", shipped_at=iso(now), estimated_delivery=iso(now + dt.timedelta(days=3)))
    _track(ctx, doc, "shipped", "Picked up by carrier")
    save(ctx, SHIPMENTS, doc)
    ctx.emit("shipment.shipped", doc, "shipment")
    return doc


@handler("mark_delivered")
def mark_delivered(ctx: Ctx) -> Doc:
    """POST /shipments/{id}/deliver: shipped → delivered."""
    doc = fetch(ctx, SHIPMENTS, ctx.arg("id"))
    _require(doc, {"shipped", "in_transit"}, "deliver")
    doc.update(status="delivered", delivered_at=ctx.now)
    _track(ctx, doc, "delivered", "Delivered")
    save(ctx, SHIPMENTS, doc)
    ctx.emit("shipment.delivered", doc, "shipment")
    return doc


# --- advance shipping notices ----------------------------------------------------------


def one_line(address: dict[str, Any]) -> str:
    """Render a structured address on one line."""
    return ", ".join(str(address[k]) for k in ("street", "city", "state", "postal_code", "country") if address.get(k))


@handler("create_asn")
def create_asn(ctx: Ctx) -> Doc:
    """POST /asns: the purchase order must exist."""
    fetch_ref(ctx, PURCHASE_ORDERS, ctx.body["purchase_order_id"], "purchase_order_id")
    number = ctx.store.next_value("asn_number", 1001)
    body = ctx.body
    doc = new_doc(
        ctx,
        asn_number=f"ASN-{number}",
        status="pending",
        supplier_id=body["supplier_id"],
        supplier_name=body["supplier_name"],
        purchase_order_id=body["purchase_order_id"],
        shipping_address=one_line(body["shipping_address"]),
        expected_delivery_date=body.get("expected_delivery_date"),
        version=1,
        items=body["items"],
        carrier=body["carrier"],
        notes=body.get("notes"),
    )
    return save(ctx, ASNS, doc, touch=False)


@handler("get_asn")
def get_asn(ctx: Ctx) -> Doc:
    """GET /asns/{id}."""
    return fetch(ctx, ASNS, ctx.arg("id"))


@handler("list_asns")
def list_asns(ctx: Ctx) -> Doc:
    """GET /asns."""
    return list_page(ctx, ASNS, _status_where(ctx, "status", "supplier_id"))


def _asn_step(ctx: Ctx, allowed: set[str], target: str, **fields: Any) -> Doc:
    doc = fetch(ctx, ASNS, ctx.arg("id"))
    if int(ctx.body["version"]) != int(doc["version"]):
        raise conflict("version mismatch", f"version: sent {ctx.body['version']}, current {doc['version']}")
    _require(doc, allowed, f"mark {target}")
    doc.update(status=target, version=int(doc["version"]) + 1, **fields)
    return save(ctx, ASNS, doc)


@handler("mark_in_transit")
def mark_in_transit(ctx: Ctx) -> Doc:
    """POST /asns/{id}/in-transit: pending → in_transit (version-checked)."""
    return _asn_step(
        ctx,
        {"pending"},
        "in_transit",
        carrier=ctx.body["carrier"],
        departure_time=ctx.body["departure_time"],
        expected_delivery_date=ctx.body["estimated_delivery"],
    )


@handler("mark_asn_delivered")
def mark_asn_delivered(ctx: Ctx) -> Doc:
    """POST /asns/{id}/delivered: in_transit → delivered (version-checked)."""
    return _asn_step(
        ctx,
        {"in_transit"},
        "delivered",
        delivered_at=ctx.body["delivery_date"],
        recipient_name=ctx.body["recipient_name"],
    )

"""Analytics computed from stored data, the outbox, health/status and recommendations."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

from ._amounts import fmt
from ._catalog import CARTS
from ._columns import moment_us
from ._engine import Ctx, Doc, fetch, handler, resource, save
from ._fulfilment import SHIPMENTS
from ._inventory import INVENTORY
from ._orders import ORDERS, PRODUCTS
from ._schema import iso, utcnow

# Read by id, or newest first by seq, so it keeps no list indexes. One filter remains:
# a delivery of an update event finds the previous event on its object by json_extract,
# which scans the outbox.
OUTBOX = resource("outbox", "OutboxItem", "outbox event", listed=False)
VERSION = "1.0.0"
STARTED = time.monotonic()
_REVENUE = "COUNT(*), COALESCE(SUM(CAST(json_extract(doc, '$.total_amount') AS REAL)), 0)"
_NOT_CANCELLED = "status NOT IN ('cancelled')"


def _since(days: int) -> str:
    today = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    return iso(today - dt.timedelta(days=days))


def _revenue(ctx: Ctx, since: str | None = None) -> tuple[int, Decimal]:
    where, params = _NOT_CANCELLED, tuple[int, ...]()
    if since:
        where, params = f"{where} AND created_us >= ?", (moment_us(since),)
    count, total = ctx.store.aggregate(ORDERS.kind, _REVENUE, where, params)
    return int(count), Decimal(str(round(total, 2)))


def sales(ctx: Ctx) -> Doc:
    """Compute SalesMetrics over non-cancelled orders."""
    count, total = _revenue(ctx)
    day, week, month = (_revenue(ctx, _since(n)) for n in (0, 7, 30))
    return {
        "total_orders": count,
        "total_revenue": fmt(total),
        "average_order_value": fmt(total / count if count else Decimal(0)),
        "orders_today": day[0],
        "revenue_today": fmt(day[1]),
        "orders_this_week": week[0],
        "revenue_this_week": fmt(week[1]),
        "orders_this_month": month[0],
        "revenue_this_month": fmt(month[1]),
    }


def carts(ctx: Ctx) -> Doc:
    """Compute CartMetrics."""
    docs = ctx.store.all(CARTS.kind)
    by = {s: sum(1 for c in docs if c["status"] == s) for s in ("Active", "Converted", "Abandoned", "Expired")}
    values = [Decimal(c["total"]) for c in docs if Decimal(c["total"]) > 0]
    return {
        "total_carts": len(docs),
        "active_carts": by["Active"],
        "converted_carts": by["Converted"],
        "abandoned_carts": by["Abandoned"] + by["Expired"],
        "average_cart_value": fmt(sum(values, Decimal(0)) / len(values) if values else Decimal(0)),
    }


def inventory(ctx: Ctx, threshold: int) -> Doc:
    """Compute InventoryMetrics (stock valued at catalog price, matched by SKU)."""
    docs = ctx.store.all(INVENTORY.kind)
    prices = {p["sku"]: Decimal(p["price"]) for p in ctx.store.all(PRODUCTS.kind)}
    on_hand = [int(d["quantities"]["on_hand"]) for d in docs]
    value = sum((prices.get(d["item_number"], Decimal(0)) * int(d["quantities"]["on_hand"]) for d in docs), Decimal(0))
    return {
        "total_products": len(docs),
        "low_stock_threshold": threshold,
        "low_stock_items": sum(1 for d in docs if 0 < d["_available"] <= threshold),
        "out_of_stock_items": sum(1 for d in docs if d["_available"] <= 0),
        "average_stock_level": round(sum(on_hand) / len(on_hand), 2) if on_hand else 0.0,
        "total_value": fmt(value),
    }


def shipments(ctx: Ctx) -> Doc:
    """Compute ShipmentMetrics."""
    docs = ctx.store.all(SHIPMENTS.kind)
    today = _since(0)
    hours = [
        (_t(d["delivered_at"]) - _t(d["shipped_at"])).total_seconds() / 3600
        for d in docs
        if d.get("delivered_at") and d.get("shipped_at")
    ]
    return {
        "total_shipments": len(docs),
        "pending_shipments": sum(1 for d in docs if d["status"] == "pending"),
        "shipped_today": sum(1 for d in docs if (d.get("shipped_at") or "") >= today),
        "delivered_today": sum(1 for d in docs if (d.get("delivered_at") or "") >= today),
        "average_delivery_time_hours": round(sum(hours) / len(hours), 2) if hours else None,
    }


def _t(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


@handler("get_sales_metrics")
def get_sales_metrics(ctx: Ctx) -> Doc:
    """GET /analytics/sales."""
    return sales(ctx)


@handler("get_sales_trends")
def get_sales_trends(ctx: Ctx) -> list[Doc]:
    """GET /analytics/sales/trends: revenue per day for the last ``days`` days."""
    days = int(ctx.arg("days", 30))
    status = ctx.arg("status")
    where, params = ("status = ?", (status,)) if status else (_NOT_CANCELLED, ())
    start = utcnow().date() - dt.timedelta(days=days - 1)
    rows = {d: Decimal(0) for d in (str(start + dt.timedelta(days=n)) for n in range(days))}
    since = [*params, moment_us(str(start))]
    for order in ctx.store.query(ORDERS.kind, f"{where} AND created_us >= ?", since, "seq", None, 0)[0]:
        day = order["created_at"][:10]
        if day in rows:
            rows[day] += Decimal(order.get("total_amount") or 0)
    return [{"date": d, "revenue": fmt(v)} for d, v in rows.items()]


@handler("get_cart_metrics")
def get_cart_metrics(ctx: Ctx) -> Doc:
    """GET /analytics/carts."""
    return carts(ctx)


@handler("get_inventory_metrics")
def get_inventory_metrics(ctx: Ctx) -> Doc:
    """GET /analytics/inventory."""
    return inventory(ctx, int(ctx.arg("low_stock_threshold", 10)))


@handler("get_shipment_metrics")
def get_shipment_metrics(ctx: Ctx) -> Doc:
    """GET /analytics/shipments."""
    return shipments(ctx)


@handler("get_dashboard_metrics")
def get_dashboard_metrics(ctx: Ctx) -> Doc:
    """GET /analytics/dashboard: all of the above."""
    return {
        "sales": sales(ctx),
        "carts": carts(ctx),
        "inventory": inventory(ctx, 10),
        "shipments": shipments(ctx),
        "generated_at": ctx.now,
    }


@handler("list_outbox")
def list_outbox(ctx: Ctx) -> list[Doc]:
    """GET /admin/outbox: the most recent 100 events, newest first."""
    return ctx.store.query(OUTBOX.kind, "", [], "seq DESC", 100, 0)[0]


@handler("retry_outbox")
def retry_outbox(ctx: Ctx) -> Doc:
    """POST /admin/outbox/{id}/retry: back to pending, available now."""
    doc = fetch(ctx, OUTBOX, ctx.arg("id"))
    doc.update(status="pending", available_at=ctx.now, error_message=None)
    save(ctx, OUTBOX, doc)
    return {"message": f"event {doc['id']} queued for delivery"}


@handler("health_check")
def health_check(ctx: Ctx) -> Doc:
    """GET /health (no auth)."""
    return {"status": "ok", "version": VERSION, "timestamp": ctx.now}


@handler("get_api_status")
def get_api_status(ctx: Ctx) -> Doc:
    """GET /status (no auth)."""
    return {
        "status": "operational",
        "version": VERSION,
        "environment": "sandbox",
        "uptime_seconds": int(time.monotonic() - STARTED),
        "timestamp": ctx.now,
    }


@handler("get_product_recommendations")
def get_product_recommendations(ctx: Ctx) -> list[Doc]:
    """GET /agents/recommendations: active products by popularity, minus what the customer bought."""
    counts: dict[str, int] = {}
    bought: set[str] = set()
    for order in ctx.store.all(ORDERS.kind):
        for item in order["items"]:
            counts[item["product_id"]] = counts.get(item["product_id"], 0) + int(item["quantity"])
            if order["customer_id"] == ctx.arg("customer_id"):
                bought.add(item["product_id"])
    top = max(counts.values(), default=0) or 1
    products = [p for p in ctx.store.all(PRODUCTS.kind) if p.get("is_active", True) and p["id"] not in bought]
    scored = sorted(products, key=lambda p: (-counts.get(p["id"], 0), p["name"]))
    return [
        {
            "product_id": p["id"],
            "name": p["name"],
            "sku": p.get("sku"),
            "price": p.get("price"),
            "score": round(0.5 + 0.5 * counts.get(p["id"], 0) / top, 4),
            "reason": "popular with other customers" if counts.get(p["id"]) else "new in the catalog",
        }
        for p in scored[: int(ctx.arg("limit", 10))]
    ]

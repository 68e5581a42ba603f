"""Checkout: the storefront flow over carts, and agentic checkout sessions."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from ._amounts import fmt
from ._catalog import CARTS, VARIANTS, active_cart, cart_lines
from ._engine import Ctx, Doc, fetch, handler, new_doc, resource, save
from ._errors import ApiError, conflict, unprocessable
from ._orders import PRODUCTS, create_order_doc
from ._payments import record_payment

SESSIONS = resource("checkout", "CheckoutSession", "checkout session")
AGENT_SESSIONS = resource("agent_checkout", "ApiCheckoutSession", "checkout session")
SHIPPING = {
    "standard": Decimal("5.00"),
    "express": Decimal("15.00"),
    "overnight": Decimal("25.00"),
    "pickup": Decimal(0),
}


def _order_items(ctx: Ctx, lines: list[Doc]) -> list[Doc]:
    items = []
    for line in lines:
        variant = ctx.store.get(VARIANTS.kind, line["variant_id"]) or {}
        items.append(
            {
                "product_id": variant.get("product_id") or line["variant_id"],
                "quantity": line["quantity"],
                "unit_price": line["unit_price"],
            }
        )
    return items


# --- storefront checkout -----------------------------------------------------------------


@handler("start_checkout")
def start_checkout(ctx: Ctx) -> Doc:
    """POST /checkout: the cart must be active and non-empty; it becomes Converting."""
    cart = ctx.store.get(CARTS.kind, str(ctx.body["cart_id"]))
    if cart is None:
        raise unprocessable(f"cart {ctx.body['cart_id']} does not exist", "cart_id: unknown cart")
    cart = active_cart(ctx, cart["id"])
    cart_lines(ctx, cart)
    doc = new_doc(
        ctx,
        cart_id=cart["id"],
        status="open",
        email=None,
        shipping_address=None,
        shipping_method=None,
        currency=cart["currency"],
        order_id=None,
    )
    cart["status"] = "Converting"
    save(ctx, CARTS, cart)
    return _totals(ctx, doc, cart)


def _totals(ctx: Ctx, doc: Doc, cart: Doc) -> Doc:
    shipping = SHIPPING.get(doc.get("shipping_method") or "", Decimal(0))
    doc.update(
        subtotal=cart["subtotal"],
        tax_total=cart["tax_total"],
        shipping_total=fmt(shipping),
        total=fmt(Decimal(cart["subtotal"]) + Decimal(cart["tax_total"]) + shipping),
    )
    return save(ctx, SESSIONS, doc)


def _open(ctx: Ctx) -> Doc:
    doc = fetch(ctx, SESSIONS, ctx.arg("session_id"))
    if doc["status"] != "open":
        raise conflict(f"checkout session is {doc['status']}")
    return doc


@handler("get_checkout")
def get_checkout(ctx: Ctx) -> Doc:
    """GET /checkout/{session_id}."""
    return fetch(ctx, SESSIONS, ctx.arg("session_id"))


@handler("set_checkout_customer")
def set_checkout_customer(ctx: Ctx) -> Doc:
    """PUT /checkout/{session_id}/customer."""
    doc = _open(ctx)
    doc.update(email=ctx.body["email"], subscribe_newsletter=bool(ctx.field("subscribe_newsletter", False)))
    return save(ctx, SESSIONS, doc)


@handler("set_checkout_shipping_address")
def set_checkout_shipping_address(ctx: Ctx) -> Doc:
    """PUT /checkout/{session_id}/shipping-address."""
    doc = _open(ctx)
    doc["shipping_address"] = ctx.body
    return save(ctx, SESSIONS, doc)


@handler("set_checkout_shipping_method")
def set_checkout_shipping_method(ctx: Ctx) -> Doc:
    """PUT /checkout/{session_id}/shipping-method: one of standard, express, overnight, pickup."""
    doc = _open(ctx)
    method = ctx.body["method"]
    if method not in SHIPPING:
        raise unprocessable(f"unknown shipping method {method!r}", f"method: one of {', '.join(SHIPPING)}")
    doc["shipping_method"] = method
    return _totals(ctx, doc, fetch(ctx, CARTS, doc["cart_id"]))


@handler("complete_checkout")
def complete_checkout(ctx: Ctx) -> Doc:
    """POST /checkout/{session_id}/complete: places the order and records the payment."""
    doc = _open(ctx)
    missing = [k for k in ("email", "shipping_address") if not doc.get(k)]
    if missing:
        raise unprocessable("checkout is not ready", f"missing: {', '.join(missing)}")
    cart = fetch(ctx, CARTS, doc["cart_id"])
    addr = doc["shipping_address"]
    shipping = {
        "street": addr["address_line_1"],
        "city": addr["city"],
        "state": addr["province"],
        "postal_code": addr["postal_code"],
        "country": addr["country_code"],
    }
    order = create_order_doc(
        ctx,
        {
            "customer_id": cart.get("customer_id") or doc["email"],
            "shipping_address": shipping,
            "items": _order_items(ctx, cart_lines(ctx, cart)),
        },
    )
    record_payment(ctx, order, doc["total"], ctx.body["payment_method"])
    cart["status"] = "Converted"
    save(ctx, CARTS, cart)
    doc.update(status="completed", order_id=order["id"])
    return save(ctx, SESSIONS, doc)


# --- agentic checkout sessions -----------------------------------------------------------


def _money(amount: Decimal) -> Doc:
    return {"amount": int((amount * 100).to_integral_value()), "currency": "usd"}


def _line_items(ctx: Ctx, items: list[dict[str, Any]]) -> list[Doc]:
    out = []
    for n, item in enumerate(items):
        qty = int(item["quantity"])
        if qty < 1:
            raise unprocessable("quantity must be at least 1", f"items.{n}.quantity")
        variant = ctx.store.get(VARIANTS.kind, str(item["id"]))
        product = ctx.store.get(PRODUCTS.kind, variant["product_id"] if variant else str(item["id"]))
        source = variant or product
        if source is None:
            raise unprocessable(f"unknown item {item['id']}", f"items.{n}.id: not a product or variant")
        out.append(
            {
                "id": f"li_{n + 1}",
                "title": source.get("name"),
                "variant_id": variant["id"] if variant else None,
                "sku": source.get("sku"),
                "quantity": qty,
                "unit_price": _money(Decimal(source["price"])),
                "_product_id": (product or {}).get("id"),
                "image_url": (product or {}).get("image_url"),
            }
        )
    return out


_OPTIONS = [("standard", "Standard (3-5 days)", Decimal("5.00")), ("express", "Express (1-2 days)", Decimal("15.00"))]


def _refresh(ctx: Ctx, doc: Doc) -> Doc:
    subtotal = sum((Decimal(i["unit_price"]["amount"]) * i["quantity"] for i in doc["items"]), Decimal(0)) / 100
    selected = (doc.get("fulfillment") or {}).get("selected_id")
    shipping = next((p for i, _, p in _OPTIONS if i == selected), Decimal(0))
    tax = (subtotal * Decimal("0.08")).quantize(Decimal("0.01"))
    doc["totals"] = {
        "subtotal": _money(subtotal),
        "shipping": _money(shipping),
        "tax": _money(tax),
        "discount": _money(Decimal(0)),
        "grand_total": _money(subtotal + shipping + tax),
    }
    doc["fulfillment"] = {
        "selected_id": selected,
        "options": [{"id": i, "label": label, "price": _money(p)} for i, label, p in _OPTIONS],
    }
    if doc["status"] in ("not_ready_for_payment", "ready_for_payment"):
        address = (doc.get("customer") or {}).get("shipping_address")
        doc["status"] = "ready_for_payment" if address and selected else "not_ready_for_payment"
    return save(ctx, AGENT_SESSIONS, doc)


def _apply(ctx: Ctx, doc: Doc) -> None:
    if ctx.field("items") is not None:
        doc["items"] = _line_items(ctx, ctx.body["items"])
    if ctx.field("customer") is not None:
        doc["customer"] = ctx.body["customer"]
    if ctx.field("fulfillment") is not None:
        selected = ctx.body["fulfillment"].get("selected_id")
        if selected is not None and selected not in {i for i, _, _ in _OPTIONS}:
            raise unprocessable(f"unknown fulfillment option {selected!r}", "fulfillment.selected_id")
        doc["fulfillment"] = {"selected_id": selected}


@handler("create_checkout_session")
def create_checkout_session(ctx: Ctx) -> Doc:
    """POST /checkout_sessions (201)."""
    doc = new_doc(
        ctx,
        status="not_ready_for_payment",
        items=[],
        customer=None,
        fulfillment=None,
        messages=[],
        links={"terms": "https://stateset.io/terms", "privacy": "https://stateset.io/privacy", "order_permalink": None},
    )
    doc["id"] = "cs_" + uuid.UUID(doc["id"]).hex
    _apply(ctx, doc)
    return _refresh(ctx, doc)


def _session(ctx: Ctx, *, mutable: bool = True) -> Doc:
    doc = fetch(ctx, AGENT_SESSIONS, ctx.arg("checkout_session_id"))
    if mutable and doc["status"] in ("completed", "canceled"):
        raise conflict(f"checkout session is {doc['status']}")
    return doc


@handler("get_checkout_session")
def get_checkout_session(ctx: Ctx) -> Doc:
    """GET /checkout_sessions/{checkout_session_id}."""
    return _session(ctx, mutable=False)


@handler("update_checkout_session")
def update_checkout_session(ctx: Ctx) -> Doc:
    """POST /checkout_sessions/{checkout_session_id}."""
    doc = _session(ctx)
    _apply(ctx, doc)
    return _refresh(ctx, doc)


@handler("cancel_checkout_session")
def cancel_checkout_session(ctx: Ctx) -> Doc:
    """POST /checkout_sessions/{checkout_session_id}/cancel."""
    doc = _session(ctx)
    doc["status"] = "canceled"
    return save(ctx, AGENT_SESSIONS, doc)


@handler("complete_checkout_session")
def complete_checkout_session(ctx: Ctx) -> Doc:
    """POST /checkout_sessions/{checkout_session_id}/complete: places the order."""
    doc = _session(ctx)
    _apply(ctx, doc)
    doc = _refresh(ctx, doc)
    if doc["status"] != "ready_for_payment" or not doc["items"]:
        raise ApiError(
            422, "checkout session is not ready for payment", "needs items, a shipping address and a fulfillment option"
        )
    addr = doc["customer"]["shipping_address"]
    shipping = {
        "street": addr["line1"],
        "city": addr["city"],
        "state": addr.get("region") or "",
        "postal_code": addr["postal_code"],
        "country": addr["country"],
    }
    items = [
        {
            "product_id": i["_product_id"] or i["variant_id"],
            "quantity": i["quantity"],
            "unit_price": str(Decimal(i["unit_price"]["amount"]) / 100),
        }
        for i in doc["items"]
    ]
    order = create_order_doc(
        ctx, {"customer_id": addr.get("email") or "agent", "shipping_address": shipping, "items": items}
    )
    total = Decimal(doc["totals"]["grand_total"]["amount"]) / 100
    record_payment(ctx, order, fmt(total), ctx.body["payment"].get("method") or "delegated_token")
    doc["status"] = "completed"
    doc["links"]["order_permalink"] = f"https://stateset.io/orders/{order['id']}"
    save(ctx, AGENT_SESSIONS, doc)
    doc["order"] = {
        "id": order["id"],
        "checkout_session_id": doc["id"],
        "status": "confirmed",
        "permalink_url": doc["links"]["order_permalink"],
        "refunds": [],
    }
    return doc

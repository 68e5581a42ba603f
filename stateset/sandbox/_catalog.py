"""Products, variants and carts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ._amounts import bounded, fmt, money
from ._batch import run_batch
from ._engine import Ctx, Doc, Reply, fetch, fetch_ref, handler, list_page, new_doc, pick, resource, save
from ._errors import ApiError, conflict, not_found, unprocessable
from ._filters import Where
from ._orders import PRODUCTS
from ._schema import iso, utcnow

VARIANTS = resource("variant", "VariantResponse", "variant", search=("name", "sku"), decimals=("price",))
CARTS = resource("cart", "CartResponse", "cart", decimals=("total", "subtotal"))
CART_ITEMS = resource("cart_item", "CartItemResponse", "cart item")
_PRODUCT_DECIMALS = ("price", "cost_price", "msrp", "tax_rate", "weight_kg")


def _check_decimals(body: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        if body.get(name) is not None:
            money(body[name], name)


def _sku_taken(ctx: Ctx, kind: str, sku: str, except_id: str | None = None) -> bool:
    docs, _ = ctx.store.query(kind, "json_extract(doc, '$.sku') = ? AND id IS NOT ?", [sku, except_id], "", 1, 0)
    return bool(docs)


def create_product_doc(ctx: Ctx, body: dict[str, Any]) -> Doc:
    """Create one product from a validated CreateProductRequest (SKUs are unique)."""
    _check_decimals(body, _PRODUCT_DECIMALS)
    if _sku_taken(ctx, PRODUCTS.kind, body["sku"]):
        raise conflict(f"a product with SKU {body['sku']} already exists", "sku: duplicate")
    doc = new_doc(ctx, **pick(ctx, "CreateProductRequest", body))
    doc.setdefault("price", "0.00")
    doc.setdefault("currency", "USD")
    doc.setdefault("is_active", True)
    doc.setdefault("is_digital", False)
    doc["price"] = fmt(money(doc["price"], "price"))
    return save(ctx, PRODUCTS, doc, touch=False)


@handler("create_product")
def create_product(ctx: Ctx) -> Doc:
    """POST /products."""
    return create_product_doc(ctx, ctx.body)


@handler("batch_create_products")
def batch_create_products(ctx: Ctx) -> Doc:
    """POST /products/batch."""
    return run_batch(ctx, "CreateProductRequest", lambda body: create_product_doc(ctx, body))


@handler("get_product")
def get_product(ctx: Ctx) -> Doc:
    """GET /products/{id}."""
    return fetch(ctx, PRODUCTS, ctx.arg("id"))


@handler("list_products")
def list_products(ctx: Ctx) -> Doc:
    """GET /products."""
    return list_page(ctx, PRODUCTS)


@handler("search_products")
def search_products(ctx: Ctx) -> Doc:
    """GET /products/search (limit/offset, ``products`` page)."""
    where = Where()
    if ctx.arg("is_active") is not None:
        where.add("json_extract(doc, '$.is_active') = ?", ctx.arg("is_active"))
    return list_page(ctx, PRODUCTS, where)


@handler("update_product")
def update_product(ctx: Ctx) -> Doc:
    """PUT /products/{id}."""
    doc = fetch(ctx, PRODUCTS, ctx.arg("id"))
    _check_decimals(ctx.body, _PRODUCT_DECIMALS)
    sku = ctx.field("sku")
    if sku is not None and _sku_taken(ctx, PRODUCTS.kind, sku, doc["id"]):
        raise conflict(f"a product with SKU {sku} already exists", "sku: duplicate")
    doc.update(pick(ctx, "UpdateProductRequest", ctx.body))
    doc["price"] = fmt(money(doc["price"], "price"))
    return save(ctx, PRODUCTS, doc)


@handler("create_variant")
def create_variant(ctx: Ctx) -> Doc:
    """POST /products/{id}/variants (variant SKUs are unique)."""
    product = fetch(ctx, PRODUCTS, ctx.arg("id"))
    body = ctx.body
    _check_decimals(body, ("price", "cost", "compare_at_price"))
    if _sku_taken(ctx, VARIANTS.kind, body["sku"]):
        raise conflict(f"a variant with SKU {body['sku']} already exists", "sku: duplicate")
    siblings = ctx.store.children(VARIANTS.kind, product["id"])
    doc = new_doc(ctx, product_id=product["id"], **pick(ctx, "CreateVariantRequest", body))
    doc["price"] = fmt(money(body["price"], "price"))
    doc.setdefault("position", len(siblings) + 1)
    doc.setdefault("inventory_tracking", True)
    return save(ctx, VARIANTS, doc, parent_id=product["id"], touch=False)


@handler("get_product_variants")
def get_product_variants(ctx: Ctx) -> list[Doc]:
    """GET /products/{id}/variants."""
    return ctx.store.children(VARIANTS.kind, fetch(ctx, PRODUCTS, ctx.arg("id"))["id"])


@handler("get_variant")
def get_variant(ctx: Ctx) -> Doc:
    """GET /products/variants/{variant_id}."""
    return fetch(ctx, VARIANTS, ctx.arg("variant_id"))


@handler("delete_variant")
def delete_variant(ctx: Ctx) -> Reply:
    """DELETE /products/variants/{variant_id}."""
    ctx.store.delete(VARIANTS.kind, fetch(ctx, VARIANTS, ctx.arg("variant_id"))["id"])
    return Reply(204, None)


@handler("update_variant_price")
def update_variant_price(ctx: Ctx) -> Doc:
    """PUT /products/variants/{variant_id}/price."""
    doc = fetch(ctx, VARIANTS, ctx.arg("variant_id"))
    doc["price"] = fmt(money(ctx.body["price"], "price"))
    save(ctx, VARIANTS, doc)
    return {"message": f"price of variant {doc['sku']} set to {doc['price']}"}


# --- carts -------------------------------------------------------------------------------


@handler("create_cart")
def create_cart(ctx: Ctx) -> Doc:
    """POST /carts."""
    expires = iso(utcnow() + dt.timedelta(days=7))
    doc = new_doc(
        ctx,
        status="Active",
        currency=ctx.field("currency", "USD"),
        customer_id=ctx.field("customer_id"),
        session_id=ctx.field("session_id"),
        metadata=ctx.field("metadata"),
        expires_at=expires,
        shipping_total="0.00",
        discount_total="0.00",
    )
    return recompute(ctx, doc, touch=False)


def recompute(ctx: Ctx, cart: Doc, *, touch: bool = True) -> Doc:
    """Recompute the cart's totals from its items and store it."""
    items = ctx.store.children(CART_ITEMS.kind, cart["id"])
    subtotal = sum((Decimal(i["line_total"]) for i in items), Decimal(0))
    tax = subtotal * Decimal("0.08")
    total = subtotal + tax + Decimal(cart.get("shipping_total", "0")) - Decimal(cart.get("discount_total", "0"))
    cart.update(subtotal=fmt(subtotal), tax_total=fmt(tax), total=fmt(total))
    return save(ctx, CARTS, cart, touch=touch)


def active_cart(ctx: Ctx, cart_id: str, customer_id: str | None = None) -> Doc:
    """Return a cart that can still change: 404 if missing, 409 if not Active."""
    cart = fetch(ctx, CARTS, cart_id)
    if customer_id is not None and cart.get("customer_id") not in (None, customer_id):
        raise not_found("cart", cart_id)
    if cart["status"] != "Active":
        raise conflict(f"cart is {cart['status']}", f"status: {cart['status']}")
    return cart


def add_item(ctx: Ctx, cart: Doc, variant_id: str, quantity: int) -> Doc:
    """Add ``quantity`` of a variant to the cart (merging with an existing line)."""
    if quantity < 1:
        raise unprocessable("quantity must be at least 1", f"quantity: {quantity}")
    variant = fetch_ref(ctx, VARIANTS, variant_id, "variant_id")
    line = next((i for i in ctx.store.children(CART_ITEMS.kind, cart["id"]) if i["variant_id"] == variant_id), None)
    if line is None:
        line = new_doc(ctx, variant_id=variant_id, quantity=0, unit_price=variant["price"])
    line["quantity"] += quantity
    line["line_total"] = fmt(_line_total(line["unit_price"], line["quantity"]))
    save(ctx, CART_ITEMS, line, parent_id=cart["id"])
    return recompute(ctx, cart)


def _line_total(unit_price: str, quantity: int) -> Decimal:
    """A cart line's total; 422 if the line (quantities add up over requests) grows too large."""
    if quantity >= 2**31:
        raise unprocessable("a cart line holds fewer than 2^31 units", f"quantity: {quantity} in the line")
    return bounded(Decimal(unit_price) * quantity, "quantity")


@handler("add_to_cart")
def add_to_cart(ctx: Ctx) -> Doc:
    """POST /carts/{id}/items."""
    return add_item(ctx, active_cart(ctx, ctx.arg("id")), str(ctx.body["variant_id"]), int(ctx.body["quantity"]))


@handler("agent_add_to_cart")
def agent_add_to_cart(ctx: Ctx) -> Doc:
    """POST /agents/customers/{customer_id}/carts/{cart_id}/items: the cart must be the customer's."""
    cart = active_cart(ctx, ctx.arg("cart_id"), str(ctx.arg("customer_id")))
    return add_item(ctx, cart, str(ctx.body["variant_id"]), int(ctx.body["quantity"]))


def _line(ctx: Ctx, cart: Doc) -> Doc:
    line = ctx.store.get(CART_ITEMS.kind, str(ctx.arg("item_id")))
    if line is None or line not in ctx.store.children(CART_ITEMS.kind, cart["id"]):
        raise not_found("cart item", ctx.arg("item_id"))
    return line


@handler("update_cart_item")
def update_cart_item(ctx: Ctx) -> Doc:
    """PUT /carts/{id}/items/{item_id}: quantity 0 removes the line."""
    cart = active_cart(ctx, ctx.arg("id"))
    line, qty = _line(ctx, cart), int(ctx.body["quantity"])
    if qty < 0:
        raise unprocessable("quantity must not be negative", f"quantity: {qty}")
    if qty == 0:
        ctx.store.delete(CART_ITEMS.kind, line["id"])
    else:
        line.update(quantity=qty, line_total=fmt(_line_total(line["unit_price"], qty)))
        save(ctx, CART_ITEMS, line)
    return recompute(ctx, cart)


@handler("remove_cart_item")
def remove_cart_item(ctx: Ctx) -> Reply:
    """DELETE /carts/{id}/items/{item_id}."""
    cart = active_cart(ctx, ctx.arg("id"))
    ctx.store.delete(CART_ITEMS.kind, _line(ctx, cart)["id"])
    recompute(ctx, cart)
    return Reply(204, None)


@handler("clear_cart")
def clear_cart(ctx: Ctx) -> Doc:
    """POST /carts/{id}/clear."""
    cart = active_cart(ctx, ctx.arg("id"))
    lines = ctx.store.children(CART_ITEMS.kind, cart["id"])
    for line in lines:
        ctx.store.delete(CART_ITEMS.kind, line["id"])
    recompute(ctx, cart)
    return {"message": f"removed {len(lines)} item(s)"}


@handler("get_cart")
def get_cart(ctx: Ctx) -> Doc:
    """GET /carts/{id}: the cart with its items."""
    cart = fetch(ctx, CARTS, ctx.arg("id"))
    return {"cart": cart, "items": ctx.store.children(CART_ITEMS.kind, cart["id"])}


@handler("delete_cart")
def delete_cart(ctx: Ctx) -> Doc:
    """DELETE /carts/{id}: returns the cart as it was."""
    cart = fetch(ctx, CARTS, ctx.arg("id"))
    for line in ctx.store.children(CART_ITEMS.kind, cart["id"]):
        ctx.store.delete(CART_ITEMS.kind, line["id"])
    ctx.store.delete(CARTS.kind, cart["id"])
    return cart


def cart_lines(ctx: Ctx, cart: Doc) -> list[Doc]:
    """Return the cart's lines, refusing an empty cart."""
    lines = ctx.store.children(CART_ITEMS.kind, cart["id"])
    if not lines:
        raise ApiError(422, "the cart is empty", "cart_id: no items")
    return lines

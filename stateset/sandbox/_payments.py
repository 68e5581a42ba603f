"""Payments against orders, refunds and payment totals."""

from __future__ import annotations

from decimal import Decimal

from ._amounts import fmt, money
from ._engine import Ctx, Doc, fetch, fetch_ref, handler, list_page, new_doc, resource, save
from ._errors import conflict, unprocessable
from ._filters import Where
from ._orders import ORDERS

PAYMENTS = resource(
    "payment", "PaymentResponse", "payment", search=("payment_method", "order_id"), decimals=("amount",)
)


def _paid(ctx: Ctx, order_id: str) -> tuple[Decimal, Decimal]:
    paid = refunded = Decimal(0)
    for p in ctx.store.query(PAYMENTS.kind, "parent_id = ?", [order_id], "seq", None, 0)[0]:
        if p.get("_kind") == "refund":
            refunded += Decimal(p["amount"])
        else:
            paid += Decimal(p["amount"])
    return paid, refunded


def _settle(ctx: Ctx, order: Doc) -> None:
    paid, refunded = _paid(ctx, order["id"])
    net, total = paid - refunded, Decimal(order.get("total_amount") or 0)
    if refunded and net <= 0:
        order["payment_status"] = "refunded"
    elif net >= total:
        order["payment_status"] = "paid"
    else:
        order["payment_status"] = "partially_paid" if net > 0 else "pending"
    save(ctx, ORDERS, order)


def record_payment(ctx: Ctx, order: Doc, amount: str, method: str, method_id: str | None = None) -> Doc:
    """Record a successful payment for ``order`` and update its payment status."""
    value = money(amount, "amount")
    if value <= 0:
        raise unprocessable("amount must be positive", f"amount: {amount}")
    doc = new_doc(
        ctx,
        order_id=order["id"],
        amount=fmt(value),
        currency=order.get("currency") or "USD",
        payment_method=method,
        payment_method_id=method_id,
        status="succeeded",
        _refunded="0.00",
    )
    doc["processed_at"] = doc["created_at"]
    save(ctx, PAYMENTS, doc, parent_id=order["id"], touch=False)
    _settle(ctx, order)
    ctx.emit("payment.succeeded", doc, "payment")
    return doc


@handler("process_payment")
def process_payment(ctx: Ctx) -> Doc:
    """POST /payments: the order must exist."""
    order = fetch_ref(ctx, ORDERS, ctx.body["order_id"], "order_id")
    if order["status"] == "cancelled":
        raise conflict("cannot take a payment for a cancelled order")
    return record_payment(ctx, order, ctx.body["amount"], ctx.body["payment_method"], ctx.field("payment_method_id"))


@handler("refund_payment")
def refund_payment(ctx: Ctx) -> Doc:
    """POST /payments/refund: up to what remains refundable (default: all of it)."""
    payment = fetch_ref(ctx, PAYMENTS, ctx.body["payment_id"], "payment_id")
    if payment.get("_kind") == "refund" or payment["status"] == "refunded":
        raise conflict(f"payment is {payment['status']} and cannot be refunded")
    left = Decimal(payment["amount"]) - Decimal(payment["_refunded"])
    amount = money(ctx.field("amount", str(left)), "amount")
    if amount <= 0 or amount > left:
        raise unprocessable("refund amount out of range", f"amount: {amount}; refundable {fmt(left)}")
    refund = new_doc(
        ctx,
        order_id=payment["order_id"],
        amount=fmt(amount),
        currency=payment["currency"],
        payment_method=payment["payment_method"],
        payment_method_id=payment.get("payment_method_id"),
        status="refunded",
        refund_of=payment["id"],
        reason=ctx.field("reason"),
        _kind="refund",
    )
    refund["processed_at"] = refund["created_at"]
    save(ctx, PAYMENTS, refund, parent_id=payment["order_id"], touch=False)
    payment["_refunded"] = fmt(Decimal(payment["_refunded"]) + amount)
    payment["status"] = "refunded" if amount == left else "partially_refunded"
    save(ctx, PAYMENTS, payment)
    order = ctx.store.get(ORDERS.kind, payment["order_id"])
    if order is not None:
        _settle(ctx, order)
    ctx.emit("payment.refunded", refund, "payment")
    return refund


@handler("get_payment")
def get_payment(ctx: Ctx) -> Doc:
    """GET /payments/{payment_id}."""
    return fetch(ctx, PAYMENTS, ctx.arg("payment_id"))


@handler("list_payments")
def list_payments(ctx: Ctx) -> Doc:
    """GET /payments."""
    where = Where()
    if ctx.arg("status"):
        where.add("status = ?", ctx.arg("status"))
    return list_page(ctx, PAYMENTS, where)


@handler("get_order_payments")
def get_order_payments(ctx: Ctx) -> list[Doc]:
    """GET /payments/order/{order_id}."""
    order = fetch(ctx, ORDERS, ctx.arg("order_id"))
    return ctx.store.query(PAYMENTS.kind, "parent_id = ?", [order["id"]], "seq", None, 0)[0]


@handler("get_order_payment_total")
def get_order_payment_total(ctx: Ctx) -> Doc:
    """GET /payments/order/{order_id}/total."""
    order = fetch(ctx, ORDERS, ctx.arg("order_id"))
    paid, refunded = _paid(ctx, order["id"])
    return {
        "order_id": order["id"],
        "total_paid": fmt(paid),
        "total_refunded": fmt(refunded),
        "net_amount": fmt(paid - refunded),
        "currency": order.get("currency") or "USD",
    }


@handler("payment_webhook")
def payment_webhook(ctx: Ctx) -> None:
    """POST /payments/webhook: the provider's callback; stored for inspection."""
    ctx.store.put("payment_webhook", new_doc(ctx, payload=ctx.body if isinstance(ctx.body, str) else ""))

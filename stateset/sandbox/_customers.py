"""Storefront customers: registration, login sessions and the ``me`` endpoints."""

from __future__ import annotations

import hashlib
import secrets

from ._engine import Ctx, Doc, fetch, handler, new_doc, pick, resource, save
from ._errors import ApiError, conflict

CUSTOMERS = resource("customer", "CustomerResponse", "customer", search=("email", "first_name", "last_name"))
SESSION_SECONDS = 3600


def _hash(password: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000).hex()


def _by_email(ctx: Ctx, email: str) -> Doc | None:
    docs, _ = ctx.store.query(CUSTOMERS.kind, "json_extract(doc, '$.email') = ?", [email.lower()], "", 1, 0)
    return docs[0] if docs else None


@handler("register_customer")
def register_customer(ctx: Ctx) -> Doc:
    """POST /customers/register: emails are unique (case-insensitive)."""
    body = ctx.body
    email = str(body["email"]).lower()
    if _by_email(ctx, email) is not None:
        raise conflict("a customer with this email already exists", "email: duplicate")
    salt = secrets.token_hex(8)
    doc = new_doc(
        ctx,
        email=email,
        first_name=body["first_name"],
        last_name=body["last_name"],
        phone=body.get("phone"),
        accepts_marketing=bool(body.get("accepts_marketing", False)),
        _salt=salt,
        _password=_hash(body["password"], salt),
        _addresses=[],
    )
    return save(ctx, CUSTOMERS, doc, touch=False)


@handler("login_customer")
def login_customer(ctx: Ctx) -> Doc:
    """POST /customers/login: returns a bearer token for the ``me`` endpoints."""
    customer = _by_email(ctx, str(ctx.body["email"]))
    if customer is None or _hash(ctx.body["password"], customer["_salt"]) != customer["_password"]:
        raise ApiError(401, "invalid email or password")
    token = "cst_" + secrets.token_urlsafe(24)
    ctx.store.put("session", {"id": token, "customer_id": customer["id"], "created_at": ctx.now})
    return {"access_token": token, "token_type": "Bearer", "expires_in": SESSION_SECONDS, "customer": customer}


def _me(ctx: Ctx) -> Doc:
    return fetch(ctx, CUSTOMERS, ctx.customer_id)


@handler("get_current_customer")
def get_current_customer(ctx: Ctx) -> Doc:
    """GET /customers/me."""
    return _me(ctx)


@handler("update_current_customer")
def update_current_customer(ctx: Ctx) -> Doc:
    """PUT /customers/me."""
    doc = _me(ctx)
    doc.update(pick(ctx, "CustomerUpdate", ctx.body))
    return save(ctx, CUSTOMERS, doc)


@handler("list_customer_addresses")
def list_customer_addresses(ctx: Ctx) -> list[Doc]:
    """GET /customers/me/addresses."""
    return list(_me(ctx)["_addresses"])


@handler("add_customer_address")
def add_customer_address(ctx: Ctx) -> Doc:
    """POST /customers/me/addresses: the first address becomes the default."""
    doc = _me(ctx)
    address = new_doc(ctx, **pick(ctx, "CheckoutAddress", ctx.body))
    address["is_default"] = not doc["_addresses"]
    del address["created_at"], address["updated_at"]
    doc["_addresses"].append(address)
    save(ctx, CUSTOMERS, doc)
    return address

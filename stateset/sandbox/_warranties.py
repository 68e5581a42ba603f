"""Warranties and warranty claims."""

from __future__ import annotations

import calendar
import datetime as dt

from ._engine import Ctx, Doc, fetch, fetch_ref, handler, list_page, new_doc, resource, save
from ._errors import conflict, unprocessable
from ._filters import Where
from ._schema import iso, utcnow

WARRANTIES = resource("warranty", "WarrantySummary", "warranty", search=("warranty_number", "terms", "serial_number"))
CLAIMS = resource("warranty_claim", "WarrantyClaimResponse", "warranty claim", search=("claim_number", "description"))


def _parse(value: str) -> dt.datetime:
    """An RFC 3339 moment in UTC (naive is UTC); 422 if it is not one or is not in years 1-9999 in UTC."""
    try:
        moment = dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError):  # OverflowError: 0001-01-01T00:00+01:00 is in year 0 in UTC
        raise unprocessable("invalid date-time", f"{value!r} is not RFC 3339 within years 1-9999 (UTC)") from None


def add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """Add calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29); 422 past the year 9999."""
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    if year > dt.MAXYEAR:
        raise unprocessable("the new end date would be past the year 9999", f"additional_months: {months}")
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@handler("create_warranty")
def create_warranty(ctx: Ctx) -> Doc:
    """POST /warranties."""
    body = ctx.body
    number = ctx.store.next_value("warranty_number", 1001)
    doc = new_doc(
        ctx,
        warranty_number=f"WAR-{number}",
        customer_id=body["customer_id"],
        product_id=body["product_id"],
        serial_number=body["serial_number"],
        warranty_type=body["warranty_type"],
        terms=body["terms"],
        status="active",
        end_date=iso(_parse(body["expiration_date"])),
    )
    doc["start_date"] = doc["created_at"]
    return save(ctx, WARRANTIES, doc, touch=False)


@handler("get_warranty")
def get_warranty(ctx: Ctx) -> Doc:
    """GET /warranties/{id}."""
    return fetch(ctx, WARRANTIES, ctx.arg("id"))


@handler("list_warranties")
def list_warranties(ctx: Ctx) -> Doc:
    """GET /warranties."""
    where = Where()
    if ctx.arg("status"):
        where.add("status = ?", ctx.arg("status"))
    return list_page(ctx, WARRANTIES, where)


@handler("extend_warranty")
def extend_warranty(ctx: Ctx) -> Doc:
    """POST /warranties/{id}/extend: end_date += additional_months."""
    doc = fetch(ctx, WARRANTIES, ctx.arg("id"))
    months = int(ctx.body["additional_months"])
    if not 1 <= months <= 120:
        raise unprocessable("additional_months must be between 1 and 120", f"additional_months: {months}")
    if doc["status"] not in ("active", "expired"):
        raise conflict(f"cannot extend a {doc['status']} warranty")
    doc["end_date"] = iso(add_months(_parse(doc["end_date"]), months))
    doc["status"] = "active"
    return save(ctx, WARRANTIES, doc)


@handler("create_warranty_claim")
def create_warranty_claim(ctx: Ctx) -> Doc:
    """POST /warranties/claims: the warranty must exist and still be in force."""
    body = ctx.body
    warranty = fetch_ref(ctx, WARRANTIES, body["warranty_id"], "warranty_id")
    if _parse(warranty["end_date"]) < utcnow():
        raise conflict("the warranty has expired", f"end_date: {warranty['end_date']}")
    number = ctx.store.next_value("claim_number", 1001)
    doc = new_doc(
        ctx,
        claim_number=f"CLM-{number}",
        warranty_id=warranty["id"],
        customer_id=body["customer_id"],
        status="submitted",
        description=body.get("description"),
        evidence=body.get("evidence") or [],
        contact_email=body.get("contact_email"),
        contact_phone=body.get("contact_phone"),
        resolution=None,
        approved_by=None,
        notes=None,
    )
    save(ctx, CLAIMS, doc, touch=False)
    ctx.emit("warranty.claim_created", doc, "warranty_claim")
    return doc


@handler("approve_warranty_claim")
def approve_warranty_claim(ctx: Ctx) -> Doc:
    """POST /warranties/claims/{id}/approve: submitted → approved."""
    doc = fetch(ctx, CLAIMS, ctx.arg("id"))
    if doc["status"] != "submitted":
        raise conflict(f"cannot approve a {doc['status']} claim")
    doc.update(
        status="approved",
        approved_by=ctx.body["approved_by"],
        resolution=ctx.body["resolution"],
        notes=ctx.body.get("notes"),
    )
    return save(ctx, CLAIMS, doc)

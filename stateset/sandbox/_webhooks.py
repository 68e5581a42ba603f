"""Webhook endpoints (preview): CRUD, secret rotation and the deliveries log.

Every emitted event creates a pending delivery for each enabled endpoint subscribed to it;
signing and sending them is a later issue, so deliveries stay ``pending`` here.
"""

from __future__ import annotations

import base64
import secrets

from ._engine import EVENT_SINKS, Ctx, Doc, Reply, fetch, handler, list_page, new_doc, resource, save
from ._errors import unprocessable
from ._filters import Where

ENDPOINTS = resource("webhook_endpoint", "WebhookEndpoint", "webhook endpoint", search=("url", "description"))
DELIVERIES = resource("webhook_delivery", "WebhookDelivery", "webhook delivery")


def new_secret() -> str:
    """Return a signing secret: ``whsec_`` + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _events(ctx: Ctx, events: list[str]) -> list[str]:
    known = set(ctx.contract.webhook_events)
    bad = [e for e in events if e != "*" and e not in known]
    if bad:
        raise unprocessable("unknown event type", f"events: {', '.join(bad)}; allowed: * or {', '.join(sorted(known))}")
    if not events:
        raise unprocessable("subscribe to at least one event", "events: empty")
    return list(dict.fromkeys(events))


def _public(doc: Doc, *, reveal: bool = False) -> Doc:
    # The secret is shown when it is created or rotated, and hidden afterwards.
    return {**doc, "secret": doc["_secret"] if reveal else None}


@handler("create_webhook_endpoint")
def create_webhook_endpoint(ctx: Ctx) -> Doc:
    """POST /webhook-endpoints."""
    doc = new_doc(
        ctx,
        url=ctx.body["url"],
        events=_events(ctx, ctx.body["events"]),
        description=ctx.field("description"),
        enabled=bool(ctx.field("enabled", True)),
        _secret=new_secret(),
    )
    return _public(save(ctx, ENDPOINTS, doc, touch=False), reveal=True)


@handler("get_webhook_endpoint")
def get_webhook_endpoint(ctx: Ctx) -> Doc:
    """GET /webhook-endpoints/{id}."""
    return _public(fetch(ctx, ENDPOINTS, ctx.arg("id")))


@handler("list_webhook_endpoints")
def list_webhook_endpoints(ctx: Ctx) -> Doc:
    """GET /webhook-endpoints."""
    page = list_page(ctx, ENDPOINTS)
    page["items"] = [_public(d) for d in page["items"]]
    return page


@handler("update_webhook_endpoint")
def update_webhook_endpoint(ctx: Ctx) -> Doc:
    """PUT /webhook-endpoints/{id}."""
    doc = fetch(ctx, ENDPOINTS, ctx.arg("id"))
    if ctx.field("events") is not None:
        doc["events"] = _events(ctx, ctx.body["events"])
    for key in ("url", "description", "enabled"):
        if ctx.field(key) is not None:
            doc[key] = ctx.body[key]
    return _public(save(ctx, ENDPOINTS, doc))


@handler("delete_webhook_endpoint")
def delete_webhook_endpoint(ctx: Ctx) -> Reply:
    """DELETE /webhook-endpoints/{id}."""
    ctx.store.delete(ENDPOINTS.kind, fetch(ctx, ENDPOINTS, ctx.arg("id"))["id"])
    return Reply(204, None)


@handler("rotate_webhook_endpoint_secret")
def rotate_webhook_endpoint_secret(ctx: Ctx) -> Doc:
    """POST /webhook-endpoints/{id}/rotate-secret: returns the new secret once."""
    doc = fetch(ctx, ENDPOINTS, ctx.arg("id"))
    doc["_secret"] = new_secret()
    return _public(save(ctx, ENDPOINTS, doc), reveal=True)


@handler("list_webhook_deliveries")
def list_webhook_deliveries(ctx: Ctx) -> Doc:
    """GET /webhook-endpoints/{id}/deliveries."""
    endpoint = fetch(ctx, ENDPOINTS, ctx.arg("id"))
    where = Where()
    where.add("parent_id = ?", endpoint["id"])
    return list_page(ctx, DELIVERIES, where)


def _record(ctx: Ctx, event_id: str, event_type: str) -> None:
    for endpoint in ctx.store.all(ENDPOINTS.kind):
        if endpoint["enabled"] and ("*" in endpoint["events"] or event_type in endpoint["events"]):
            delivery = new_doc(
                ctx,
                endpoint_id=endpoint["id"],
                event_id=event_id,
                event_type=event_type,
                status="pending",
                attempts=0,
                response_status=None,
                last_error=None,
                next_attempt_at=ctx.now,
                delivered_at=None,
            )
            del delivery["updated_at"]
            ctx.store.put(DELIVERIES.kind, delivery, parent_id=endpoint["id"])


EVENT_SINKS.append(_record)

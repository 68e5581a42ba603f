"""Webhook endpoints (preview): CRUD, secret rotation and the deliveries log.

Every emitted event creates a pending delivery, holding the frozen event payload, for each
enabled endpoint subscribed to it (in the same transaction as the state change);
:mod:`._delivery` signs and sends them.
"""

from __future__ import annotations

import base64
import secrets

from ._delivery import DELIVERY_KIND, ENDPOINT_KIND, build_event, delivered_types, event_id_for, previous_attributes
from ._engine import EVENT_SINKS, RESOURCES, Ctx, Doc, Reply, fetch, handler, list_page, new_doc, resource, save
from ._errors import unprocessable
from ._filters import Where

ENDPOINTS = resource(ENDPOINT_KIND, "WebhookEndpoint", "webhook endpoint", search=("url", "description"))
DELIVERIES = resource(DELIVERY_KIND, "WebhookDelivery", "webhook delivery")


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


def _save_endpoint(ctx: Ctx, doc: Doc, *, touch: bool = True) -> Doc:
    ctx.memo.pop(ENDPOINTS.kind, None)  # the request's later events must see this change
    return save(ctx, ENDPOINTS, doc, touch=touch)


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
    return _public(_save_endpoint(ctx, doc, touch=False), reveal=True)


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
    return _public(_save_endpoint(ctx, doc))


@handler("delete_webhook_endpoint")
def delete_webhook_endpoint(ctx: Ctx) -> Reply:
    """DELETE /webhook-endpoints/{id}."""
    ctx.store.delete(ENDPOINTS.kind, fetch(ctx, ENDPOINTS, ctx.arg("id"))["id"])
    ctx.memo.pop(ENDPOINTS.kind, None)
    return Reply(204, None)


@handler("rotate_webhook_endpoint_secret")
def rotate_webhook_endpoint_secret(ctx: Ctx) -> Doc:
    """POST /webhook-endpoints/{id}/rotate-secret: returns the new secret once."""
    doc = fetch(ctx, ENDPOINTS, ctx.arg("id"))
    doc["_secret"] = new_secret()
    return _public(_save_endpoint(ctx, doc), reveal=True)


@handler("list_webhook_deliveries")
def list_webhook_deliveries(ctx: Ctx) -> Doc:
    """GET /webhook-endpoints/{id}/deliveries."""
    endpoint = fetch(ctx, ENDPOINTS, ctx.arg("id"))
    where = Where()
    where.add("parent_id = ?", endpoint["id"])
    return list_page(ctx, DELIVERIES, where)


def _enabled_endpoints(ctx: Ctx) -> list[Doc]:
    """Return the enabled endpoints, read once per request (a batch emits one event per item)."""
    found: list[Doc] | None = ctx.memo.get(ENDPOINTS.kind)
    if found is None:
        found = ctx.memo[ENDPOINTS.kind] = [e for e in ctx.store.all(ENDPOINTS.kind) if e["enabled"]]
    return found


def _record(ctx: Ctx, outbox_id: str, event_type: str) -> None:
    known = ctx.contract.webhook_events
    targets = [
        (endpoint, delivered)
        for endpoint in _enabled_endpoints(ctx)
        for delivered in delivered_types(event_type, endpoint["events"], known)
    ]
    if not targets:
        return
    item = ctx.store.get("outbox", outbox_id) or {}
    # Every type delivered for one event carries the same object; any of their schemas says which.
    obj, previous = _snapshot(ctx, item, targets[0][1])
    events: dict[str, Doc] = {}
    for endpoint, delivered in targets:
        event = events.get(delivered)
        if event is None:
            event_id = event_id_for(outbox_id, delivered)
            raw = build_event(event_id, delivered, item.get("created_at", ctx.now), obj, previous)
            event = events[delivered] = ctx.shaper.conform(_event_schema(ctx, delivered), raw)
        delivery = new_doc(
            ctx,
            endpoint_id=endpoint["id"],
            event_id=event["id"],
            event_type=delivered,
            status="pending",
            attempts=0,
            response_status=None,
            last_error=None,
            next_attempt_at=ctx.now,
            delivered_at=None,
            _event=event,
        )
        del delivery["updated_at"]
        ctx.store.put(DELIVERIES.kind, delivery, parent_id=endpoint["id"])


def _snapshot(ctx: Ctx, item: Doc, event_type: str) -> tuple[Doc, Doc | None]:
    """Return the event's object as stored, and what changed since the previous event on it.

    ``event_type`` is a declared type delivered for the outbox ``item`` (its schema is read).
    """
    obj: Doc = dict(item.get("_payload") or {})
    aggregate = RESOURCES.get(str(item.get("aggregate_type")))
    data = ctx.contract.resolve(_event_schema(ctx, event_type)).get("properties", {}).get("data", {})
    schema = ctx.contract.resolve(ctx.contract.resolve(data).get("properties", {}).get("object", {}))
    if aggregate is not None and obj.get("id") is not None and any(k not in obj for k in schema.get("required", ())):
        # The event carries a fragment (an id and a reservation, say): send the whole object,
        # and leave previous_attributes unknown since fragments cannot be compared.
        return ctx.store.get(aggregate.kind, str(obj["id"])) or obj, None
    if str(item.get("event_type", "")).endswith(".created") or obj.get("id") is None:
        return obj, None
    before, _ = ctx.store.query(
        "outbox",
        "json_extract(doc, '$.aggregate_type') = ? AND json_extract(doc, '$._payload.id') = ? AND id != ?",
        [item.get("aggregate_type"), obj["id"], item.get("id")],
        "seq DESC",
        1,
        0,
    )
    return obj, previous_attributes(before[0]["_payload"] if before else None, obj)


def _event_schema(ctx: Ctx, event_type: str) -> Doc:
    hook: Doc = ctx.contract.doc["webhooks"][event_type]["post"]
    schema: Doc = hook["requestBody"]["content"]["application/json"]["schema"]
    return schema


EVENT_SINKS.append(_record)

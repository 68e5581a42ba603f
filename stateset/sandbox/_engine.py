"""The generic engine: resource registry, handler registry, request context and list pages."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._columns import Layout, numeric_column
from ._contract import Contract, Operation
from ._errors import ApiError, not_found
from ._filters import RAW_COLUMNS, FieldSpec, Where, apply_bbox, apply_filter, apply_near, apply_search, sort_order
from ._schema import Shaper, new_id, now_iso
from ._store import Store

Json = Any
Doc = dict[str, Json]


@dataclass(frozen=True)
class Resource:
    """A stored resource kind: its table, response schema and list behaviour."""

    kind: str
    schema: str
    label: str
    search: tuple[str, ...] = ()
    decimals: tuple[str, ...] = ()
    geo: bool = False
    listed: bool = True


RESOURCES: dict[str, Resource] = {}


def resource(kind: str, schema: str, label: str, **options: Any) -> Resource:
    """Register (or return) a resource kind."""
    res = RESOURCES.get(kind) or Resource(kind, schema, label, **options)
    RESOURCES[kind] = res
    return res


@dataclass
class Reply:
    """A handler result with a status other than the operation's declared success status."""

    status: int
    data: Json


Handler = Callable[["Ctx"], Json]
# Called with (ctx, event id, event type) for every emitted event, inside the transaction.
EVENT_SINKS: list[Callable[[Ctx, str, str], None]] = []
HANDLERS: dict[str, Handler] = {}


def handler(*op_ids: str) -> Callable[[Handler], Handler]:
    """Register a function as the implementation of the named operations."""

    def register(fn: Handler) -> Handler:
        for op_id in op_ids:
            HANDLERS[op_id] = fn
        return fn

    return register


@dataclass
class Ctx:
    """Everything one request's handler can see and touch."""

    store: Store
    contract: Contract
    shaper: Shaper
    op: Operation
    params: dict[str, Json]
    body: Json
    principal: str = ""
    customer_id: str | None = None
    events: list[tuple[str, Doc]] = field(default_factory=list)
    # The request asked for ``Prefer: return=minimal`` on an operation that declares it
    # (the batch creates): answer with ids, not objects.
    minimal: bool = False
    specs: dict[str, FieldSpec] = field(default_factory=dict)
    # Reads that each event of a request would repeat (the webhook endpoints, say). Nothing
    # outside the request can write while it holds the store, so an entry stays true
    # unless the request writes those rows itself; whoever does drops the entry.
    memo: dict[str, Json] = field(default_factory=dict)

    @property
    def now(self) -> str:
        """Return the current time (RFC 3339, ``Z``)."""
        return now_iso()

    def arg(self, name: str, default: Json = None) -> Json:
        """Return a coerced parameter value, or ``default``."""
        value = self.params.get(name)
        return default if value is None else value

    def field(self, name: str, default: Json = None) -> Json:
        """Return a field of the JSON body, or ``default``."""
        if isinstance(self.body, dict) and self.body.get(name) is not None:
            return self.body[name]
        return default

    def emit(self, event_type: str, obj: Doc, aggregate: str) -> None:
        """Record a domain event in the outbox (same transaction) and queue it for hooks."""
        self.emit_each(event_type, [obj], aggregate)

    def emit_each(self, event_type: str, objs: list[Doc], aggregate: str) -> None:
        """Record one event per object (a batch's creates), in one write to the outbox."""
        items = [self._outbox_item(event_type, obj, aggregate) for obj in objs]
        self.store.add("outbox", items)
        for item in items:
            for sink in EVENT_SINKS:
                sink(self, item["id"], event_type)
        self.events.extend((event_type, obj) for obj in objs)

    def _outbox_item(self, event_type: str, obj: Doc, aggregate: str) -> Doc:
        ident = str(obj.get("id", ""))
        stamp = self.now
        # new_doc's fields, then the event's, written out: a batch builds one per item.
        return {
            "id": new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "status": "pending",
            "aggregate_type": aggregate,
            "aggregate_id": ident if _is_uuid(ident) else None,
            "event_type": event_type,
            "attempts": 0,
            "available_at": stamp,
            "error_message": None,
            "_payload": obj,
        }


def _is_uuid(value: str) -> bool:
    return len(value) == 36 and value.count("-") == 4


def new_doc(ctx: Ctx, **fields: Json) -> Doc:
    """Return a fresh document with an id and timestamps, plus ``fields``."""
    stamp = ctx.now
    doc: Doc = {"id": new_id(), "created_at": stamp, "updated_at": stamp}
    doc.update(fields)
    return doc


def pick(ctx: Ctx, schema_name: str, body: Doc) -> Doc:
    """Keep only the non-null fields ``schema_name`` declares (clients cannot set ids or stamps)."""
    props = ctx.contract.resolve(ctx.contract.schemas[schema_name]).get("properties", {})
    return {k: v for k, v in body.items() if k in props and v is not None}


def fetch(ctx: Ctx, res: Resource, ident: Json) -> Doc:
    """Return the stored document or raise 404."""
    doc = ctx.store.get(res.kind, str(ident))
    if doc is None:
        raise not_found(res.label, ident)
    return doc


def fetch_ref(ctx: Ctx, res: Resource, ident: Json, field_name: str) -> Doc:
    """Return a document referenced from the body; a missing one is a 422, not a 404."""
    doc = ctx.store.get(res.kind, str(ident))
    if doc is None:
        raise ApiError(422, f"{res.label} {ident} does not exist", f"{field_name}: unknown {res.label}")
    return doc


def save(ctx: Ctx, res: Resource, doc: Doc, parent_id: str | None = None, *, touch: bool = True) -> Doc:
    """Store ``doc`` (bumping ``updated_at``) and return it."""
    if touch:
        doc["updated_at"] = ctx.now
    ctx.store.put(res.kind, doc, parent_id)
    return doc


def spec_for(ctx: Ctx, res: Resource) -> FieldSpec:
    """Return the filterable/sortable fields of a resource, from its response schema and columns."""
    spec = ctx.specs.get(res.kind)
    if spec is None:
        schema = ctx.contract.resolve(ctx.contract.schemas[res.schema])
        props = {k: ctx.contract.resolve(v) for k, v in schema.get("properties", {}).items()}
        numeric = {k for k, v in props.items() if {"integer", "number"} & set(_types(v))}
        moments = frozenset(k for k, v in props.items() if v.get("format") == "date-time")
        layout = ctx.store.layout(res.kind)
        columns = dict(RAW_COLUMNS)
        columns.update({f: numeric_column(f) for f in layout.numeric})
        if "created_at" in moments:
            columns["created_at"] = "created_us"
        spec = FieldSpec(
            frozenset(props),
            frozenset(numeric | set(res.decimals)),
            res.search,
            res.geo,
            moments,
            columns,
            "search_text" if res.search and layout.search == res.search else None,
            {k: enum for k, v in props.items() if (enum := _enum_of(ctx.contract, v))},
            frozenset(k for k, v in props.items() if "boolean" in _types(v)),
        )
        ctx.specs[res.kind] = spec
    return spec


def layouts() -> dict[str, Layout]:
    """Return the indexed-column layout of every registered resource kind (for the store)."""
    return {r.kind: Layout(numeric=r.decimals, search=r.search, lists=r.listed) for r in RESOURCES.values()}


def _enum_of(contract: Contract, schema: Doc) -> frozenset[str]:
    """The values of a field whose schema (or its one non-null alternative) has an ``enum``; else empty.

    The same reading as the SDK's query builder (``stateset._query``), which refuses other values.
    """
    options = schema.get("oneOf") or schema.get("anyOf")
    if options:
        rest = [s for s in (contract.resolve(o) for o in options) if s.get("type") != "null"]
        return _enum_of(contract, rest[0]) if len(rest) == 1 else frozenset()
    return frozenset(v for v in schema.get("enum", ()) if isinstance(v, str))


def _types(schema: Doc) -> list[str]:
    t = schema.get("type", [])
    return list(t) if isinstance(t, list) else [t]


def build_where(ctx: Ctx, res: Resource, where: Where | None = None) -> Where:
    """Apply the preview list parameters the operation declares to ``where``."""
    where = where or Where()
    spec = spec_for(ctx, res)
    if ctx.arg("filter"):
        apply_filter(spec, ctx.arg("filter"), where)
    if ctx.arg("search"):
        apply_search(spec, ctx.arg("search"), where)
    if ctx.arg("near"):
        apply_near(ctx.arg("near"), where)
    if ctx.arg("bbox"):
        apply_bbox(ctx.arg("bbox"), where)
    if ctx.arg("sort"):
        where.order = sort_order(spec, ctx.arg("sort"))
    return where


def window(ctx: Ctx) -> tuple[int, int, int]:
    """Return (page, size, offset) from whichever paging parameters the operation declares."""
    size = ctx.arg("limit") or ctx.arg("per_page") or 20
    size = max(1, min(int(size), 100))
    if ctx.op.param("offset") is not None:
        offset = min(int(ctx.arg("offset", 0)), 2**62)
        return offset // size + 1, size, offset
    page = max(1, int(ctx.arg("page", 1)))
    # SQLite OFFSET is a signed 64-bit integer; past the end is simply an empty page.
    return page, size, min((page - 1) * size, 2**62)


def list_page(ctx: Ctx, res: Resource, where: Where | None = None) -> Doc:
    """Run a list query and shape the page the way the operation's response schema wants."""
    where = build_where(ctx, res, where)
    page, size, offset = window(ctx)
    items, total = ctx.store.query(
        res.kind, where.sql, where.params, where.order, size, offset, count=True, partitions=where.partitions()
    )
    return page_body(ctx, items, total, page, size, offset)


def page_body(ctx: Ctx, items: list[Doc], total: int, page: int, size: int, offset: int) -> Doc:
    """Shape one page per the operation's declared page schema."""
    data_schema = _data_schema(ctx)
    props = data_schema.get("properties", {})
    if "products" in props:
        return {"products": items, "total": total, "limit": size, "offset": offset}
    if "per_page" in props:
        return {"items": items, "page": page, "per_page": size, "total": total}
    pages = math.ceil(total / size) if size else 0
    return {"items": items, "total": total, "page": page, "limit": size, "total_pages": pages}


def _data_schema(ctx: Ctx) -> Doc:
    schema = ctx.contract.resolve(ctx.op.success_schema or {})
    data = schema.get("properties", {}).get("data")
    return ctx.contract.resolve(data) if data else schema

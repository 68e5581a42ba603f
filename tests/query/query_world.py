"""Seeding orders with chosen fields, and a plain-Python reference of the filter semantics."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from stateset import RequestEvent, Stateset
from stateset.sandbox import Sandbox

Doc = dict[str, Any]
SEARCH_FIELDS = ("order_number", "customer_id", "notes")
DECIMALS = {"total_amount"}
DATES = {"created_at", "updated_at", "order_date"}


def iso_ms(moment: dt.datetime) -> str:
    """How the API stores moments: UTC, Z, millisecond precision."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def template_order(client: Stateset) -> Doc:
    """One real order created through the client: the shape every seeded order copies."""
    order = client.orders.create(
        customer_id=str(uuid.uuid4()),
        items=[{"product_id": str(uuid.uuid4()), "quantity": 1, "unit_price": "10.00"}],
        notes="template",
    )
    return order.to_dict()


def put_orders(sb: Sandbox, template: Doc, rows: Sequence[Doc]) -> list[Doc]:
    """Replace every order by copies of ``template`` with the fields of ``rows``.

    The API stamps ``created_at`` itself, so seeding arbitrary moments goes through the
    sandbox's store (the same documents the API would have written).
    """
    sb.reset()
    docs = []
    for n, row in enumerate(rows):
        doc = json.loads(json.dumps(template))
        doc.update(id=str(uuid.UUID(int=n + 1)), order_number=f"ORD-{2000 + n}", **row)
        sb.store.put("order", doc)
        docs.append(doc)
    return docs


def _moment(raw: Any) -> dt.datetime:
    moment = raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(raw)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _value(field: str, raw: Any) -> Any:
    """A stored value, as Python compares it."""
    if raw is None:
        return None
    if field in DECIMALS:
        return Decimal(raw)
    return _moment(raw) if field in DATES else raw


def _operand(field: str, value: Any, op: str) -> Any:
    """A user's query value, as Python compares it (independently of the builder's compilation)."""
    if field in DECIMALS:
        return Decimal(str(value))
    if field in DATES:
        moment = _moment(value)
        # Documented: equality-style operators compare at the API's millisecond precision.
        if op in ("eq", "ne", "in", "not_in"):
            moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
        return moment
    return value


def matches(doc: Doc, conditions: Sequence[tuple[str, str, Any]]) -> bool:
    """Whether ``doc`` satisfies every user-level condition ``(field, op, value)``."""
    return all(_holds(_value(f, doc.get(f)), op, f, v) for f, op, v in conditions)


def _holds(v: Any, op: str, field: str, x: Any) -> bool:
    if op == "isnull":
        return bool((v is None) == x)
    if op == "ne":
        return v is None or v != _operand(field, x, op)
    if v is None:
        return False
    if op in ("in", "not_in"):
        return (v in {_operand(field, i, op) for i in x}) == (op == "in")
    if op == "between":
        return bool(_operand(field, x[0], op) <= v <= _operand(field, x[1], op))
    if op == "contains":
        return str(x) in str(v)
    if op == "icontains":
        return x.casefold() in v.casefold()
    if op == "startswith":
        return bool(v.startswith(x))
    y = _operand(field, x, op)
    return bool({"eq": v == y, "gt": v > y, "gte": v >= y, "lt": v < y, "lte": v <= y}[op])


def searched(doc: Doc, text: str) -> bool:
    """Free-text search: a case-insensitive (``str.casefold()``) substring of any search field."""
    needle = text.casefold()
    return any(needle in str(doc.get(f) or "").casefold() for f in SEARCH_FIELDS)


class _Desc:
    """Inverts the order of a sort key (for descending keys)."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Desc) -> bool:
        return bool(other.key < self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Desc) and self.key == other.key

    __hash__ = None  # type: ignore[assignment]


def sort_docs(docs: list[Doc], keys: Sequence[str]) -> list[Doc]:
    """Sort like SQL: NULL before everything ascending, after everything descending."""

    def key(doc: Doc) -> tuple[Any, ...]:
        parts: list[Any] = []
        for k in keys:
            name = k.lstrip("-")
            v = _value(name, doc.get(name))
            part = (0, 0) if v is None else (1, v)
            parts.append(_Desc(part) if k.startswith("-") else part)
        return tuple(parts)

    return sorted(docs, key=key)


def reference(
    docs: list[Doc], conditions: Sequence[tuple[str, str, Any]], search: str | None, order: Sequence[str]
) -> list[str]:
    """The ids the API should return, in order."""
    kept = [d for d in docs if matches(d, conditions) and (not search or searched(d, search))]
    return [d["id"] for d in sort_docs(kept, order)]


class RequestCounter:
    """An ``on_request`` hook that records every request the client sends."""

    def __init__(self) -> None:
        self.events: list[RequestEvent] = []

    def __call__(self, event: RequestEvent) -> None:
        self.events.append(event)

    @property
    def count(self) -> int:
        return len(self.events)

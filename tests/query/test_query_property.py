"""Random queries over random orders: the sandbox's answers equal a plain-Python reference."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from query_world import Doc, iso_ms, put_orders, reference, template_order

from stateset import Stateset
from stateset._query import SyncQuery
from stateset.sandbox import Sandbox

STATUSES = ["pending", "confirmed", "processing", "on_hold", "shipped", "delivered", "cancelled", "refunded"]
ALPHABET = [*"abAB gG-", "gift", "Gift", "É", "é", "ß", "Ω", "ω", "日本", "🎁", "İ"]
ZONES = [dt.timezone(dt.timedelta(minutes=m)) for m in (-480, -300, 0, 330, 345, 600, 780)]
EPOCH = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
# Boundaries live mostly in amounts, text and moments: draw those fields more often.
FIELD_WEIGHTS = ["status", "version", "currency", *["total_amount", "notes", "created_at"] * 3]
SORTABLE = ["status", "total_amount", "notes", "created_at", "version", "currency", "order_number"]

texts = st.lists(st.sampled_from(ALPHABET), max_size=5).map("".join)
amounts = st.integers(0, 3000).map(lambda c: f"{c // 100}.{c % 100:02d}")
moments = st.builds(
    lambda minutes, ms, zone: (EPOCH + dt.timedelta(minutes=minutes, milliseconds=ms)).astimezone(zone),
    st.integers(0, 60 * 24 * 3),
    st.sampled_from([0, 0, 1, 999, 500]),
    st.sampled_from(ZONES),
)
rows = st.fixed_dictionaries(
    {
        "status": st.sampled_from(STATUSES),
        "total_amount": st.none() | amounts,
        "notes": st.none() | texts,
        "currency": st.sampled_from([None, "USD", "EUR", "usd"]),
        "version": st.integers(1, 4),
        "created_at": moments.map(iso_ms),
    }
)


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Sandbox, Stateset, Doc]]:
    with Sandbox() as sb, sb.client() as client:
        yield sb, client, template_order(client)


def _existing(draw: st.DrawFn, docs: list[Doc], field: str, fallback: st.SearchStrategy[Any]) -> Any:
    present = [d[field] for d in docs if d[field] is not None]
    if present and draw(st.integers(0, 3)) > 0:
        return draw(st.sampled_from(present))
    return draw(fallback)


def _moment_value(draw: st.DrawFn, docs: list[Doc], op: str) -> Any:
    stored = _existing(draw, docs, "created_at", moments.map(iso_ms))
    moment = dt.datetime.fromisoformat(stored)
    if op not in ("eq", "ne", "in", "not_in"):
        # Sub-millisecond bounds exercise the rounding that keeps range comparisons exact.
        moment += dt.timedelta(microseconds=draw(st.sampled_from([0, 1, -1, 500, -999, 1500])))
    moment = moment.astimezone(draw(st.sampled_from(ZONES)))
    form = draw(st.sampled_from(["aware", "iso", "naive"]))
    if form == "iso":
        return moment.isoformat()
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if form == "naive" else moment


def _amount_value(draw: st.DrawFn, docs: list[Doc]) -> Any:
    text = _existing(draw, docs, "total_amount", amounts)
    form = draw(st.sampled_from(["str", "decimal", "float", "int"]))
    if form == "decimal":
        return Decimal(text)
    if form == "float":
        return float(text)
    return int(Decimal(text)) if form == "int" else text


@st.composite
def conditions(draw: st.DrawFn, docs: list[Doc]) -> tuple[str, str, Any]:
    field = draw(st.sampled_from(FIELD_WEIGHTS))
    ops = {
        "status": ["eq", "ne", "in", "not_in"],
        "total_amount": ["eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "not_in", "isnull"],
        "notes": ["eq", "ne", "contains", "icontains", "startswith", "isnull", "in", "not_in", "gte", "lt"],
        "created_at": ["eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "not_in"],
        "version": ["eq", "ne", "gt", "lte", "between", "in"],
        "currency": ["eq", "ne", "isnull", "icontains"],
    }[field]
    op = draw(st.sampled_from(ops))
    if op == "isnull":
        return field, op, draw(st.booleans())

    def one() -> Any:
        if field == "status":
            return draw(st.sampled_from(STATUSES))
        if field == "total_amount":
            return _amount_value(draw, docs)
        if field == "created_at":
            return _moment_value(draw, docs, op)
        if field == "version":
            return draw(st.integers(0, 5))
        if field == "currency":
            return draw(st.sampled_from(["USD", "usd", "EUR", "E"]))
        note = _existing(draw, docs, "notes", texts)
        if op in ("contains", "icontains", "startswith") and note:
            start = draw(st.integers(0, len(note)))
            return note[start : draw(st.integers(start, len(note)))]
        return note

    if op in ("in", "not_in"):
        return field, op, [one() for _ in range(draw(st.integers(1, 3)))]
    if op == "between":
        low, high = one(), one()
        by = _as_moment if field == "created_at" else (lambda v: Decimal(str(v)))
        low, high = sorted([low, high], key=by)
        return field, op, (low, high)
    return field, op, one()


def _as_moment(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_queries_match_reference(world: tuple[Sandbox, Stateset, Doc], data: st.DataObject) -> None:
    sb, client, template = world
    docs = put_orders(sb, template, data.draw(st.lists(rows, max_size=18), label="rows"))
    conds = data.draw(st.lists(conditions(docs), max_size=3), label="conditions")
    search = data.draw(st.none() | texts | st.sampled_from(["ORD-200", "ord-2001", "GIFT"]), label="search")
    order = data.draw(st.lists(st.sampled_from(SORTABLE), max_size=3, unique=True), label="order")
    order = [data.draw(st.sampled_from(["", "-"])) + name for name in order]
    limit = data.draw(st.none() | st.integers(0, 8), label="limit")
    page_size = data.draw(st.none() | st.integers(1, 6), label="page_size")

    q = SyncQuery(client.orders.list, "list_orders")
    for field, op, value in conds:
        if op == "between" and data.draw(st.booleans()):
            q = q.between(field, *value)
        else:
            q = q.where(**{f"{field}__{op}": value})
    if search is not None:
        q = q.search(search)
    q = q.order_by(*order, "id")
    if limit is not None:
        q = q.limit(limit)
    if page_size is not None:
        q = q.page_size(page_size)

    expected = reference(docs, conds, search, [*order, "id"])
    if limit is not None:
        expected = expected[:limit]
    assert [o.id for o in q] == expected
    assert q.count() == len(expected)
    first = q.first()
    assert (first.id if first else None) == (expected[0] if expected else None)
    assert q.exists() == bool(expected)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_boundaries_match_reference(world: tuple[Sandbox, Stateset, Doc], data: st.DataObject) -> None:
    """One comparison at a time, on values taken from the data: equal values, inclusive ends, sub-ms bounds."""
    sb, client, template = world
    docs = put_orders(sb, template, data.draw(st.lists(rows, min_size=1, max_size=10), label="rows"))
    field = data.draw(st.sampled_from(["created_at", "total_amount"]), label="field")
    op = data.draw(st.sampled_from(["gt", "gte", "lt", "lte", "between", "eq"]), label="op")
    draw_one = _draw_moment if field == "created_at" else _draw_amount
    value: Any = draw_one(data, docs, op)
    if op == "between":
        by = _as_moment if field == "created_at" else (lambda v: Decimal(str(v)))
        value = tuple(sorted([value, draw_one(data, docs, op)], key=by))
    q = SyncQuery(client.orders.list, "list_orders").where(**{f"{field}__{op}": value}).order_by("id")
    expected = reference(docs, [(field, op, value)], None, ["id"])
    assert [o.id for o in q] == expected
    assert q.count() == len(expected)


def _draw_moment(data: st.DataObject, docs: list[Doc], op: str) -> Any:
    return data.draw(st.composite(lambda draw: _moment_value(draw, docs, op))())


def _draw_amount(data: st.DataObject, docs: list[Doc], op: str) -> Any:
    return data.draw(st.composite(lambda draw: _amount_value(draw, docs))())

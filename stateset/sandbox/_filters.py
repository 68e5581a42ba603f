"""Compile the preview list parameters (filter, sort, search, near, bbox) to SQL.

Everything becomes a WHERE fragment over the resource table, using the store's indexed
columns where the field has one (status, amounts, ``created_at`` as UTC microseconds, folded
search text) and ``json_extract`` on the stored document otherwise, so large tables are
filtered in SQLite, not Python. Date-time fields compare as moments, not as text, and
case-insensitive matching uses Python's ``str.casefold()`` on both sides.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._query._fields import ALLOWED
from ._columns import SEP, fold, moment_us
from ._errors import ApiError

Json = Any
_TEXT_OPS = frozenset({"contains", "icontains", "startswith"})
_LIST_OPS = frozenset({"in", "not_in", "between"})
# A decimal literal that SQLite also reads as a number when it compares it with one.
_NUMERIC = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
# SQLite binds Python ints as signed 64-bit integers.
_INT64 = 2**63
# Columns every table has that hold the field's text exactly as stored.
RAW_COLUMNS = {"id": "id", "status": "status", "customer_id": "customer_id"}


@dataclass(frozen=True)
class FieldSpec:
    """Which fields of a resource may be filtered, sorted and searched, and how to read them.

    ``columns`` maps a field to the table column that holds it in comparable form (e.g.
    ``created_at`` -> ``created_us``); ``moments`` are the date-time fields, ``enums``
    the values of the fields whose schema has an ``enum``, ``booleans`` the true/false
    fields; a ``search_column`` holds the folded ``search`` fields, else search reads
    each field.
    """

    fields: frozenset[str]
    numeric: frozenset[str] = frozenset()
    search: tuple[str, ...] = ()
    geo: bool = False
    moments: frozenset[str] = frozenset()
    columns: Mapping[str, str] = field(default_factory=lambda: dict(RAW_COLUMNS))
    search_column: str | None = None
    enums: Mapping[str, frozenset[str]] = field(default_factory=dict)
    booleans: frozenset[str] = frozenset()

    def expr(self, name: str) -> str:
        """Return the SQL expression that compares and sorts ``name`` (moments as UTC microseconds)."""
        column = self.columns.get(name)
        if column is not None:
            return column
        raw = self.text_expr(name)
        if name in self.moments:
            return f"moment_us({raw})"
        return f"CAST({raw} AS REAL)" if name in self.numeric else raw

    def text_expr(self, name: str) -> str:
        """Return the SQL expression reading ``name`` as stored, for the text operators."""
        return RAW_COLUMNS.get(name) or f"json_extract(doc, '$.{name}')"


@dataclass
class Where:
    """Accumulated WHERE clauses, their parameters and an optional ORDER BY.

    ``split`` marks one ``status IN (...)`` clause as (clause index, first parameter, values):
    the store may then take a page's top rows per status value, each an ordered walk of
    the status index, instead of sorting every match (see :meth:`partitions`).
    """

    clauses: list[str] = field(default_factory=list)
    params: list[Json] = field(default_factory=list)
    order: str = ""
    split: tuple[int, int, list[Json]] | None = None

    def add(self, clause: str, *params: Json) -> None:
        """Append one clause (ANDed with the rest)."""
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        """Return the clauses joined with AND."""
        return " AND ".join(f"({c})" for c in self.clauses)

    def partitions(self) -> list[tuple[str, list[Json]]]:
        """Return disjoint (sql, params) fragments, one per status of the split, whose union is this WHERE."""
        if self.split is None:
            return []
        index, first, values = self.split
        out = []
        for value in dict.fromkeys(values):
            clauses = [*self.clauses[:index], "status = ?", *self.clauses[index + 1 :]]
            params = [*self.params[:first], value, *self.params[first + len(values) :]]
            out.append((" AND ".join(f"({c})" for c in clauses), params))
        return out


def _bad(what: str, details: str) -> ApiError:
    return ApiError(400, f"invalid {what}", details)


def _cmp(sym: str) -> Callable[[str, Json], tuple[str, list[Json]]]:
    def build(expr: str, value: Json) -> tuple[str, list[Json]]:
        _scalar(value)
        return f"{expr} {sym} ?", [value]

    return build


def _scalar(value: Json) -> None:
    if isinstance(value, list | dict) or value is None:
        raise _bad("filter", f"expected a scalar value, got {json.dumps(value)}")


def _in(negate: bool) -> Callable[[str, Json], tuple[str, list[Json]]]:
    def build(expr: str, value: Json) -> tuple[str, list[Json]]:
        if not isinstance(value, list) or not value:
            raise _bad("filter", "'in'/'not_in' take a non-empty array")
        for v in value:
            _scalar(v)
        marks = ",".join("?" * len(value))
        return f"{expr} {'NOT IN' if negate else 'IN'} ({marks})", list(value)

    return build


def _text_op(template: str) -> Callable[[str, Json], tuple[str, list[Json]]]:
    def build(expr: str, value: Json) -> tuple[str, list[Json]]:
        if not isinstance(value, str):
            raise _bad("filter", "text operators take a string")
        return template.format(e=expr), [value] * template.count("?")

    return build


def _icontains(expr: str, value: Json) -> tuple[str, list[Json]]:
    if not isinstance(value, str):
        raise _bad("filter", "text operators take a string")
    return f"instr(casefold({expr}), ?) > 0", [fold(value)]


def _between(expr: str, value: Json) -> tuple[str, list[Json]]:
    if not isinstance(value, list) or len(value) != 2:
        raise _bad("filter", "'between' takes [low, high]")
    for v in value:
        _scalar(v)
    return f"{expr} BETWEEN ? AND ?", list(value)


def _isnull(expr: str, value: Json) -> tuple[str, list[Json]]:
    if not isinstance(value, bool):
        raise _bad("filter", "'isnull' takes true or false")
    return f"{expr} IS {'' if value else 'NOT '}NULL", []


_OPS: dict[str, Callable[[str, Json], tuple[str, list[Json]]]] = {
    "eq": _cmp("="),
    "ne": _cmp("IS NOT"),
    "gt": _cmp(">"),
    "gte": _cmp(">="),
    "lt": _cmp("<"),
    "lte": _cmp("<="),
    "in": _in(False),
    "not_in": _in(True),
    "contains": _text_op("instr({e}, ?) > 0"),
    "icontains": _icontains,
    "startswith": _text_op("substr({e}, 1, length(?)) = ?"),
    "between": _between,
    "isnull": _isnull,
}


def apply_filter(spec: FieldSpec, raw: str, where: Where) -> None:
    """Add the conditions of a ``filter`` parameter (JSON array of [field, op, value])."""
    try:
        conditions = json.loads(raw)
    except ValueError as exc:
        raise _bad("filter", f"not valid JSON: {exc}") from None
    if not isinstance(conditions, list):
        raise _bad("filter", "expected a JSON array of [field, op, value] conditions")
    for cond in conditions:
        if not (isinstance(cond, list) and len(cond) == 3 and isinstance(cond[0], str)):
            raise _bad("filter", f"each condition is [field, op, value], got {json.dumps(cond)}")
        name, op, value = cond
        if name not in spec.fields:
            raise _bad("filter", f"unknown field '{name}'; allowed: {', '.join(sorted(spec.fields))}")
        builder = _OPS.get(op) if isinstance(op, str) else None
        if builder is None:
            raise _bad("filter", f"unknown operator {json.dumps(op)}; allowed: {', '.join(_OPS)}")
        kind, allowed = _kind(spec, name)
        if op not in allowed:
            # SQLite would run it, on the stored text: `status gt "pending"` orders enum
            # values alphabetically, `contains` on an amount matches digits.
            allowed_ops = ", ".join(o for o in _OPS if o in allowed)
            raise _bad("filter", f"'{op}' does not apply to {kind} field '{name}'; allowed: {allowed_ops}")
        expr, operand = _operands(spec, name, op, value)
        clause, params = builder(expr, operand)
        if op == "in" and expr == "status" and where.split is None and all(isinstance(v, str) for v in params):
            where.split = (len(where.clauses), len(where.params), params)
        where.add(clause, *params)


#: Kinds of field as messages word them, each with the client query builder's kind
#: (`stateset.query`), whose operators it takes: the sandbox knows no uuid kind, so uuid
#: fields are text here.
_KINDS = {
    "an enum": "enum",
    "a true/false": "boolean",
    "a date-time": "datetime",
    "a numeric": "number",
    "a text": "string",
}


def _kind(spec: FieldSpec, name: str) -> tuple[str, frozenset[str]]:
    """The kind of the field ``name`` (worded for messages) and the operators it takes."""
    if name in spec.enums:
        kind = "an enum"
    elif name in spec.booleans:
        kind = "a true/false"
    elif name in spec.moments:
        kind = "a date-time"
    elif name in spec.numeric:
        kind = "a numeric"
    else:
        kind = "a text"
    return kind, ALLOWED[_KINDS[kind]]


def _operands(spec: FieldSpec, name: str, op: str, value: Json) -> tuple[str, Json]:
    """Return the expression to compare and the value in the same terms; 400 if it has the wrong type.

    A value of the wrong shape (a list for ``eq``, a scalar for ``in``) is left for the
    operator's builder to refuse.
    """
    if op in _TEXT_OPS:
        return spec.text_expr(name), value
    expr = spec.expr(name)
    if op != "isnull" and (op in _LIST_OPS) == isinstance(value, list):
        value = [_typed(spec, name, v) for v in value] if isinstance(value, list) else _typed(spec, name, value)
    if name in spec.moments:
        return expr, value
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    if numeric and name not in spec.numeric:
        expr = f"CAST({expr} AS REAL)"
    return expr, value


def _typed(spec: FieldSpec, name: str, value: Json) -> Json:
    """Check one comparison value against the field's type; return it as the SQL compares it.

    A value of another type would not fail the query: SQLite would compare it as text
    (after every number, so ``lt`` matches all rows and ``gte`` none) or fail to bind it
    (an int beyond 64 bits), so it is a 400 that says what the field takes.
    """
    if value is None or isinstance(value, list | dict):
        return value  # not a scalar: the operator's builder says so
    if name in spec.moments:
        micros = moment_us(value) if isinstance(value, str) else None  # text it cannot read stays text
        if not isinstance(micros, int):
            raise _expected(name, "an RFC 3339 date-time", value)
        return micros
    if name in spec.numeric:
        if not _is_number(value):
            raise _expected(name, "a finite number or numeric string within range", value)
        return value
    enum = spec.enums.get(name)
    if enum is not None and value not in enum:
        raise _expected(name, f"one of {', '.join(sorted(enum))}", value)
    if name in spec.booleans and not isinstance(value, bool):
        raise _expected(name, "true or false", value)
    if isinstance(value, int | float) and not isinstance(value, bool) and not _is_number(value):
        raise _expected(name, "a finite number within range", value)
    return value


def _is_number(value: Json) -> bool:
    """Whether SQLite can compare ``value`` as a number: a 64-bit int, a finite float or numeric text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -_INT64 <= value < _INT64
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str) and _NUMERIC.fullmatch(value) is not None and math.isfinite(float(value))


def _expected(name: str, what: str, value: Json) -> ApiError:
    return _bad("filter", f"{name}: expected {what}, got {json.dumps(value)}")


def sort_order(spec: FieldSpec, raw: str) -> str:
    """Translate ``sort`` (comma list, ``-`` = descending) to an ORDER BY clause."""
    keys = []
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        desc = part.startswith("-")
        name = part.lstrip("-+")
        if name not in spec.fields:
            raise _bad("sort", f"unknown sort field '{name}'; allowed: {', '.join(sorted(spec.fields))}")
        keys.append(f"{spec.expr(name)} {'DESC' if desc else 'ASC'}")
    return ", ".join([*keys, "seq"])


def apply_search(spec: FieldSpec, text: str, where: Where) -> None:
    """Add a case-insensitive (case-folded) substring match over the resource's text fields."""
    if not text or not spec.search:
        return
    needle = text.casefold()
    if spec.search_column and SEP not in needle:
        where.add(f"instr({spec.search_column}, ?) > 0", needle)
        return
    parts = [f"instr(casefold({spec.text_expr(f)}), ?) > 0" for f in spec.search]
    where.add(" OR ".join(parts), *([needle] * len(parts)))


def _floats(raw: str, n: int, what: str) -> list[float]:
    try:
        values = [float(x) for x in raw.split(",")]
    except ValueError:
        values = []
    if len(values) != n or not all(math.isfinite(v) for v in values):
        raise _bad(what, f"expected {n} comma-separated numbers, got '{raw}'")
    return values


def apply_near(raw: str, where: Where) -> None:
    """Keep rows within ``radius_km`` of ``lat,lng``; order nearest first."""
    lat, lng, radius = _floats(raw, 3, "near")
    if not (-90 <= lat <= 90 and -180 <= lng <= 180 and radius >= 0):
        raise _bad("near", "lat in [-90, 90], lng in [-180, 180], radius_km >= 0")
    # A bounding-box prefilter lets the lat index do the work before the exact distance.
    dlat = radius / 111.0
    where.add("lat BETWEEN ? AND ?", lat - dlat, lat + dlat)
    where.add("haversine_km(lat, lng, ?, ?) <= ?", lat, lng, radius)
    where.order = f"haversine_km(lat, lng, {lat!r}, {lng!r}), seq"


def apply_bbox(raw: str, where: Where) -> None:
    """Keep rows inside ``min_lat,min_lng,max_lat,max_lng``."""
    min_lat, min_lng, max_lat, max_lng = _floats(raw, 4, "bbox")
    if min_lat > max_lat or min_lng > max_lng:
        raise _bad("bbox", "min values must not exceed max values")
    where.add("lat BETWEEN ? AND ?", min_lat, max_lat)
    where.add("lng BETWEEN ? AND ?", min_lng, max_lng)

"""What a list operation lets a query touch, read from the contract, and the checks on each condition.

`QUERY_SPECS` (generated from the contract) lists each filterable operation's fields with
their types. Each field gets a *kind*, each kind a set of operators, and each value is
checked and turned into its wire form here, so a bad query fails in the builder call
that received it, long before any request.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from stateset_client.query_fields import QUERY_SPECS

from ._dates import DATE_FORMS, Clock, parse_moment, wire_moment
from ._errors import QueryError, did_you_mean

Json = Any
Condition = tuple[str, str, Json]
"""One wire condition: ``(field, operator, value)``."""

OPERATORS = (
    "eq",
    "ne",
    "gt",
    "gte",
    "lt",
    "lte",
    "in",
    "not_in",
    "contains",
    "icontains",
    "startswith",
    "between",
    "isnull",
)
_ORDERED = frozenset({"eq", "ne", "gt", "gte", "lt", "lte", "between", "in", "not_in", "isnull"})
ALLOWED: Mapping[str, frozenset[str]] = {
    "string": frozenset(OPERATORS),
    "enum": frozenset({"eq", "ne", "in", "not_in", "isnull"}),
    "uuid": frozenset({"eq", "ne", "in", "not_in", "startswith", "isnull"}),
    "datetime": _ORDERED,
    "decimal": _ORDERED,
    "integer": _ORDERED,
    "number": _ORDERED,
    "boolean": frozenset({"eq", "ne", "isnull"}),
}
"""Operators allowed per field kind."""

_DESCRIBE = {
    "string": "a string",
    "enum": "one of its enum values",
    "uuid": "a UUID (str or uuid.UUID)",
    "datetime": DATE_FORMS,
    "decimal": "a decimal (Decimal, int, float or a numeric string)",
    "integer": "an int",
    "number": "a number (int, float or Decimal)",
    "boolean": "a bool",
}
_TEXT = frozenset({"contains", "icontains", "startswith"})
# Bounds finer than the stored millisecond are rounded up for these (see wire_moment).
_ROUND_UP = frozenset({"gte", "lt"})


@dataclass(frozen=True)
class Field:
    """One filterable, sortable field of a list operation's items."""

    name: str
    kind: str
    nullable: bool
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spec:
    """What one list operation accepts: its fields and whether it searches and pages geographically."""

    operation_id: str
    resource: str
    fields: Mapping[str, Field]
    search: bool
    geo: bool

    def field(self, name: str) -> Field:
        """Return the field called ``name``, or raise a `QueryError` listing the real ones."""
        found = self.fields.get(name)
        if found is None:
            names = sorted(self.fields)
            raise QueryError(
                f"unknown field '{name}' for {self.resource}; filterable fields: {', '.join(names)}"
                + did_you_mean(name, names)
            )
        return found


def _kind(raw: Mapping[str, Any]) -> str:
    if raw.get("enum"):
        return "enum"
    if raw["type"] in ("boolean", "integer", "number"):
        return str(raw["type"])
    return {"date-time": "datetime", "decimal": "decimal", "uuid": "uuid"}.get(raw.get("format", ""), "string")


@functools.cache
def spec_for(operation_id: str) -> Spec:
    """Return the query spec of a list operation (``"list_orders"``), from the contract."""
    raw = QUERY_SPECS.get(operation_id)
    if raw is None:
        ops = sorted(QUERY_SPECS)
        raise QueryError(
            f"operation '{operation_id}' does not accept queries; these do: {', '.join(ops)}"
            + did_you_mean(operation_id, ops)
        )
    fields = {
        name: Field(name, _kind(f), bool(f.get("nullable")), tuple(f.get("enum") or ()))
        for name, f in raw["fields"].items()
    }
    params = set(raw["params"])
    return Spec(
        operation_id,
        raw["resource"],
        fields,
        bool(raw["search"]) and "search" in params,
        bool(raw["geo"]) and {"near", "bbox"} <= params,
    )


def split_keyword(key: str) -> tuple[str, str]:
    """Split a ``where`` keyword into (field, operator): ``total_amount__gte`` -> ``("total_amount", "gte")``."""
    name, sep, op = key.rpartition("__")
    if not sep:
        return key, "eq"
    if op not in OPERATORS:
        raise QueryError(
            f"unknown operator '{op}' in '{key}'; operators: {', '.join(OPERATORS)}" + did_you_mean(op, OPERATORS)
        )
    return name, op


def condition(spec: Spec, name: str, op: str, value: object, clock: Clock) -> Condition:
    """Check one condition against the contract and return it in wire form.

    ``field=None`` means ``isnull=True`` and ``field__ne=None`` means ``isnull=False``.
    """
    field = spec.field(name)
    where = f"{spec.resource}.{name}"
    if value is None and op in ("eq", "ne"):
        op, value = "isnull", op == "eq"
    if op not in ALLOWED[field.kind]:
        allowed = [o for o in OPERATORS if o in ALLOWED[field.kind] and (o != "isnull" or field.nullable)]
        raise QueryError(f"operator '{op}' does not apply to {where} ({field.kind}); allowed: {', '.join(allowed)}")
    if op == "isnull":
        if not field.nullable:
            raise QueryError(f"{where} is never null (not nullable in the contract), so 'isnull' cannot apply")
        if not isinstance(value, bool):
            raise QueryError(f"{where}__isnull takes True or False; got {value!r}")
        return name, op, value
    if op in ("in", "not_in"):
        if not isinstance(value, list | tuple | set | frozenset) or not value:
            raise QueryError(f"{where}__{op} takes a non-empty list of values; got {value!r}")
        wire = {json.dumps(w): w for w in (_scalar(field, where, v, clock, False) for v in value)}
        return name, op, [wire[k] for k in sorted(wire)]
    if op == "between":
        return name, op, _between(field, where, value, clock)
    if op in _TEXT:
        if not isinstance(value, str):
            raise QueryError(f"{where}__{op} takes a string; got {type(value).__name__} {value!r}")
        return name, op, value
    return name, op, _scalar(field, where, value, clock, op in _ROUND_UP)


def _between(field: Field, where: str, value: object, clock: Clock) -> list[Json]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise QueryError(f"{where}__between takes a (low, high) pair; got {value!r}")
    if field.kind == "datetime":
        low_at, high_at = (_moment(where, v, clock) for v in value)
        if low_at > high_at:
            raise QueryError(f"{where}__between needs low <= high; got {low_at} > {high_at}")
        return [_wire_moment(where, low_at, True), _wire_moment(where, high_at, False)]
    low, high = (_scalar(field, where, v, clock, False) for v in value)
    if _order_key(field, low) > _order_key(field, high):
        raise QueryError(f"{where}__between needs low <= high; got {low!r} > {high!r}")
    return [low, high]


def _moment(where: str, value: object, clock: Clock) -> dt.datetime:
    try:
        return parse_moment(value, clock)
    except QueryError as exc:
        raise QueryError(f"{where}: {exc}") from None


def _wire_moment(where: str, moment: dt.datetime, round_up: bool) -> str:
    try:
        return wire_moment(moment, round_up=round_up)
    except OverflowError:
        raise QueryError(f"{where}: {moment} is out of the representable date range") from None


def _order_key(field: Field, wire: Json) -> Any:
    return Decimal(wire) if field.kind == "decimal" else wire


def _scalar(field: Field, where: str, value: object, clock: Clock, round_up: bool) -> Json:
    kind = field.kind
    if kind == "datetime":
        return _wire_moment(where, _moment(where, value, clock), round_up)
    wire = _plain(kind, value)
    if wire is None:
        raise QueryError(f"{where} takes {_DESCRIBE[kind]}; got {type(value).__name__} {value!r}")
    if kind == "enum" and wire not in field.enum:
        raise QueryError(
            f"invalid value {wire!r} for {where}; allowed: {', '.join(field.enum)}" + did_you_mean(wire, field.enum)
        )
    return wire


def _plain(kind: str, value: object) -> Json:
    """The wire form of a non-date value, or None when the value has the wrong type."""
    if isinstance(value, bool):
        return value if kind == "boolean" else None
    if kind in ("string", "enum"):
        return value if isinstance(value, str) else None
    if kind == "uuid":
        return _uuid(value)
    if kind == "integer":
        return value if isinstance(value, int) else None
    if kind in ("decimal", "number"):
        amount = _decimal(value) if kind == "decimal" or not isinstance(value, str) else None
        if amount is None:
            return None
        # Money travels as a decimal string, exactly as given; plain numbers as JSON numbers.
        return format(amount, "f") if kind == "decimal" else (value if isinstance(value, int) else float(amount))
    return None


def _uuid(value: object) -> str | None:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            return None
    return None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, Decimal | str):
        try:
            amount = Decimal(value.strip() if isinstance(value, str) else value)
        except InvalidOperation:
            return None
        return amount if amount.is_finite() else None
    return None


def sort_key(spec: Spec, key: object) -> str:
    """Check one ``order_by`` key (``"total_amount"``, ``"-created_at"``) and return it canonically."""
    if not isinstance(key, str):
        raise QueryError(f"order_by takes field names such as '-created_at'; got {key!r}")
    text = key.strip()
    desc = text.startswith("-")
    name = text.lstrip("+-")
    spec.field(name)
    return f"-{name}" if desc else name


def check_coordinates(lat: object, lng: object) -> tuple[float, float]:
    """Return (lat, lng) as floats, or raise if either is not a finite number in range."""
    la, ln = _real("lat", lat), _real("lng", lng)
    if not -90 <= la <= 90:
        raise QueryError(f"lat must be within [-90, 90]; got {la}")
    if not -180 <= ln <= 180:
        raise QueryError(f"lng must be within [-180, 180]; got {ln}")
    return la, ln


def _real(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise QueryError(f"{name} must be a number; got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise QueryError(f"{name} must be finite; got {value!r}")
    return number


def check_radius(radius_km: object) -> float:
    """Return the radius as a float, or raise if it is not a finite number >= 0."""
    radius = _real("radius_km", radius_km)
    if radius < 0:
        raise QueryError(f"radius_km must be >= 0; got {radius}")
    return radius

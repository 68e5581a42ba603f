"""Schema helpers: shape outgoing objects to the declared schema, and coerce query params."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from ._contract import Contract

Json = Any
_NIL_UUID = "00000000-0000-0000-0000-000000000000"


# Seeding pins the clock and the id source so that seed data is identical on every run.
_CLOCK: ContextVar[list[dt.datetime] | None] = ContextVar("sandbox_clock", default=None)
_IDS: ContextVar[random.Random | None] = ContextVar("sandbox_ids", default=None)


def utcnow() -> dt.datetime:
    """Return the current UTC time (the pinned clock while seeding)."""
    pinned = _CLOCK.get()
    if pinned is None:
        return dt.datetime.now(dt.UTC)
    pinned[0] += dt.timedelta(seconds=1)
    return pinned[0]


def iso(moment: dt.datetime) -> str:
    """Format a datetime as RFC 3339 UTC with a ``Z`` suffix."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    """Return the current UTC time as RFC 3339 with a ``Z`` suffix (millisecond precision)."""
    return iso(utcnow())


@contextlib.contextmanager
def deterministic(seed: int, start: dt.datetime) -> Iterator[None]:
    """Within the block, ids come from a seeded RNG and the clock ticks from ``start``."""
    t1, t2 = _CLOCK.set([start]), _IDS.set(random.Random(seed))
    try:
        yield
    finally:
        _CLOCK.reset(t1)
        _IDS.reset(t2)


def decimal_str(value: Json) -> str:
    """Render a number as the API's decimal string (two places for money-like values)."""
    if isinstance(value, str):
        return value
    d = Decimal(str(value))
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        return str(d.quantize(Decimal("0.01")))
    return str(d)


def _types(schema: dict[str, Json]) -> list[str]:
    t = schema.get("type")
    if t is None:
        return []
    return list(t) if isinstance(t, list) else [t]


class Shaper:
    """Makes objects conform to a schema: drops internals, fills required fields, fixes types.

    Handlers build documents by hand; this is the safety net that guarantees every
    response validates even when a stored document predates a field or holds a number
    where the contract wants a decimal string.
    """

    def __init__(self, contract: Contract) -> None:
        self.contract = contract

    def conform(self, schema: dict[str, Json], value: Json) -> Json:
        """Return ``value`` reshaped to validate against ``schema``."""
        schema = self.contract.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choice(schema[key], value)
        if "allOf" in schema:
            for sub in schema["allOf"]:
                value = self.conform(sub, value)
            return value
        types = _types(schema)
        if (value is None or value is _MISSING) and ("null" in types or not types):
            return None
        main = next((t for t in types if t != "null"), None)
        if main is None:
            return value
        return getattr(self, "_" + main)(schema, value)

    def synth(self, schema: dict[str, Json]) -> Json:
        """Return a minimal valid value for a required field the document lacks."""
        return self.conform(schema, _MISSING)

    def _choice(self, options: list[dict[str, Json]], value: Json) -> Json:
        resolved = [self.contract.resolve(o) for o in options]
        if (value is None or value is _MISSING) and any("null" in _types(o) for o in resolved):
            return None
        branch = next((o for o in resolved if "null" not in _types(o) or len(_types(o)) > 1), resolved[0])
        return self.conform(branch, value)

    def _object(self, schema: dict[str, Json], value: Json) -> Json:
        src = value if isinstance(value, dict) else {}
        props: dict[str, Json] = schema.get("properties", {})
        closed = schema.get("additionalProperties") is False
        out: dict[str, Json] = {}
        for k, v in src.items():
            if k.startswith("_"):
                continue
            if k in props:
                out[k] = self.conform(props[k], v)
            elif not closed:
                out[k] = v
        for k in schema.get("required", ()):
            if k not in out:
                out[k] = self.synth(props.get(k, {}))
        return out

    def _array(self, schema: dict[str, Json], value: Json) -> Json:
        items = schema.get("items", {})
        src = value if isinstance(value, list) else []
        out = [self.conform(items, v) for v in src]
        while len(out) < schema.get("minItems", 0):
            out.append(self.synth(items))
        return out

    def _string(self, schema: dict[str, Json], value: Json) -> Json:
        enum = schema.get("enum")
        if isinstance(value, bool) or value is _MISSING or value is None or isinstance(value, dict | list):
            value = _default_string(schema)
        elif isinstance(value, int | float | Decimal):
            value = decimal_str(value)
        if enum and value not in enum:
            return enum[0]
        return value

    def _integer(self, schema: dict[str, Json], value: Json) -> Json:
        try:
            out = int(value)
        except (TypeError, ValueError, OverflowError):
            out = 0
        return max(out, int(schema.get("minimum", out)))

    def _number(self, schema: dict[str, Json], value: Json) -> Json:
        try:
            return float(value)
        except (TypeError, ValueError):
            return 0.0

    def _boolean(self, schema: dict[str, Json], value: Json) -> Json:
        return bool(value) if value is not _MISSING else False


class _Missing:
    def __bool__(self) -> bool:
        return False


_MISSING: Json = _Missing()


def _default_string(schema: dict[str, Json]) -> str:
    if schema.get("enum"):
        return str(schema["enum"][0])
    fmt = schema.get("format")
    if fmt == "date-time":
        return now_iso()
    if fmt == "uuid":
        return _NIL_UUID
    if fmt == "email":
        return "user@example.com"
    if fmt == "uri":
        return "https://example.com/"
    if fmt == "date":
        return now_iso()[:10]
    return "x" * int(schema.get("minLength", 0))


def new_id() -> str:
    """Return a fresh UUID4 string (seeded while seeding)."""
    rng = _IDS.get()
    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

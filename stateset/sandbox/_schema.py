"""Schema helpers: shape outgoing objects to the declared schema, and coerce query params."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
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
    global _last_now
    if _CLOCK.get() is not None:
        return iso(utcnow())
    ms = time.time_ns() // 1_000_000
    last = _last_now
    if last[0] == ms:  # a batch stamps many documents within the same millisecond
        return last[1]
    text = iso(dt.datetime.fromtimestamp(ms // 1000, dt.UTC).replace(microsecond=ms % 1000 * 1000))
    _last_now = (ms, text)
    return text


_last_now = (-1, "")  # (Unix milliseconds, formatted): replaced whole, so threads read a consistent pair


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


Shape = Callable[[Json], Json]


class Shaper:
    """Makes objects conform to a schema: drops internals, fills required fields, fixes types.

    Handlers build documents by hand; this is the safety net that guarantees every
    response validates even when a stored document predates a field or holds a number
    where the contract wants a decimal string.

    Each schema is compiled once into nested closures (:meth:`shape_for`), so shaping a
    value walks the value, not the schema: ``$ref``, ``oneOf`` branches, types, property
    tables and required lists are all looked up at compile time.
    """

    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        # Keyed by id(); the schema is kept alive next to its shape so the id stays unique.
        self._shapes: dict[int, tuple[dict[str, Json], Shape]] = {}
        # Shapes that return a value of exactly this class unchanged (str for a string
        # without an enum, int for an integer without a minimum, ...).
        self._verbatim: dict[Shape, type] = {}
        # Shapes that return None for None.
        self._keeps_none: set[Shape] = set()
        self._compiling = threading.RLock()
        self._staging: dict[int, tuple[dict[str, Json], Shape]] | None = None

    def conform(self, schema: dict[str, Json], value: Json) -> Json:
        """Return ``value`` reshaped to validate against ``schema``."""
        return self.shape_for(schema)(value)

    def synth(self, schema: dict[str, Json]) -> Json:
        """Return a minimal valid value for a required field the document lacks."""
        return self.conform(schema, _MISSING)

    def shape_for(self, schema: dict[str, Json]) -> Shape:
        """Return the compiled shaping function for ``schema`` (built on first use)."""
        target = self.contract.resolve(schema)
        found = self._shapes.get(id(target))
        if found is not None:
            return found[1]
        with self._compiling:
            if self._staging is not None:  # a part of the compilation in progress
                return self._compile_once(target)
            staging: dict[int, tuple[dict[str, Json], Shape]] = {}
            self._staging = staging
            try:
                shape = self._compile_once(target)
                self._shapes.update(staging)  # publish every shape of this compilation at once
            finally:
                self._staging = None
            return shape

    def _compile_once(self, target: dict[str, Json]) -> Shape:
        key = id(target)
        staging = self._staging
        assert staging is not None
        found = self._shapes.get(key) or staging.get(key)
        if found is not None:
            return found[1]
        # A recursive schema reaches itself while compiling: it gets a stand-in that looks
        # the finished shape up when called (only after the compilation is published).
        staging[key] = (target, lambda value: self._shapes[key][1](value))
        staging[key] = (target, self._compile(target))
        return staging[key][1]

    def _compile(self, schema: dict[str, Json]) -> Shape:
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._choice(schema[key])
        if "allOf" in schema:
            return _chain([self.shape_for(sub) for sub in schema["allOf"]])
        types = _types(schema)
        main = next((t for t in types if t != "null"), None)
        nullable = "null" in types or not types
        if main == "string":  # the most common field: one closure, not two
            return self._string(schema, nullable=nullable)
        typed: Shape = (lambda value: value) if main is None else getattr(self, "_" + main)(schema)
        return self._or_none(typed) if nullable else typed

    def _choice(self, options: list[dict[str, Json]]) -> Shape:
        resolved = [self.contract.resolve(o) for o in options]
        branch = next((o for o in resolved if "null" not in _types(o) or len(_types(o)) > 1), resolved[0])
        shape = self.shape_for(branch)
        if any("null" in _types(o) for o in resolved):
            return self._or_none(shape)
        return shape

    def _object(self, schema: dict[str, Json]) -> Shape:
        props: dict[str, Json] = schema.get("properties", {})
        closed = schema.get("additionalProperties") is False
        shapes = {k: self.shape_for(sub) for k, sub in props.items()}
        required = [(k, shapes.get(k) or self.shape_for(_ANY)) for k in schema.get("required", ())]
        required_keys = frozenset(k for k, _ in required)
        # Per field not starting with "_": the class of value copied as is rather than shaped
        # (None if there is none), the shape, and whether the shape keeps None as it is.
        fields = {
            k: (self._verbatim.get(f), f, f in self._keeps_none) for k, f in shapes.items() if not k.startswith("_")
        }

        def shape(value: Json) -> Json:
            out: dict[str, Json] = {}
            for k, v in (value if isinstance(value, dict) else {}).items():
                field = fields.get(k)
                if field is None:
                    if not closed and not k.startswith("_"):
                        out[k] = v
                elif v.__class__ is field[0] or (v is None and field[2]):
                    out[k] = v
                else:
                    out[k] = field[1](v)
            if not out.keys() >= required_keys:
                for k, fill in required:
                    if k not in out:
                        out[k] = fill(_MISSING)
            return out

        return shape

    def _or_none(self, shape: Shape) -> Shape:
        """`_or_none` (the function), recorded as a shape that lets None through."""
        nullable = _or_none(shape)
        self._keeps_none.add(nullable)
        return nullable

    def _array(self, schema: dict[str, Json]) -> Shape:
        each = self.shape_for(schema.get("items", _ANY))
        min_items = schema.get("minItems", 0)

        def shape(value: Json) -> Json:
            out = [each(v) for v in (value if isinstance(value, list) else [])]
            while len(out) < min_items:
                out.append(each(_MISSING))
            return out

        return shape

    def _string(self, schema: dict[str, Json], *, nullable: bool = False) -> Shape:
        enum = schema.get("enum")

        def shape(value: Json) -> Json:
            if isinstance(value, str):
                return value if not enum or value in enum else enum[0]
            if nullable and (value is None or value is _MISSING):
                return None
            if isinstance(value, bool) or value is _MISSING or value is None or isinstance(value, dict | list):
                value = _default_string(schema)
            elif isinstance(value, int | float | Decimal):
                value = decimal_str(value)
            if enum and value not in enum:
                return enum[0]
            return value

        if not enum:
            self._verbatim[shape] = str
        if nullable:
            self._keeps_none.add(shape)
        return shape

    def _integer(self, schema: dict[str, Json]) -> Shape:
        floor = int(schema["minimum"]) if "minimum" in schema else None

        def shape(value: Json) -> Json:
            try:
                out = int(value)
            except (TypeError, ValueError, OverflowError):
                out = 0
            return out if floor is None else max(out, floor)

        if floor is None:
            self._verbatim[shape] = int
        return shape

    def _number(self, schema: dict[str, Json]) -> Shape:
        def shape(value: Json) -> Json:
            try:
                return float(value)
            except (TypeError, ValueError):
                return 0.0

        self._verbatim[shape] = float
        return shape

    def _boolean(self, schema: dict[str, Json]) -> Shape:
        def shape(value: Json) -> Json:
            return bool(value) if value is not _MISSING else False

        self._verbatim[shape] = bool
        return shape


def _or_none(shape: Shape) -> Shape:
    """Map absent and null values to None, and shape the rest."""
    return lambda value: None if value is None or value is _MISSING else shape(value)


def _chain(shapes: list[Shape]) -> Shape:
    def shape(value: Json) -> Json:
        for part in shapes:
            value = part(value)
        return value

    return shape


class _Missing:
    def __bool__(self) -> bool:
        return False


_MISSING: Json = _Missing()
_ANY: dict[str, Json] = {}  # the schema of an undeclared field: anything goes


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
        # What str(uuid.uuid4()) returns, formatted without building a UUID object (a batch
        # item takes three ids): version nibble 4, variant bits 10, 122 random bits.
        h = os.urandom(16).hex()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_VARIANT = "89ab"

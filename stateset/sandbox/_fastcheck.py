"""A compiled fast path for request validation, with jsonschema as the authority.

Walking a schema with ``jsonschema`` costs ~150 µs for an order, most of it in the
generic machinery (descending, evolving validators, resolving ``$ref`` through the
registry) rather than in the checks themselves. :func:`compile_check` turns a schema
into nested closures once; running them costs a few microseconds.

The closures cover only the keywords the contract uses, with jsonschema's own semantics
(its type rules, and its :class:`~jsonschema.FormatChecker` for ``format``). A schema
that reaches any other keyword does not compile (``None``), and a value the closures
cannot decide exactly (an ``enum`` holding a non-string, say) raises :class:`Unsure`.
Callers treat only a ``True`` answer as final: anything else goes to jsonschema, which
also writes the error message, so what is rejected, and how, never changes.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any

from jsonschema import FormatChecker

Json = Any
Check = Callable[[Json], bool]
Resolve = Callable[[str], dict[str, Json]]

# Keywords that never affect validity (annotations, OpenAPI and vendor extensions).
_IGNORED = frozenset({"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly"})
_IGNORED |= {"$comment", "discriminator", "externalDocs", "xml", "nullable"}
_HANDLED = frozenset(
    {"$ref", "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems"}
    | {"minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
    | {"enum", "format", "oneOf", "anyOf", "allOf"}
)


class Unsure(Exception):
    """The compiled check cannot decide this value exactly; ask jsonschema."""


def _is_number(v: Json) -> bool:
    return not isinstance(v, bool) and isinstance(v, numbers.Number)


def _is_integer(v: Json) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


# Draft 2020-12 type rules, as jsonschema's TYPE_CHECKER applies them.
_TYPES: dict[str, Check] = {
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "integer": _is_integer,
    "null": lambda v: v is None,
    "number": _is_number,
    "object": lambda v: isinstance(v, dict),
    "string": lambda v: isinstance(v, str),
}


def compile_check(schema: Json, resolve: Resolve, formats: FormatChecker) -> Check | None:
    """Return an exact validity check for ``schema``, or None if it uses other keywords.

    ``resolve`` maps a local ``$ref`` (``#/components/...``) to its schema. The check
    returns whether the value is valid, or raises :class:`Unsure`.
    """
    compiler = _Compiler(resolve, formats)
    if not compiler.supported(schema, set()):
        return None
    return compiler.compile(schema)


class _Compiler:
    def __init__(self, resolve: Resolve, formats: FormatChecker) -> None:
        self.resolve = resolve
        self.formats = formats
        self.refs: dict[str, Check] = {}

    def supported(self, schema: Json, seen: set[str]) -> bool:
        """Whether every schema reachable from ``schema`` uses only handled keywords."""
        if isinstance(schema, bool):
            return True
        if not isinstance(schema, dict):
            return False
        for key, sub in schema.items():
            if key in _IGNORED or key.startswith("x-"):
                continue
            if key not in _HANDLED:
                return False
            if key == "type" and not set(sub if isinstance(sub, list) else [sub]) <= set(_TYPES):
                return False
            if key == "$ref":
                if not isinstance(sub, str) or not sub.startswith("#/"):
                    return False
                if sub not in seen:
                    seen.add(sub)
                    if not self.supported(self.resolve(sub), seen):
                        return False
            elif key == "properties":
                if not all(self.supported(s, seen) for s in sub.values()):
                    return False
            elif key in ("oneOf", "anyOf", "allOf"):
                if not all(self.supported(s, seen) for s in sub):
                    return False
            elif key in ("items", "additionalProperties") and not self.supported(sub, seen):
                return False
        return True

    def compile(self, schema: Json) -> Check:
        """Return the check for a supported schema (a conjunction of its keywords)."""
        if schema is True or schema == {}:
            return lambda v: True
        if schema is False:
            return lambda v: False
        checks = [c for key, arg in schema.items() if (c := self._keyword(key, arg, schema)) is not None]
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(c(v) for c in checks)

    def _ref(self, ref: str) -> Check:
        # Compiled lazily on first use, so that recursive schemas terminate.
        def check(v: Json) -> bool:
            found = self.refs.get(ref)
            if found is None:
                found = self.refs[ref] = self.compile(self.resolve(ref))
            return found(v)

        return check

    def _keyword(self, key: str, arg: Json, schema: dict[str, Json]) -> Check | None:
        if key == "$ref":
            return self._ref(arg)
        if key == "type":
            tests = [_TYPES[t] for t in (arg if isinstance(arg, list) else [arg])]
            return lambda v: any(t(v) for t in tests)
        if key in ("properties", "required", "additionalProperties"):
            return self._object_keyword(key, arg, schema)
        if key in ("items", "minItems", "maxItems"):
            return self._array_keyword(key, arg)
        if key in ("minLength", "maxLength"):
            return _bound(lambda v: isinstance(v, str), len, key == "minLength", arg, strict=False)
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            low = key in ("minimum", "exclusiveMinimum")
            return _bound(_is_number, lambda v: v, low, arg, strict=key.startswith("exclusive"))
        if key == "enum":
            return _enum(arg)
        if key == "format":
            formats = self.formats
            return lambda v: formats.conforms(v, arg)
        if key in ("oneOf", "anyOf", "allOf"):
            return _combine(key, [self.compile(s) for s in arg])
        return None  # an ignored (annotation) keyword

    def _object_keyword(self, key: str, arg: Json, schema: dict[str, Json]) -> Check:
        if key == "required":
            names = tuple(arg)
            return lambda v: not isinstance(v, dict) or all(n in v for n in names)
        if key == "properties":
            props = {name: self.compile(sub) for name, sub in arg.items()}
            return lambda v: not isinstance(v, dict) or all(props[k](x) for k, x in v.items() if k in props)
        declared = frozenset(schema.get("properties", {}))
        extra = self.compile(arg)
        return lambda v: not isinstance(v, dict) or all(extra(x) for k, x in v.items() if k not in declared)

    def _array_keyword(self, key: str, arg: Json) -> Check:
        if key == "items":
            each = self.compile(arg)
            return lambda v: not isinstance(v, list) or all(each(x) for x in v)
        return _bound(lambda v: isinstance(v, list), len, key == "minItems", arg, strict=False)


def _bound(applies: Check, measure: Callable[[Json], Json], low: bool, limit: Json, *, strict: bool) -> Check:
    """A minimum/maximum style keyword: it constrains only the values it ``applies`` to.

    Written as jsonschema writes it (``not v < limit`` rather than ``v >= limit``), so
    that NaN passes exactly when jsonschema lets it pass.
    """
    if low and strict:
        return lambda v: not applies(v) or not measure(v) <= limit
    if low:
        return lambda v: not applies(v) or not measure(v) < limit
    if strict:
        return lambda v: not applies(v) or not measure(v) >= limit
    return lambda v: not applies(v) or not measure(v) > limit


def _enum(members: list[Json]) -> Check:
    # jsonschema compares with its own equality (1 != True, 1 == 1.0, deep for containers);
    # for a string or None it reduces to ==/is, so only those are decided here.
    strings = frozenset(m for m in members if isinstance(m, str))
    has_null = any(m is None for m in members)

    def check(v: Json) -> bool:
        if isinstance(v, str):
            return v in strings
        if v is None:
            return has_null
        raise Unsure

    return check


def _combine(key: str, checks: list[Check]) -> Check:
    if key == "allOf":
        return lambda v: all(c(v) for c in checks)
    if key == "anyOf":
        return lambda v: any(c(v) for c in checks)
    return lambda v: sum(1 for c in checks if c(v)) == 1

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
        """Return the check for a supported schema: the conjunction of its keywords."""
        if schema is True:
            return _yes
        if schema is False:
            return _no
        checks = [self._object(schema)] if _OBJECT_KEYWORDS & schema.keys() else []
        for key, arg in schema.items():
            check = self._keyword(key, arg)
            if check is not None:
                checks.append(check)
        return _all(checks)

    def _ref(self, ref: str) -> Check:
        found = self.refs.get(ref)
        if found is None:
            # A recursive schema reaches itself while compiling: it gets a stand-in that
            # looks the finished check up when called.
            self.refs[ref] = lambda v: self.refs[ref](v)
            found = self.refs[ref] = self.compile(self.resolve(ref))
        return found

    def _keyword(self, key: str, arg: Json) -> Check | None:
        if key == "$ref":
            return self._ref(arg)
        if key == "type":
            return _type(arg if isinstance(arg, list) else [arg])
        if key == "items":
            each = self.compile(arg)
            return lambda v: not isinstance(v, list) or all(map(each, v))
        if key in ("minItems", "maxItems"):
            return _bound(lambda v: isinstance(v, list), len, key == "minItems", arg, strict=False)
        if key in ("minLength", "maxLength"):
            return _bound(lambda v: isinstance(v, str), len, key == "minLength", arg, strict=False)
        if key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            low = key in ("minimum", "exclusiveMinimum")
            return _bound(_is_number, lambda v: v, low, arg, strict=key.startswith("exclusive"))
        if key == "enum":
            return _enum(arg)
        if key == "format" and arg in self.formats.checkers:  # unknown formats are not checked
            func, raises = self.formats.checkers[arg]
            if not raises:  # then conforms() is the function's truth, without its overhead
                return func
            formats = self.formats
            return lambda v: formats.conforms(v, arg)
        if key in ("oneOf", "anyOf", "allOf"):
            return _combine(key, [self.compile(s) for s in arg])
        return None  # an annotation, an unchecked format, or an object keyword (see _object)

    def _object(self, schema: dict[str, Json]) -> Check:
        """``properties``, ``required`` and ``additionalProperties`` in one pass over the keys."""
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        names = tuple(schema.get("required", ()))
        extra = self.compile(schema["additionalProperties"]) if "additionalProperties" in schema else _yes

        def check(v: Json) -> bool:
            if not isinstance(v, dict):
                return True
            for name in names:
                if name not in v:
                    return False
            for k, x in v.items():
                prop = props.get(k)
                if not (extra(x) if prop is None else prop(x)):
                    return False
            return True

        return check


_OBJECT_KEYWORDS = frozenset({"properties", "required", "additionalProperties"})
_CLASSES: dict[str, type | tuple[type, ...]] = {
    "array": list,
    "boolean": bool,
    "null": type(None),
    "object": dict,
    "string": str,
}


def _yes(v: Json) -> bool:
    return True


def _no(v: Json) -> bool:
    return False


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _yes
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    return lambda v: all(c(v) for c in checks)


def _type(names: list[str]) -> Check:
    classes = tuple(_CLASSES[n] for n in names if n in _CLASSES)
    numeric = [_TYPES[n] for n in names if n not in _CLASSES]
    if not numeric:
        return lambda v: isinstance(v, classes)
    if not classes and len(numeric) == 1:
        return numeric[0]
    return lambda v: isinstance(v, classes) or any(t(v) for t in numeric)


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

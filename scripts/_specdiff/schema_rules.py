"""Pure schema rules: each compares one base view with one revision view.

A rule yields ``(suffix, detail, level)`` triples; the walker turns the suffix into a rule
id by prefixing the location (``request-parameter``, ``response-property``, ...) and the
detail into a message.  ``level`` is ``None`` unless the catalogue default is overridden.

Direction matters: a *request* schema may only widen (the server must keep accepting what
clients send), a *response* schema may only narrow (clients must keep understanding it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from .registry import Level
from .schema_view import SchemaView, widen

Direction = Literal["request", "response"]
Hit = tuple[str, str, Level | None]

# Format pairs where the second admits every value of the first.
_WIDER_FORMATS = frozenset({("int32", "int64"), ("float", "double")})
# (bound keyword, rule suffix, is an upper bound)
_BOUND_RULES: tuple[tuple[str, str, bool], ...] = (
    ("maxLength", "max-length-decreased", True),
    ("minLength", "min-length-increased", False),
    ("maximum", "max-decreased", True),
    ("minimum", "min-increased", False),
    ("maxItems", "max-items-decreased", True),
    ("minItems", "min-items-increased", False),
)


def describe_types(types: frozenset[str] | None, fmt: str | None = None) -> str:
    """Human form of a type set, e.g. ``'integer|string'`` or ``'string/uuid'``."""
    text = "|".join(sorted(types)) if types is not None else "any"
    return f"{text}/{fmt}" if fmt else text


def types_break(base: SchemaView, rev: SchemaView, direction: Direction) -> bool:
    """True when the revision's JSON types are incompatible with the base's."""
    old, new = (base.types, rev.types) if direction == "request" else (rev.types, base.types)
    # For requests the revision must accept every base type; for responses the reverse.
    if new is None:
        return False
    return old is None or not old <= widen(new)


def format_breaks(base: SchemaView, rev: SchemaView, direction: Direction) -> bool:
    """True when a ``format`` change narrows a request or widens a response."""
    if base.format == rev.format:
        return False
    if direction == "request":
        return rev.format is not None and (base.format, rev.format) not in _WIDER_FORMATS
    return base.format is not None and (rev.format, base.format) not in _WIDER_FORMATS


def type_rule(base: SchemaView, rev: SchemaView, direction: Direction) -> Iterator[Hit]:
    """``*-type-changed``: incompatible type or format."""
    if types_break(base, rev, direction) or format_breaks(base, rev, direction):
        old = describe_types(base.types, base.format)
        new = describe_types(rev.types, rev.format)
        yield "type-changed", f"type changed from '{old}' to '{new}'", None


def nullable_rule(base: SchemaView, rev: SchemaView, direction: Direction) -> Iterator[Hit]:
    """``*-became-nullable`` / ``*-became-not-nullable``."""
    if base.nullable == rev.nullable:
        return
    suffix = "became-nullable" if rev.nullable else "became-not-nullable"
    yield suffix, "became nullable" if rev.nullable else "is no longer nullable", None


def enum_rule(base: SchemaView, rev: SchemaView, direction: Direction) -> Iterator[Hit]:
    """``*-enum-value-removed`` / ``*-enum-value-added`` (closed SDK enums)."""
    if base.enum == rev.enum:
        return
    level = Level.INFO if direction == "response" and base.extensible_enum else None
    if base.enum is None:
        if direction == "request":  # a free value is now restricted: values were "removed"
            values = ", ".join(rev.enum or ())
            yield "enum-value-removed", f"is now restricted to enum [{values}]", None
        return
    if rev.enum is None:
        if direction == "response":  # any value may now come back
            yield "enum-value-added", "is no longer restricted to an enum", level
        return
    for value in base.enum:
        if value not in rev.enum:
            yield "enum-value-removed", f"enum value {value} was removed", None
    for value in rev.enum:
        if value not in base.enum:
            yield "enum-value-added", f"enum value {value} was added", level


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def bound_rules(base: SchemaView, rev: SchemaView) -> Iterator[Hit]:
    """Request-only tightening of length, range and size bounds."""
    for key, suffix, upper in _BOUND_RULES:
        old, new = base.bounds.get(key), rev.bounds.get(key)
        if new is None or old == new:
            continue
        if old is None or (new < old if upper else new > old):
            shown = "unset" if old is None else _number(old)
            yield suffix, f"{key} changed from {shown} to {_number(new)}", None


def pattern_rule(base: SchemaView, rev: SchemaView) -> Iterator[Hit]:
    """Request-only: a new or different ``pattern`` may reject values that used to pass."""
    if rev.pattern is not None and rev.pattern != base.pattern:
        old = "unset" if base.pattern is None else repr(base.pattern)
        yield "pattern-changed", f"pattern changed from {old} to {rev.pattern!r}", None


def node_rules(base: SchemaView, rev: SchemaView, direction: Direction) -> Iterator[Hit]:
    """All rules that look at one node (not its children)."""
    yield from nullable_rule(base, rev, direction)
    if base.variants is not None or rev.variants is not None:
        return  # a union's type lives in its branches; the walker compares those
    yield from type_rule(base, rev, direction)
    yield from enum_rule(base, rev, direction)
    if direction == "request":
        yield from bound_rules(base, rev)
        yield from pattern_rule(base, rev)


def property_rule(
    direction: Direction, in_base: bool, in_rev: bool, was_required: bool, is_required: bool
) -> tuple[str, str] | None:
    """Presence/required-ness of one property; returns ``(rule id, detail)`` or None."""
    if in_base and in_rev:
        if was_required == is_required:
            return None
        change = "required" if is_required else "optional"
        return f"{direction}-property-became-{change}", f"became {change}"
    if in_rev:
        kind = "required" if is_required else "optional"
        if direction == "request":
            return f"new-{kind}-request-property", f"was added as {kind}"
        return f"response-{kind}-property-added", f"was added as {kind}"
    if direction == "request":
        return "request-property-removed", "was removed"
    kind = "required" if was_required else "optional"
    return f"response-{kind}-property-removed", f"({kind}) was removed"

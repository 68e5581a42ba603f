"""Schema normalization: one flat :class:`SchemaView` per schema node.

The view erases spelling differences that do not change meaning, so the rules can compare
like with like:

* ``$ref`` is followed (annotation-only siblings such as ``description`` are ignored);
* ``allOf`` members are merged (properties and ``required`` united, bounds tightened);
* nullability has one representation -- ``nullable: true`` (3.0), ``type: [X, "null"]``
  (3.1), a ``null`` enum value and a ``oneOf``/``anyOf`` ``{type: null}`` branch all set
  :attr:`SchemaView.nullable`; a ``oneOf`` left with one non-null branch is that branch.

Properties, items and variants stay raw: the walker views them lazily, which is what keeps
recursive schemas finite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from .resolver import OPAQUE, Resolver, as_dict, as_list

# Keys that never change the wire contract; a $ref with only these siblings is the target.
ANNOTATIONS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "default",
        "deprecated",
        "externalDocs",
        "xml",
        "$comment",
        "readOnly",
        "writeOnly",
    }
)
BOUND_KEYS = ("maxLength", "minLength", "maximum", "minimum", "maxItems", "minItems")
_UPPER_BOUNDS = frozenset({"maxLength", "maximum", "maxItems"})


@dataclass(frozen=True)
class SchemaView:
    """The comparable facts about one schema node."""

    ref: str | None = None
    opaque: bool = False
    types: frozenset[str] | None = None  # None: unconstrained; "null" is kept in `nullable`
    nullable: bool = False
    format: str | None = None
    enum: tuple[str, ...] | None = None  # canonical JSON of each value, null removed
    extensible_enum: bool = False
    bounds: dict[str, float] = field(default_factory=dict)
    pattern: str | None = None
    properties: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: tuple[Any, ...] = ()
    additional: tuple[Any, ...] = ()
    variants: tuple[Any, ...] | None = None  # >= 2 non-null oneOf/anyOf branches
    read_only: bool = False
    write_only: bool = False


OPAQUE_VIEW = SchemaView(opaque=True)


def canonical(value: Any) -> str:
    """Stable text form of an enum value, so values of any JSON type can be compared."""
    return json.dumps(value, sort_keys=True, default=str)


def is_null_schema(node: Any) -> bool:
    """True for an inline ``{type: null}`` (or ``enum: [null]``) oneOf/anyOf branch."""
    node = as_dict(node)
    return node.get("type") in ("null", ["null"]) or node.get("enum") == [None]


def widen(types: frozenset[str]) -> frozenset[str]:
    """JSON Schema's ``number`` also admits integers."""
    return types | {"integer"} if "number" in types else types


def _own_types(node: dict[str, Any]) -> tuple[frozenset[str] | None, bool]:
    raw = node.get("type")
    names = [raw] if isinstance(raw, str) else [t for t in as_list(raw) if isinstance(t, str)]
    nullable = "null" in names or node.get("nullable") is True
    if names:
        return frozenset(names) - {"null"}, nullable
    # A missing type with structural keywords still pins the JSON type.
    if any(key in node for key in ("properties", "required", "additionalProperties")):
        return frozenset({"object"}), nullable
    if "items" in node:
        return frozenset({"array"}), nullable
    return None, nullable


def _own_bounds(node: dict[str, Any]) -> dict[str, float]:
    bounds = {
        key: node[key]
        for key in BOUND_KEYS
        if isinstance(node.get(key), int | float) and not isinstance(node.get(key), bool)
    }
    # 3.1 numeric exclusive bounds behave like (slightly tighter) inclusive ones here.
    for key, target, pick in (
        ("exclusiveMaximum", "maximum", min),
        ("exclusiveMinimum", "minimum", max),
    ):
        value = node.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            bounds[target] = pick(bounds.get(target, value), value)
    return bounds


def _own_enum(node: dict[str, Any]) -> tuple[tuple[str, ...] | None, bool]:
    values = node["enum"] if isinstance(node.get("enum"), list) else None
    if "const" in node:
        values = [node["const"]]
    if values is None:
        return None, False
    return tuple(canonical(v) for v in values if v is not None), None in values


def _intersect(types: list[frozenset[str]]) -> frozenset[str] | None:
    result: frozenset[str] | None = None
    for item in types:
        result = item if result is None else (widen(result) & widen(item)) & (result | item)
    return result


def _wrapped_ref(own: SchemaView, members: list[SchemaView]) -> str | None:
    """The ref of a wrapper that adds no structure (``oneOf: [null, $ref: X]``, ``allOf: [X]``).

    Such a wrapper has exactly X's children, so recursion through it is recursion through X.
    """
    if len(members) != 1 or own.properties or own.items or own.additional or own.variants:
        return None
    return members[0].ref


def merge(own: SchemaView, members: list[SchemaView]) -> SchemaView:
    """Merge ``allOf`` members (and folded single oneOf branches) into ``own``."""
    if not members:
        return own
    views = [own, *members]
    bounds: dict[str, float] = {}
    for view in views:
        for key, value in view.bounds.items():
            pick = min if key in _UPPER_BOUNDS else max
            bounds[key] = pick(bounds.get(key, value), value)
    properties: dict[str, tuple[Any, ...]] = {}
    for view in views:
        for name, raws in view.properties.items():
            properties[name] = properties.get(name, ()) + raws
    enums = [v.enum for v in views if v.enum is not None]
    return SchemaView(
        ref=own.ref or _wrapped_ref(own, members),
        opaque=any(v.opaque for v in views),
        types=_intersect([v.types for v in views if v.types is not None]),
        # The wrapper's own flag wins (3.0 `allOf: [X], nullable: true` idiom).
        nullable=own.nullable or all(m.nullable for m in members),
        format=next((v.format for v in views if v.format), None),
        enum=tuple(e for e in enums[0] if all(e in other for other in enums)) if enums else None,
        extensible_enum=any(v.extensible_enum for v in views),
        bounds=bounds,
        pattern=next((v.pattern for v in views if v.pattern), None),
        properties=properties,
        required=frozenset().union(*(v.required for v in views)),
        items=tuple(raw for v in views for raw in v.items),
        additional=tuple(raw for v in views for raw in v.additional),
        variants=next((v.variants for v in views if v.variants is not None), None),
        read_only=any(v.read_only for v in views),
        write_only=any(v.write_only for v in views),
    )


class ViewBuilder:
    """Builds :class:`SchemaView` objects for one document, caching ``$ref`` targets."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self._by_ref: dict[str, SchemaView] = {}
        # Memo by object identity: the walker views the same nodes many times (presence
        # check, then comparison; shared components).  The raw object is stored with its
        # view so that it stays alive and its id cannot be reused.
        self._memo: dict[Any, tuple[Any, SchemaView]] = {}

    def view(self, raw: Any) -> SchemaView:
        """View a raw schema, or a tuple of raw schemas that apply together (allOf)."""
        if isinstance(raw, tuple) and len(raw) == 1:
            raw = raw[0]
        key = tuple(map(id, raw)) if isinstance(raw, tuple) else id(raw)
        hit = self._memo.get(key)
        if hit is None:
            node = {"allOf": list(raw)} if isinstance(raw, tuple) else raw
            hit = self._memo[key] = (raw, self._build(node, frozenset()))
        return hit[1]

    def _build(self, raw: Any, merging: frozenset[str]) -> SchemaView:
        if raw is True:
            return SchemaView()
        if not isinstance(raw, dict):
            return OPAQUE_VIEW
        ref = raw.get("$ref")
        if isinstance(ref, str):
            return self._build_ref(raw, ref, merging)
        return self._build_plain(raw, merging)

    def _build_ref(self, raw: dict[str, Any], ref: str, merging: frozenset[str]) -> SchemaView:
        if ref in merging:  # `A: {allOf: [$ref: A]}` and ref cycles: nothing to learn.
            return replace(OPAQUE_VIEW, ref=ref)
        target = self.resolver.lookup(ref)
        if target is OPAQUE:
            return replace(OPAQUE_VIEW, ref=ref)
        if ref in self._by_ref:
            inner = self._by_ref[ref]
        else:
            inner = replace(self._build(target, merging | {ref}), ref=ref)
            if not merging:  # views built inside a cycle guard may be truncated
                self._by_ref[ref] = inner
        extra = {k: v for k, v in raw.items() if k != "$ref"}
        if any(key not in ANNOTATIONS for key in extra):
            inner = replace(merge(self._build_plain(extra, merging), [inner]), ref=ref)
        return replace(
            inner,
            read_only=inner.read_only or extra.get("readOnly") is True,
            write_only=inner.write_only or extra.get("writeOnly") is True,
        )

    def _build_plain(self, node: dict[str, Any], merging: frozenset[str]) -> SchemaView:
        members = [self._build(m, merging) for m in as_list(node.get("allOf"))]
        types, nullable = _own_types(node)
        enum, enum_null = _own_enum(node)
        variants = None
        for keyword in ("oneOf", "anyOf"):
            branches = as_list(node.get(keyword))
            non_null = [b for b in branches if not is_null_schema(b)]
            nullable = nullable or len(non_null) < len(branches)
            if len(non_null) == 1:
                members.append(self._build(non_null[0], merging))
            elif non_null and variants is None:
                variants = tuple(non_null)
        own = SchemaView(
            types=types,
            nullable=nullable or enum_null,
            format=node["format"] if isinstance(node.get("format"), str) else None,
            enum=enum,
            extensible_enum=node.get("x-extensible-enum") is True,
            bounds=_own_bounds(node),
            pattern=node["pattern"] if isinstance(node.get("pattern"), str) else None,
            properties={str(k): (v,) for k, v in as_dict(node.get("properties")).items()},
            required=frozenset(r for r in as_list(node.get("required")) if isinstance(r, str)),
            items=(node["items"],) if isinstance(node.get("items"), dict) else (),
            additional=(node["additionalProperties"],) if isinstance(node.get("additionalProperties"), dict) else (),
            variants=variants,
            read_only=node.get("readOnly") is True,
            write_only=node.get("writeOnly") is True,
        )
        return merge(own, members)

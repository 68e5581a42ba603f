"""The recursive schema walker: properties, array items, additionalProperties, unions.

Recursion is bounded by a stack of ``(base, revision)`` node pairs, each side identified by
its ``$ref`` (or, for an inline node, by object identity -- a folded ``oneOf: [null, $ref]``
has no ref of its own): meeting a pair that is already being compared further up means the
schemas recurse, and the deeper copy cannot add anything new.  A stack, not a global visited
set, so that a schema reused at two places (``billing_address`` and ``shipping_address``) is
reported at both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .registry import Finding
from .schema_rules import Direction, node_rules, nullable_rule, property_rule, types_break
from .schema_view import SchemaView, ViewBuilder

NodeKey = str | int | tuple[int, ...]
Stack = frozenset[tuple[NodeKey, NodeKey]]


@dataclass(frozen=True)
class Site:
    """Where a schema sits, for rule ids and messages.

    ``prefix`` names the top-level rule family (``request-parameter``, ``response-body``...);
    nested properties always use ``<direction>-property``.
    """

    direction: Direction
    prefix: str
    subject: str  # e.g. "query parameter 'limit'" or "response body (200 application/json)"
    context: str  # appended to nested messages, e.g. "(200 application/json)"

    def rule_id(self, path: str, suffix: str) -> str:
        """Rule id for a node-level hit at ``path`` ("" is the top-level schema)."""
        return f"{self.prefix if not path else self.direction + '-property'}-{suffix}"

    def message(self, path: str, detail: str) -> str:
        """Message for a hit at ``path``, naming the dotted property path."""
        if not path:
            return f"{self.subject} {detail}"
        return f"{self.direction} property '{path}' {detail} {self.context}"


def _node_key(view: SchemaView, raw: Any) -> NodeKey:
    """The ref when there is one, else the identity of the raw node (or nodes)."""
    if view.ref is not None:
        return view.ref
    return tuple(map(id, raw)) if isinstance(raw, tuple) else id(raw)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _label(raw: Any, index: int) -> str:
    """A readable name for a oneOf/anyOf branch."""
    if isinstance(raw, dict):
        ref, title = raw.get("$ref"), raw.get("title")
        if isinstance(ref, str):
            return ref.rsplit("/", 1)[-1]
        if isinstance(title, str):
            return title
    return f"#{index + 1}"


def match_variants(base: tuple[Any, ...], rev: tuple[Any, ...]) -> tuple[list[tuple[Any, Any]], list[str], list[str]]:
    """Pair union branches by ``$ref`` name or title, then by position for the rest.

    Returns ``(pairs, labels only in base, labels only in revision)``.
    """
    b_named = {_label(raw, i): raw for i, raw in enumerate(base)}
    r_named = {_label(raw, i): raw for i, raw in enumerate(rev)}
    common = [label for label in b_named if label in r_named and not label.startswith("#")]
    pairs = [(b_named[label], r_named[label]) for label in common]
    b_rest = [label for label in b_named if label not in common]
    r_rest = [label for label in r_named if label not in common]
    # Unnamed or renamed branches: pair positionally (structure decides, not names).
    for b_label, r_label in zip(b_rest, r_rest, strict=False):
        pairs.append((b_named[b_label], r_named[r_label]))
    paired = min(len(b_rest), len(r_rest))
    return pairs, b_rest[paired:], r_rest[paired:]


class SchemaDiff:
    """Compares one base schema with one revision schema at a :class:`Site`."""

    def __init__(self, base: ViewBuilder, rev: ViewBuilder, site: Site) -> None:
        self.base = base
        self.rev = rev
        self.site = site

    def run(self, base_raw: Any, rev_raw: Any) -> Iterator[Finding]:
        """Yield every finding for the pair, top-level node first."""
        return self._walk(base_raw, rev_raw, "", frozenset())

    def _walk(self, base_raw: Any, rev_raw: Any, path: str, stack: Stack) -> Iterator[Finding]:
        b, r = self.base.view(base_raw), self.rev.view(rev_raw)
        if b.opaque or r.opaque:
            return  # unresolvable on either side: nothing trustworthy to compare
        key = (_node_key(b, base_raw), _node_key(r, rev_raw))
        recursive = key in stack
        # At a recursion point the children repeat an ancestor's, but the reference itself
        # may still have become nullable (`oneOf: [null, $ref: Self]`): check only that.
        rules = nullable_rule if recursive else node_rules
        for suffix, detail, level in rules(b, r, self.site.direction):
            yield Finding(self.site.rule_id(path, suffix), self.site.message(path, detail), level)
        if recursive:
            return
        stack = stack | {key}
        if b.variants is not None or r.variants is not None:
            # Branches carry the structure; properties beside a oneOf are not compared.
            yield from self._variants(b, r, base_raw, rev_raw, path, stack)
            return
        if types_break(b, r, self.site.direction):
            return  # children of an incompatible type would only add noise
        yield from self._properties(b, r, path, stack)
        if b.items and r.items:
            yield from self._walk(b.items, r.items, f"{path}[]", stack)
        if b.additional and r.additional:
            yield from self._walk(b.additional, r.additional, _join(path, "*"), stack)

    def _visible(self, builder: ViewBuilder, raws: tuple[Any, ...] | None) -> bool:
        """Is the property part of this direction's payload (readOnly/writeOnly aware)?"""
        if raws is None:
            return False
        view = builder.view(raws)
        return not (view.read_only if self.site.direction == "request" else view.write_only)

    def _properties(self, b: SchemaView, r: SchemaView, path: str, stack: Stack) -> Iterator[Finding]:
        names = [*b.properties, *(n for n in r.properties if n not in b.properties)]
        for name in names:
            sub = _join(path, name)
            in_b = self._visible(self.base, b.properties.get(name))
            in_r = self._visible(self.rev, r.properties.get(name))
            if not (in_b or in_r):
                continue
            hit = property_rule(self.site.direction, in_b, in_r, name in b.required, name in r.required)
            if hit:
                rule_id, detail = hit
                yield Finding(rule_id, self.site.message(sub, detail))
            if in_b and in_r:
                yield from self._walk(b.properties[name], r.properties[name], sub, stack)

    def _variants(
        self, b: SchemaView, r: SchemaView, base_raw: Any, rev_raw: Any, path: str, stack: Stack
    ) -> Iterator[Finding]:
        # A plain schema facing a union is treated as a one-branch union.
        b_list = b.variants if b.variants is not None else (base_raw,)
        r_list = r.variants if r.variants is not None else (rev_raw,)
        pairs, removed, added = match_variants(b_list, r_list)
        for label in removed:
            yield Finding(
                self.site.rule_id(path, "one-of-removed"),
                self.site.message(path, f"lost the oneOf/anyOf branch '{label}'"),
            )
        for label in added:
            yield Finding(
                self.site.rule_id(path, "one-of-added"),
                self.site.message(path, f"gained the oneOf/anyOf branch '{label}'"),
            )
        for b_raw, r_raw in pairs:
            yield from self._walk(b_raw, r_raw, path, stack)

"""Normalization of a document into comparable operations.

Operations are matched on ``(METHOD, path template)`` where every template variable is
blanked: ``/orders/{id}``, ``/orders/{order_id}`` and axum's ``/orders/:id`` all become
``/orders/{}``.  Parameters are the effective set (path-item level overridden by operation
level), so moving a parameter between the two levels changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .resolver import OPAQUE, Resolver, as_dict, as_list
from .schema_view import ViewBuilder

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
STABILITY_ORDER = {"draft": 0, "alpha": 1, "beta": 2, "stable": 3}
EXEMPT_STABILITY = frozenset({"draft", "alpha"})
_TEMPLATE = re.compile(r"\{([^{}]*)\}")

Warn = Callable[[str], None]
SecurityAlt = frozenset[tuple[str, frozenset[str]]]


@dataclass(frozen=True)
class NormalizedPath:
    """A path's matching key, its template variable names and what had to be repaired."""

    key: str
    names: tuple[str, ...]
    axum: bool = False
    stray_brace: bool = False


def normalize_path(raw: str) -> NormalizedPath:
    """Normalize axum ``:id``/``*rest`` segments and stray ``}`` into ``{name}`` templates."""
    axum = stray = False
    segments = []
    for segment in raw.split("/"):
        if segment[:1] in (":", "*") and len(segment) > 1:
            axum = True
            name = segment[1:]
            stray = stray or name.endswith("}")  # "/x/:id}": closes a brace never opened
            segment = "{" + name.rstrip("}") + "}"
        elif (excess := segment.count("}") - segment.count("{")) > 0:
            stray = True
            segment = segment.replace("}", "", excess)
        segments.append(segment)
    path = "/".join(segments)
    names = tuple(_TEMPLATE.findall(path))
    return NormalizedPath(_TEMPLATE.sub("{}", path), names, axum, stray)


@dataclass(frozen=True)
class Parameter:
    """An effective parameter of an operation."""

    location: str
    name: str
    required: bool
    schema: Any  # raw schema, or None when absent


@dataclass(frozen=True)
class Operation:
    """One operation with everything the rules need, already normalized."""

    method: str
    path: str  # as written in the document
    key: tuple[str, str]
    path_params: tuple[str, ...]
    node: dict[str, Any]
    params: dict[tuple[str, str], Parameter]
    security: tuple[SecurityAlt, ...]
    operation_id: str | None
    deprecated: bool
    sunset: date | None
    stability: str

    @property
    def exempt(self) -> bool:
        """Alpha and draft operations may change freely."""
        return self.stability in EXEMPT_STABILITY


@dataclass
class Spec:
    """A loaded document: its operations and the helpers to read its schemas."""

    label: str
    document: dict[str, Any]
    resolver: Resolver
    views: ViewBuilder
    operations: dict[tuple[str, str], Operation] = field(default_factory=dict)


def parse_sunset(value: Any, warn: Warn) -> date | None:
    """Parse ``x-sunset`` (YAML may already have made it a date)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        warn(f"ignoring unparseable x-sunset {value!r}")
        return None


def _param_key(location: str, name: str, path_params: tuple[str, ...]) -> tuple[str, str]:
    if location == "path" and name in path_params:
        return ("path", f"#{path_params.index(name)}")  # positional: renames match up
    return (location, name.lower() if location == "header" else name)


def _parameter_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    media = next(iter(as_dict(param.get("content")).values()), None)
    return as_dict(media).get("schema")


def collect_parameters(
    item: dict[str, Any], op: dict[str, Any], path_params: tuple[str, ...], resolver: Resolver
) -> dict[tuple[str, str], Parameter]:
    """Effective parameters: operation level overrides path-item level."""
    params: dict[tuple[str, str], Parameter] = {}
    for raw in [*as_list(item.get("parameters")), *as_list(op.get("parameters"))]:
        node = resolver.deref(raw)
        if node is OPAQUE or not isinstance(node, dict):
            continue
        location, name = node.get("in"), node.get("name")
        if not (isinstance(location, str) and isinstance(name, str)):
            continue
        key = _param_key(location, name, path_params)
        required = location == "path" or node.get("required") is True
        params[key] = Parameter(location, name, required, _parameter_schema(node))
    return params


def effective_security(op: dict[str, Any], document: dict[str, Any]) -> tuple[SecurityAlt, ...]:
    """Security alternatives (OR of ANDs); operation level overrides the global list."""
    raw = op["security"] if "security" in op else document.get("security")
    alts = []
    for alt in as_list(raw):
        alts.append(
            frozenset((str(scheme), frozenset(map(str, as_list(scopes)))) for scheme, scopes in as_dict(alt).items())
        )
    return tuple(alts)


def build_operation(
    method: str,
    raw_path: str,
    norm: NormalizedPath,
    item: dict[str, Any],
    spec: Spec,
    warn: Warn,
) -> Operation:
    """Normalize one operation object."""
    op = as_dict(item.get(method))
    stability = str(op.get("x-stability-level", "stable")).lower()
    op_id = op.get("operationId")
    return Operation(
        method=method.upper(),
        path=raw_path,
        key=(method.upper(), norm.key),
        path_params=norm.names,
        node=op,
        params=collect_parameters(item, op, norm.names, spec.resolver),
        security=effective_security(op, spec.document),
        operation_id=op_id if isinstance(op_id, str) else None,
        deprecated=op.get("deprecated") is True,
        sunset=parse_sunset(op.get("x-sunset"), warn),
        stability=stability if stability in STABILITY_ORDER else "stable",
    )


def _warn_paths(warn: Warn, paths: list[str], problem: str) -> None:
    if paths:
        warn(f"{len(paths)} path(s) {problem} (e.g. '{paths[0]}')")


def build_spec(document: dict[str, Any], label: str, warn: Warn) -> Spec:
    """Normalize every operation of ``document``; defects become warnings, not errors."""
    resolver = Resolver(document, warn)
    spec = Spec(label, document, resolver, ViewBuilder(resolver))
    paths = document.get("paths")
    if paths is not None and not isinstance(paths, dict):
        warn("'paths' is not a mapping; treated as empty")
    axum: list[str] = []
    stray: list[str] = []
    for raw_path, raw_item in as_dict(paths).items():
        item = resolver.deref(raw_item)
        if not isinstance(item, dict):
            continue
        norm = normalize_path(str(raw_path))
        if norm.axum:
            axum.append(str(raw_path))
        if norm.stray_brace:
            stray.append(str(raw_path))
        for method in METHODS:
            if isinstance(item.get(method), dict):
                _add(spec, build_operation(method, str(raw_path), norm, item, spec, warn), warn)
    _check_refs(document, resolver)
    _warn_paths(warn, axum, "use axum ':param' templates, matched as '{param}'")
    _warn_paths(warn, stray, "contain a stray '}', ignored for matching")
    return spec


def _check_refs(node: Any, resolver: Resolver) -> None:
    """Resolve every ``$ref`` once up front so all defects are reported together."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("$ref"), str):
                resolver.lookup(item["$ref"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _add(spec: Spec, op: Operation, warn: Warn) -> None:
    if op.key in spec.operations:
        first = spec.operations[op.key]
        warn(
            f"'{op.method} {op.path}' is the same operation as '{first.method} {first.path}' "
            "after path normalization; ignored"
        )
        return
    spec.operations[op.key] = op

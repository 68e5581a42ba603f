"""Operation-level rules: lifecycle, identity, security and parameters.

Each rule is a small generator ``rule(base_op, rev_op, pair) -> Iterator[Finding]`` with no
side effects; :mod:`compare` runs them in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .operations import STABILITY_ORDER, Operation, Parameter, SecurityAlt, Spec
from .registry import Finding
from .schema_diff import SchemaDiff, Site


@dataclass(frozen=True)
class SpecPair:
    """The two documents being compared and the date used for sunset checks."""

    base: Spec
    rev: Spec
    today: date

    def schema_diff(self, site: Site) -> SchemaDiff:
        """A schema walker for a location in both documents."""
        return SchemaDiff(self.base.views, self.rev.views, site)


def removal_rules(op: Operation, path_gone: bool, today: date) -> Iterator[Finding]:
    """A base operation with no counterpart: deprecation and sunset decide the level."""
    where = f"{op.method} {op.path}"
    if op.exempt:
        yield Finding("api-removed-unstable", f"{op.stability} operation {where} was removed")
    elif op.deprecated and op.sunset is not None and today < op.sunset:
        yield Finding(
            "api-removed-before-sunset",
            f"{where} was removed before its sunset date {op.sunset.isoformat()}",
        )
    elif op.deprecated:
        yield Finding("api-deprecated-removed", f"deprecated operation {where} was removed")
    elif path_gone:
        yield Finding(
            "api-path-removed-without-deprecation",
            f"path {op.path} was removed without deprecation",
        )
    else:
        yield Finding("api-removed-without-deprecation", f"{where} was removed without deprecation")


def stability_rule(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Lowering ``x-stability-level`` would let later changes skip the checks."""
    if STABILITY_ORDER[r.stability] < STABILITY_ORDER[b.stability]:
        yield Finding(
            "api-stability-decreased",
            f"stability level decreased from '{b.stability}' to '{r.stability}'",
        )


def deprecation_rule(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Deprecation flips are informational."""
    if r.deprecated and not b.deprecated:
        yield Finding("endpoint-deprecated", "operation was deprecated")
    elif b.deprecated and not r.deprecated:
        yield Finding("endpoint-reactivated", "operation is no longer deprecated")


def operation_id_rule(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """The SDK method name comes from the operationId (SDK policy: renames break)."""
    if b.operation_id == r.operation_id:
        return
    if r.operation_id is None:
        yield Finding("api-operation-id-removed", f"operationId '{b.operation_id}' was removed")
    elif b.operation_id is None:
        yield Finding("api-operation-id-added", f"operationId '{r.operation_id}' was added")
    else:
        yield Finding(
            "api-operation-id-changed",
            f"operationId changed from '{b.operation_id}' to '{r.operation_id}'",
        )


def _satisfies(client: SecurityAlt, server: SecurityAlt) -> bool:
    """Can a client set up for ``client`` meet requirement alternative ``server``?"""
    held = dict(client)
    return all(scheme in held and scopes <= held[scheme] for scheme, scopes in server)


def _names(alt: SecurityAlt) -> str:
    return " + ".join(sorted(scheme for scheme, _ in alt)) or "(none)"


def security_rule(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Every way a client could authenticate before must still be accepted."""
    base_alts = b.security or (frozenset(),)  # no requirement == the empty alternative
    rev_alts = r.security or (frozenset(),)
    for alt in base_alts:
        if any(_satisfies(alt, req) for req in rev_alts):
            continue
        if not alt:
            wanted = " or ".join(_names(req) for req in rev_alts)
            yield Finding("api-security-added", f"operation now requires security: {wanted}")
        elif any({s for s, _ in req} == {s for s, _ in alt} for req in rev_alts):
            yield Finding(
                "api-security-scope-added",
                f"security '{_names(alt)}' now requires additional scopes",
            )
        else:
            yield Finding("api-security-removed", f"security '{_names(alt)}' is no longer accepted")


def path_param_rule(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """SDK policy: path variables are keyword arguments, so a rename breaks callers."""
    for old, new in zip(b.path_params, r.path_params, strict=False):
        if old != new:
            yield Finding("request-path-param-renamed", f"path parameter '{old}' was renamed to '{new}'")


def _param_site(param: Parameter) -> Site:
    subject = f"{param.location} parameter '{param.name}'"
    return Site("request", "request-parameter", subject, f"in {subject}")


def parameter_rules(b: Operation, r: Operation, pair: SpecPair) -> Iterator[Finding]:
    """Added, removed, required-ness and schema changes of effective parameters."""
    for key, old in b.params.items():
        new = r.params.get(key)
        if new is None:
            yield Finding("request-parameter-removed", f"{old.location} parameter '{old.name}' was removed")
            continue
        if old.required != new.required:
            kind = "required" if new.required else "optional"
            yield Finding(
                f"request-parameter-became-{kind}",
                f"{new.location} parameter '{new.name}' became {kind}",
            )
        if old.schema is not None and new.schema is not None:
            yield from pair.schema_diff(_param_site(new)).run(old.schema, new.schema)
    for key, new in r.params.items():
        if key not in b.params:
            kind = "required" if new.required else "optional"
            yield Finding(
                f"new-{kind}-request-parameter",
                f"{kind} {new.location} parameter '{new.name}' was added",
            )

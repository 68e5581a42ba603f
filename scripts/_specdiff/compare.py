"""Top-level comparison: match operations and run the rule table over each pair."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from .op_rules import (
    SpecPair,
    deprecation_rule,
    operation_id_rule,
    parameter_rules,
    path_param_rule,
    removal_rules,
    security_rule,
    stability_rule,
)
from .operations import Operation, Spec
from .payload_rules import request_body_rules, response_rules
from .registry import LEVEL_RANK, Change, Finding

OperationRule = Callable[[Operation, Operation, SpecPair], Iterable[Finding]]

# Order only affects the order findings are produced in; output is sorted anyway.
OPERATION_RULES: tuple[OperationRule, ...] = (
    stability_rule,
    deprecation_rule,
    operation_id_rule,
    security_rule,
    path_param_rule,
    parameter_rules,
    request_body_rules,
    response_rules,
)


def compare_operation(b: Operation, r: Operation, pair: SpecPair) -> Iterable[Finding]:
    """All findings for a matched pair; alpha/draft operations (in base) are exempt."""
    if b.exempt:
        return
    for rule in OPERATION_RULES:
        yield from rule(b, r, pair)


def sort_changes(changes: Iterable[Change]) -> list[Change]:
    """De-duplicate and order: most severe first, then by path, method, id and message."""
    unique = set(changes)
    return sorted(unique, key=lambda c: (LEVEL_RANK[c.level], c.path, c.method, c.id, c.message))


def diff_specs(base: Spec, rev: Spec, today: date) -> list[Change]:
    """Every change between two normalized documents."""
    pair = SpecPair(base, rev, today)
    live_paths = {key[1] for key in rev.operations}
    changes: list[Change] = []
    found: Iterable[Finding]
    for key, b_op in base.operations.items():
        r_op = rev.operations.get(key)
        if r_op is None:
            found = removal_rules(b_op, key[1] not in live_paths, today)
            changes.extend(Change.of(f, b_op.method, b_op.path) for f in found)
        else:
            found = compare_operation(b_op, r_op, pair)
            changes.extend(Change.of(f, r_op.method, r_op.path) for f in found)
    for key, r_op in rev.operations.items():
        if key not in base.operations:
            finding = Finding("endpoint-added", f"{r_op.method} {r_op.path} was added")
            changes.append(Change.of(finding, r_op.method, r_op.path))
    return sort_changes(changes)

"""Names: plain snake_case tags and unique operationIds."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .report import Fix, collect, operations

UPSTREAM_ID = "x-stateset-upstream-operation-id"

# The export's tags (module paths, display names, kebab-case) -> our contract's resource tags.
TAG_MAP: dict[str, str] = {
    "crate::handlers::orders": "orders",
    "orders": "orders",
    "returns": "returns",
    "warranties": "warranties",
    "inventory": "inventory",
    "shipments": "shipments",
    "asns": "asns",
    "work orders": "work_orders",
    "work-orders": "work_orders",
    "purchase-orders": "purchase_orders",
    "products": "products",
    "payments": "payments",
    "carts": "carts",
    "manufacturing": "boms",
    "boms": "boms",
    "analytics": "analytics",
    "admin": "admin",
    "agentic checkout": "checkout",
    "checkout": "checkout",
    "health": "health",
}


def plain_tag(name: str) -> str:
    """Our tag for an export tag: the mapping table, else the last ``::`` part in snake_case."""
    mapped = TAG_MAP.get(name.lower())
    if mapped is not None:
        return mapped
    last = name.rsplit("::", 1)[-1]
    return re.sub(r"[^0-9a-z]+", "_", last.lower()).strip("_") or "default"


def fix_tags(doc: dict[str, Any]) -> list[Fix]:
    """Rewrite operation tags and the top-level tag list to plain snake_case resource names."""
    renamed: Counter[str] = Counter()
    used: list[str] = []
    for _path, _method, op in operations(doc):
        tags = op.get("tags")
        if not isinstance(tags, list):
            continue
        new = list(dict.fromkeys(plain_tag(t) if isinstance(t, str) else t for t in tags))
        for old in tags:
            if isinstance(old, str) and plain_tag(old) != old:
                renamed[f"{old} -> {plain_tag(old)}"] += 1
        op["tags"] = new
        used.extend(t for t in new if isinstance(t, str))
    declared: dict[str, dict[str, Any]] = {}
    changed_decl: list[str] = []
    tag_list = doc.get("tags")
    for tag in tag_list if isinstance(tag_list, list) else []:
        if not isinstance(tag, dict) or not isinstance(tag.get("name"), str):
            continue
        new_name = plain_tag(tag["name"])
        if new_name != tag["name"]:
            changed_decl.append(f"{tag['name']} -> {new_name}")
        declared.setdefault(new_name, {**tag, "name": new_name})
    added = [t for t in dict.fromkeys(used) if t not in declared]
    if tag_list is not None or added:
        doc["tags"] = [*declared.values(), *({"name": t} for t in added)]
    return [
        *collect(
            "tags",
            "operation tags rewritten as plain snake_case resource names (per tag: operations)",
            [f"{k} ({v})" for k, v in renamed.items()],
        ),
        *collect("tags-declared", "top-level tag declarations renamed", changed_decl),
        *collect("tags-undeclared", "tags used by operations but not declared, declared", added),
    ]


def singular(tag: str) -> str:
    """A rough singular for a resource tag: ``warranties`` -> ``warranty``, ``asns`` -> ``asn``."""
    if tag.endswith("ies"):
        return tag[:-3] + "y"
    if tag.endswith("s") and not tag.endswith("ss"):
        return tag[:-1]
    return tag


def _disambiguated(op_id: str, op: dict[str, Any], taken: set[str]) -> str:
    tags = op.get("tags")
    noun = singular(tags[0]) if isinstance(tags, list) and tags and isinstance(tags[0], str) else "op"
    verb, sep, rest = op_id.partition("_")
    base = f"{verb}_{noun}{sep}{rest}" if noun not in op_id else f"{op_id}_{noun}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def fix_operation_ids(doc: dict[str, Any], reference: dict[tuple[str, str], dict[str, Any]] | None = None) -> list[Fix]:
    """Give every operation a unique operationId, recording the export's in ``x-stateset-upstream-operation-id``.

    ``reference`` maps ``(method, path)`` to our contract's operation: where it already renamed
    a duplicate, the same name is used (and the contract's owner of the original name keeps it).
    Otherwise the first operation keeps the name and the others get their tag's noun inserted.
    """
    ref = reference or {}
    ops = operations(doc)
    counts = Counter(op.get("operationId") for _p, _m, op in ops)
    taken = {str(k) for k in counts}
    renamed: list[str] = []
    for op_id, n in counts.items():
        if not isinstance(op_id, str) or n < 2:
            continue
        group = [(p, m, op) for p, m, op in ops if op.get("operationId") == op_id]
        keeper = next(
            (i for i, (p, m, _op) in enumerate(group) if ref.get((m, p), {}).get("operationId") == op_id),
            0,
        )
        for i, (path, method, op) in enumerate(group):
            if i == keeper:
                continue
            ref_op = ref.get((method, path), {})
            new = ref_op.get("operationId") if ref_op.get(UPSTREAM_ID) == op_id else None
            if not isinstance(new, str) or new in taken:
                new = _disambiguated(op_id, op, taken)
            taken.add(new)
            op["operationId"] = new
            op[UPSTREAM_ID] = op_id
            renamed.append(f"{method.upper()} {path}: {op_id} -> {new}")
    return collect(
        "duplicate-operation-id",
        f"duplicate operationIds renamed (the export's kept in `{UPSTREAM_ID}`)",
        renamed,
    )

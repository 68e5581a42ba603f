"""Values around a schema for differential tests: a valid value, then near misses."""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from typing import Any

PROBES: list[Any] = [
    None,
    True,
    0,
    1,
    -1,
    1.0,
    2.5,
    math.nan,
    2**40,
    "",
    "x",
    "1.5",
    "6f1c2b1e-0000-4000-8000-000000000001",
    "6f1c2b1e000040008000000000000001",
    "2024-01-02T03:04:05Z",
    "2024-13-02T03:04:05Z",
    "a@b.example",
    "pending",
    [],
    [1],
    {},
    {"zz": 1},
]


def mutations(value: Any, depth: int = 3) -> Iterator[Any]:
    """The value, then copies with one node replaced, dropped or given an extra key."""
    yield value
    if depth == 0:
        return
    if isinstance(value, dict):
        yield {**value, "zz_extra": 1}
        for key in value:
            yield {k: v for k, v in value.items() if k != key}
            for sub in mutations(value[key], depth - 1):
                yield {**value, key: sub}
            for probe in PROBES:
                yield {**value, key: probe}
    elif isinstance(value, list) and value:
        yield []
        for sub in mutations(value[0], depth - 1):
            yield [sub, *copy.deepcopy(value[1:])]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}

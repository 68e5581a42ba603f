"""A query's state, and its compilation to the list operation's parameters: pure, no I/O."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ._errors import QueryError
from ._fields import Condition

# Longest values the contract accepts for each preview parameter (its ``maxLength``s).
MAX_LENGTH = {"filter": 4096, "sort": 512, "search": 512, "near": 128, "bbox": 128}
# Wire parameter -> keyword of the generated ``list`` method (Python-safe spellings).
PY_NAMES = {"filter": "filter_"}


@dataclass(frozen=True)
class QueryState:
    """Everything a query has been told, already checked and in wire form."""

    conditions: tuple[Condition, ...] = ()
    search: str | None = None
    sort: tuple[str, ...] = ()
    near: tuple[float, float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None
    limit: int | None = None
    page_size: int | None = None


def _number(value: float) -> str:
    return repr(float(value))


def compile_params(state: QueryState) -> dict[str, str]:
    """Return the wire query parameters (``filter``, ``sort``, ``search``, ``near``, ``bbox``).

    Conditions are de-duplicated and sorted, and the JSON is compact, so equal queries give
    byte-identical URLs (good for caches and logs).

    >>> compile_params(QueryState(conditions=(("status", "eq", "pending"),), sort=("-created_at", "id")))
    {'filter': '[["status","eq","pending"]]', 'sort': '-created_at,id'}
    """
    params: dict[str, str] = {}
    if state.conditions:
        unique = {json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in state.conditions}
        params["filter"] = "[" + ",".join(sorted(unique)) + "]"
    if state.sort:
        params["sort"] = ",".join(state.sort)
    if state.search:
        params["search"] = state.search
    if state.near is not None:
        params["near"] = ",".join(map(_number, state.near))
    if state.bbox is not None:
        params["bbox"] = ",".join(map(_number, state.bbox))
    for name, value in params.items():
        if len(value) > MAX_LENGTH[name]:
            raise QueryError(
                f"the query's '{name}' parameter would be {len(value)} characters; the API accepts at most"
                f" {MAX_LENGTH[name]} (use fewer or shorter conditions)"
            )
    return params


def list_kwargs(state: QueryState, **overrides: Any) -> dict[str, Any]:
    """Return the keyword arguments for the generated ``list`` method that runs this query."""
    kwargs: dict[str, Any] = {PY_NAMES.get(k, k): v for k, v in compile_params(state).items()}
    kwargs["page_size"] = state.page_size
    kwargs["max_items"] = state.limit
    kwargs.update(overrides)
    return kwargs

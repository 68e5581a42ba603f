"""Batch creates: each item succeeds or fails on its own, and a refused item leaves nothing behind.

Two drivers. :func:`run_batch` creates item by item, each in a savepoint that a refusal
rolls back. :func:`run_planned_batch` is for kinds whose refusals can all be decided before
writing (orders): it checks and plans every item first, then stores the planned ones
together, with one statement per table rather than a few per item.

Each result carries the created object's id; the object itself only in the default
representation. With ``Prefer: return=minimal`` (``ctx.minimal``) the objects are neither
shaped nor encoded, which is most of what a reply costs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._engine import Ctx, Doc
from ._errors import ApiError, title
from ._validate import checker


def run_batch(ctx: Ctx, item_schema: str, create: Callable[[dict[str, Any]], Doc], id_field: str = "id") -> Doc:
    """Create every item of ``ctx.body['items']``; report a result per item.

    ``id_field``: the created object's field that results report as its ``id``.
    """
    check_item = _item_check(ctx, item_schema)
    results: list[Doc] = []
    for index, body in enumerate(ctx.body["items"]):
        events = len(ctx.events)
        try:
            check_item(body)
            with ctx.store.savepoint():
                data = create(body)
        except ApiError as exc:
            del ctx.events[events:]
            results.append(_refused(ctx, index, exc))
        else:
            results.append(_created(ctx, index, data, id_field))
    return _summary(results)


def run_planned_batch(
    ctx: Ctx,
    item_schema: str,
    plan: Callable[[dict[str, Any]], Any],
    store: Callable[[list[Any]], list[Doc]],
) -> Doc:
    """Plan every item of ``ctx.body['items']``, then store the planned ones at once.

    ``plan`` checks one item and builds what will be stored, writing nothing; every refusal
    comes from it. ``store`` writes the plans (in item order) and returns the created
    objects; it must not refuse: if it does, the whole request fails and rolls back.
    """
    check_item = _item_check(ctx, item_schema)
    results: list[Doc] = []
    planned: list[tuple[int, Any]] = []
    for index, body in enumerate(ctx.body["items"]):
        try:
            check_item(body)
            planned.append((index, plan(body)))
        except ApiError as exc:
            results.append(_refused(ctx, index, exc))
    if planned:
        try:
            created = store([p for _, p in planned])
        except ApiError as exc:
            raise RuntimeError(f"a planned batch item was refused while being stored: {exc.message}") from exc
        results += [_created(ctx, index, data, "id") for (index, _), data in zip(planned, created, strict=True)]
        results.sort(key=lambda r: int(r["index"]))
    return _summary(results)


def _item_check(ctx: Ctx, item_schema: str) -> Callable[[Any], None]:
    """A check of one item against ``item_schema`` that raises the item's 422."""
    problem_of = checker(ctx.contract, {"$ref": f"#/components/schemas/{item_schema}"})

    def check_item(body: Any) -> None:
        problem = problem_of(body)
        if problem is not None:
            raise ApiError(422, "item failed validation", problem)

    return check_item


def _refused(ctx: Ctx, index: int, exc: ApiError) -> Doc:
    error = {"error": title(exc.status), "message": exc.message, "details": exc.details}
    if ctx.minimal:
        return {"index": index, "status": exc.status, "id": None, "error": error}
    return {"index": index, "status": exc.status, "id": None, "data": None, "error": error}


def _created(ctx: Ctx, index: int, data: Doc, id_field: str) -> Doc:
    if ctx.minimal:
        return {"index": index, "status": 201, "id": data[id_field], "error": None}
    return {"index": index, "status": 201, "id": data[id_field], "data": data, "error": None}


def _summary(results: list[Doc]) -> Doc:
    ok = sum(1 for r in results if r["status"] == 201)
    return {"results": results, "succeeded": ok, "failed": len(results) - ok}

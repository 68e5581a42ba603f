"""Batch creates: validate and create each item on its own, atomically per item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._engine import Ctx, Doc
from ._errors import ApiError, title
from ._validate import check


def run_batch(ctx: Ctx, item_schema: str, create: Callable[[dict[str, Any]], Doc]) -> Doc:
    """Create every item of ``ctx.body['items']``; report a result per item."""
    schema = {"$ref": f"#/components/schemas/{item_schema}"}
    results: list[Doc] = []
    for index, body in enumerate(ctx.body["items"]):
        events = len(ctx.events)
        try:
            problem = check(ctx.contract, schema, body)
            if problem is not None:
                raise ApiError(422, "item failed validation", problem)
            with ctx.store.savepoint():
                data = create(body)
        except ApiError as exc:
            del ctx.events[events:]
            error = {"error": title(exc.status), "message": exc.message, "details": exc.details}
            results.append({"index": index, "status": exc.status, "data": None, "error": error})
        else:
            results.append({"index": index, "status": 201, "data": data, "error": None})
    ok = sum(1 for r in results if r["status"] == 201)
    return {"results": results, "succeeded": ok, "failed": len(results) - ok}

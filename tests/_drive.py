"""Run the same test body against `Stateset` and `AsyncStateset`."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any


async def run(client: Any, call: Callable[[Any], Any]) -> Any:
    """Call a client method, awaiting it on the async client."""
    result = call(client)
    return await result if inspect.isawaitable(result) else result


async def collect(pager: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)

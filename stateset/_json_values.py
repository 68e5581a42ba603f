"""Facts about JSON-shaped values, shared by the client and the sandbox (imports nothing of either)."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["has_non_finite"]


def has_non_finite(value: Any) -> bool:
    """Whether a JSON-shaped value (dicts, lists, tuples, scalars) holds a NaN or an infinity.

    orjson writes those as ``null`` where the stdlib refuses them or writes ``NaN``; both
    the client and the sandbox ask before trusting orjson's text. Iterative, so any depth.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False

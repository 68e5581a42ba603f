"""Helpers shared by the cache tests (imported as ``_cache_helpers``)."""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from typing import Any

import httpx


class SlowTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wrap a sandbox transport: count requests per (method, path) and delay each one."""

    def __init__(self, inner: Any, delay: float = 0.0) -> None:
        self.inner, self.delay = inner, delay
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str]] = []

    def count(self, method: str = "GET", fragment: str = "") -> int:
        with self.lock:
            return sum(1 for m, p in self.seen if m == method and fragment in p)

    def _note(self, request: httpx.Request) -> None:
        with self.lock:
            self.seen.append((request.method, request.url.path))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        time.sleep(self.delay)
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:

        self._note(request)
        await asyncio.sleep(self.delay)
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response


async def run(value: Any) -> Any:
    """Await ``value`` when the client is async; return it as is otherwise."""
    return await value if inspect.isawaitable(value) else value

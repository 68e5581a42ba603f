"""The base of every SDK transport layer: wrap the next transport, sync and async."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

import httpx

__all__ = ["Layer", "Transport"]

#: What a layer can wrap: an httpx transport of either flavour (or another layer).
Transport = httpx.BaseTransport | httpx.AsyncBaseTransport


class Layer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that adds one behaviour and delegates to ``self._next``.

    Subclasses implement both ``handle_request`` and ``handle_async_request``; a stack
    is usable with ``httpx.Client`` when its innermost transport is sync and with
    ``httpx.AsyncClient`` when it is async.
    """

    def __init__(self, next_transport: Transport) -> None:
        self._next = next_transport
        # Decided once: an ABC isinstance check per layer per request adds up.
        self._sync_ok = isinstance(next_transport, httpx.BaseTransport)
        self._async_ok = isinstance(next_transport, httpx.AsyncBaseTransport)

    def _send(self, request: httpx.Request) -> httpx.Response:
        """Pass ``request`` to the next (sync) transport."""
        if not self._sync_ok:
            raise TypeError(f"{type(self).__name__} wraps an async transport; use it with httpx.AsyncClient")
        return self._next.handle_request(request)  # type: ignore[union-attr]

    def _asend(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Pass ``request`` to the next (async) transport: its coroutine, for the caller to await.

        Returning the next layer's coroutine instead of awaiting it here saves a coroutine
        frame per layer per request; pass-through layers do the same in
        `handle_async_request`, so a stack costs little more than its innermost transport.
        """
        if not self._async_ok:
            raise TypeError(f"{type(self).__name__} wraps a sync transport; use it with httpx.Client")
        return self._next.handle_async_request(request)  # type: ignore[union-attr]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through this layer (sync)."""
        return self._send(request)

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Send ``request`` through this layer (async)."""
        return self._asend(request)

    def close(self) -> None:
        """Close the wrapped transport (sync)."""
        if isinstance(self._next, httpx.BaseTransport):
            self._next.close()

    async def aclose(self) -> None:
        """Close the wrapped transport (async)."""
        if isinstance(self._next, httpx.AsyncBaseTransport):
            await self._next.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} -> {self._next!r}>"

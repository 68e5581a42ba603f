"""The base of every SDK transport layer: wrap the next transport, sync and async."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
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

    #: Passes a request to the next transport, sync; TypeError if that one is async only.
    _send: Callable[[httpx.Request], httpx.Response]
    #: Passes a request to the next transport and returns its coroutine, for the caller to
    #: await; TypeError if that one is sync only. A layer that only changes the request
    #: returns this coroutine from `handle_async_request` instead of awaiting it, which
    #: would add a coroutine per layer per request: a stack then costs little more than
    #: its innermost transport.
    _asend: Callable[[httpx.Request], Coroutine[Any, Any, httpx.Response]]

    def __init__(self, next_transport: Transport) -> None:
        self._next = next_transport
        # The next transport's own methods, looked up once: the flavour check (an ABC
        # isinstance) and a forwarding call per layer per request add up.
        if isinstance(next_transport, httpx.BaseTransport):
            self._send = next_transport.handle_request
        else:
            self._send = self._not_sync
        if isinstance(next_transport, httpx.AsyncBaseTransport):
            self._asend = next_transport.handle_async_request
        else:
            self._asend = self._not_async

    def _not_sync(self, request: httpx.Request) -> httpx.Response:
        raise TypeError(f"{type(self).__name__} wraps an async transport; use it with httpx.AsyncClient")

    def _not_async(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        raise TypeError(f"{type(self).__name__} wraps a sync transport; use it with httpx.Client")

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

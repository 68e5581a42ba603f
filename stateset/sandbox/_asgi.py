"""The ASGI face of the sandbox (a Starlette app) and the in-process httpx transports."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

import httpx
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from ._core import Core, Outcome, Request


class ConnectionDropped(Exception):
    """Raised inside the ASGI app to make the server abort the connection (injected fault)."""


class _Endpoint:
    """Raw ASGI endpoint: full control over when (and whether) a response is sent."""

    def __init__(self, core: Core) -> None:
        self.core = core

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = dict(parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True))
        req = Request(scope["method"], scope["path"], query, headers, b"".join(chunks))
        outcome = self.core.handle(req)
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        if outcome.drop:
            # Announce a body and never send it: once the response has started, the server
            # can only close the socket, and the client sees a truncated response.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
            raise ConnectionDropped("injected connection drop")
        raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in outcome.headers]
        raw_headers.append((b"content-length", str(len(outcome.body)).encode()))
        await send({"type": "http.response.start", "status": outcome.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": outcome.body})


def build_app(core: Core) -> Starlette:
    """Return the Starlette application serving ``core`` (API and operator endpoints)."""
    app = Starlette()
    # Every path goes to the sandbox's own contract router (as the router's fallback),
    # since Starlette's path converters reject some bytes, e.g. %0A, that ids may carry.
    app.router.default = _Endpoint(core)
    return app


def _core_request(request: httpx.Request, body: bytes) -> Request:
    headers: Mapping[str, str] = {k.lower(): v for k, v in request.headers.items()}
    return Request(request.method, request.url.path, dict(request.url.params.items()), headers, body)


def _response(request: httpx.Request, outcome: Outcome) -> httpx.Response:
    if outcome.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(outcome.status, headers=outcome.headers, content=outcome.body, request=request)


class SandboxTransport(httpx.BaseTransport):
    """A synchronous httpx transport that calls the sandbox directly, with no socket or loop."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` in-process; injected drops raise ``httpx.RemoteProtocolError``."""
        outcome = self.core.handle(_core_request(request, request.read()))
        if outcome.delay:
            time.sleep(outcome.delay)
        return _response(request, outcome)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """The asynchronous counterpart of :class:`SandboxTransport`."""

    def __init__(self, core: Core) -> None:
        self.core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request`` in-process; injected drops raise ``httpx.RemoteProtocolError``."""
        outcome = self.core.handle(_core_request(request, await request.aread()))
        if outcome.delay:
            await asyncio.sleep(outcome.delay)
        return _response(request, outcome)


def silence_drops(record: Any) -> bool:
    """Hide the server's traceback for deliberately dropped connections (a logging filter)."""
    exc = getattr(record, "exc_info", None)
    return not (exc and isinstance(exc[1], ConnectionDropped))

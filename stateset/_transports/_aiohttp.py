"""The aiohttp backend: ``httpx_aiohttp.AiohttpTransport`` with safe exception mapping.

httpx-aiohttp (0.2) maps *every* ``aiohttp.ClientConnectionError`` to
``httpx.ConnectTimeout`` -- including "server disconnected" after the request was sent.
The retry policy treats ConnectTimeout as "never sent" and would resend a POST that has
no Idempotency-Key, so :class:`AiohttpErrorMapping` re-maps from the aiohttp cause.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from types import ModuleType

import httpx

from .._optional import import_optional
from ._base import Layer

__all__ = ["AiohttpErrorMapping", "aiohttp_transport"]

_FEATURE = "The aiohttp backend (backend='aiohttp')"


def aiohttp_transport(*, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits) -> AiohttpErrorMapping:
    """Build the aiohttp-backed async transport (extra ``stateset[aiohttp]``), lazily imported."""
    aiohttp = import_optional("aiohttp", extra="aiohttp", feature=_FEATURE)
    backend = import_optional("httpx_aiohttp", extra="aiohttp", feature=_FEATURE)
    return AiohttpErrorMapping(backend.AiohttpTransport(verify=verify, limits=limits), aiohttp)


def _remap(exc: httpx.TransportError, aiohttp: ModuleType) -> httpx.TransportError:
    """Return the httpx exception that matches the aiohttp exception behind ``exc``."""
    cause = exc.__cause__
    mapped: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake
        mapped = httpx.ConnectError
    elif isinstance(cause, aiohttp.ConnectionTimeoutError):  # connect or pool wait
        mapped = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ServerTimeoutError):
        mapped = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ServerDisconnectedError):
        mapped = httpx.RemoteProtocolError
    elif isinstance(cause, aiohttp.ClientConnectionError):  # e.g. reset mid-exchange
        mapped = httpx.ReadError
    else:
        return exc
    if type(exc) is mapped:
        return exc
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises when the error was built without a request
        request = None
    fixed = mapped(str(exc), request=request)
    fixed.__cause__ = cause
    return fixed


class _MappedStream(httpx.AsyncByteStream):
    """Response body stream whose read errors are re-mapped like the request's."""

    def __init__(self, inner: httpx.AsyncByteStream, aiohttp: ModuleType) -> None:
        self._inner = inner
        self._aiohttp = aiohttp

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError as exc:
            raise _remap(exc, self._aiohttp) from exc.__cause__

    async def aclose(self) -> None:
        await self._inner.aclose()


class AiohttpErrorMapping(Layer):
    """Wrap an ``AiohttpTransport`` so its errors say whether the request was sent."""

    def __init__(self, next_transport: httpx.AsyncBaseTransport, aiohttp: ModuleType) -> None:
        super().__init__(next_transport)
        self._aiohttp = aiohttp

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send through aiohttp, re-mapping transport errors (async)."""
        try:
            response = await self._asend(request)
        except httpx.TransportError as exc:
            raise _remap(exc, self._aiohttp) from exc.__cause__
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _MappedStream(response.stream, self._aiohttp)
        return response

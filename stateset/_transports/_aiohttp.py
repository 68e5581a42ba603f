"""The aiohttp backend: send httpx requests on an aiohttp session, one read per response.

httpx-aiohttp (0.2) configures the connector (TLS context from ``verify``, connection
limits, keep-alive) and we keep it for that, in a session without a cookie jar (the SDK
keeps no cookies on any backend). Its request path we replace, for two reasons:

- safety: it maps *every* ``aiohttp.ClientConnectionError`` to ``httpx.ConnectTimeout``,
  including "server disconnected" after the request was sent. The retry policy treats
  ConnectTimeout as "never sent" and would resend a POST that has no Idempotency-Key.
  `AiohttpTransport` maps each aiohttp error by whether the request can have been sent.
- speed: it streams each body through three generator layers and re-parses the URL. The
  SDK always reads whole bodies, so this transport reads once and hands httpx the bytes
  (``benchmarks/bench_client.py`` measures the difference). It sends through an
  `Exchange` where aiohttp allows (`stateset._transports._aiohttp_exchange`), which skips
  the session's general-purpose request path.

The connector's connections also get a cheaper read timer than aiohttp's own, where
aiohttp is laid out as expected (`stateset._transports._aiohttp_timeout`).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Mapping
from types import MappingProxyType, ModuleType
from typing import Any

import httpx

from .._headers import Line, from_raw
from .._httpx_build import new_response
from .._optional import import_optional
from ._aiohttp_exchange import Send, sender
from ._aiohttp_request import OutgoingHeaders, YarlURLs, keep_bounded
from ._aiohttp_timeout import lazy_read_timeout

__all__ = ["AiohttpTransport", "aiohttp_transport", "map_aiohttp_error", "read_response"]

_FEATURE = "The aiohttp backend (backend='aiohttp')"
_HTTP11 = b"HTTP/1.1"
#: aiohttp timeouts kept by value: a client uses one, a deadline-driven caller one per call.
MAX_KNOWN_TIMEOUTS = 64


def aiohttp_transport(*, verify: ssl.SSLContext | str | bool = True, limits: httpx.Limits) -> AiohttpTransport:
    """Build the aiohttp-backed async transport (extra ``stateset[aiohttp]``), lazily imported."""
    aiohttp = import_optional("aiohttp", extra="aiohttp", feature=_FEATURE)
    backend = import_optional("httpx_aiohttp", extra="aiohttp", feature=_FEATURE)
    return AiohttpTransport(backend.AiohttpTransport(verify=verify, limits=limits), aiohttp)


def _aiohttp_dependency(name: str) -> Any:
    # yarl and multidict are aiohttp's own URL and header libraries (always present with it).
    return import_optional(name, extra="aiohttp", feature=_FEATURE)


def map_aiohttp_error(exc: BaseException, aiohttp: ModuleType, request: httpx.Request) -> httpx.TransportError | None:
    """Return the httpx error that says what ``exc`` means for ``request``, or None.

    Only errors raised before anything was written (refused, DNS, TLS, connect or pool
    timeouts) say "not sent"; every other failure may follow a request the server got.
    """
    mapped: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake
        mapped = httpx.ConnectError
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):  # connect or pool wait
        mapped = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError | TimeoutError):
        mapped = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        mapped = httpx.RemoteProtocolError  # incl. malformed status lines and headers
    elif isinstance(exc, aiohttp.InvalidURL):
        mapped = httpx.UnsupportedProtocol
    elif isinstance(exc, aiohttp.ClientError):  # reset mid-exchange, truncated body...
        mapped = httpx.ReadError
    else:
        return None
    return mapped(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, request=request)


def read_response(
    status: int,
    headers: Iterable[tuple[bytes, bytes]],
    content: bytes,
    *,
    request: httpx.Request,
    extensions: dict[str, Any],
    encoded: bool,
) -> httpx.Response:
    """An `httpx.Response` holding the body ``content``, read unless ``encoded``.

    ``headers`` are the raw ``(name, value)`` byte pairs received; ``encoded`` says
    whether the response has a Content-Encoding. Such a body is left for the client to
    read (and decode), so a body that is not what its encoding says is reported there,
    as a malformed reply, like on every other backend.
    """
    if not encoded:
        return new_response(status, from_raw(headers), content, request, extensions)
    return httpx.Response(
        status, headers=from_raw(headers), stream=httpx.ByteStream(content), request=request, extensions=extensions
    )


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An async httpx transport that sends on the aiohttp session httpx-aiohttp configures."""

    def __init__(self, backend: Any, aiohttp: ModuleType) -> None:
        self._backend = backend
        self._aiohttp = aiohttp
        self._url = YarlURLs(_aiohttp_dependency("yarl").URL)
        self._session: Any = None
        #: Sends a request on the session (`Exchange`, or the session's own method).
        self._send: Send | None = None
        self._headers = OutgoingHeaders(_aiohttp_dependency("multidict"))
        self._timeouts: dict[tuple[float | None, float | None, float | None], Any] = {}
        #: The last read-only timeout mapping seen and its aiohttp timeout.
        self._last_timeout: tuple[Mapping[str, float | None] | None, Any] = (None, None)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """A sync client cannot drive aiohttp."""
        raise TypeError("the aiohttp backend is async; use it with httpx.AsyncClient (AsyncStateset)")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the response with its body already read."""
        send = self._send if self._send is not None else self._open()
        body = getattr(request, "_content", None)  # `request.content` without its call, if read
        if body is None:
            body = await request.aread()
        timeout = self._timeout(request.extensions.get("timeout") or {})
        try:
            # Awaited, not entered with ``async with``: the two context managers would
            # add four coroutines per request, and release what reading to the end has
            # released already (the response closes at the end of its body; ``read``
            # closes it if reading fails).
            response = await send(
                request.method,
                self._url(request.url),
                self._headers(request.headers),
                body or None,
                timeout,
                request.extensions.get("sni_hostname"),
            )
            content = await response.read()
        except (TimeoutError, self._aiohttp.ClientError) as exc:
            mapped = map_aiohttp_error(exc, self._aiohttp, request)
            if mapped is None:  # pragma: no cover - both kinds above always map
                raise
            raise mapped from exc
        extensions: dict[str, Any] = {"http_version": _HTTP11}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        encoded = "Content-Encoding" in response.headers  # aiohttp's C multidict: cheap
        return read_response(
            response.status, response.raw_headers, content, request=request, extensions=extensions, encoded=encoded
        )

    def trust_credentials(self, lines: Iterable[Line]) -> None:
        """Note the credential lines the client sends on every call (see `OutgoingHeaders`)."""
        self._headers.trust(lines)

    async def aclose(self) -> None:
        """Close the aiohttp session (and its connections).

        A request sent afterwards opens a new session, configured like the first.
        """
        self._session = self._send = None
        await self._backend.aclose()
        self._backend.client = None  # else httpx-aiohttp hands back the closed session

    def _open(self) -> Send:
        """Open the session and return how to send on it: an `Exchange` where it is usable."""
        # The session must be created inside the running event loop, hence lazily. It
        # takes over the connector httpx-aiohttp configured, without a cookie jar: the SDK
        # keeps no cookies on any backend, and a jar on a backend shared by `with_options`
        # copies would send one client's session cookies with another's credentials.
        configured = self._backend.get_client()
        session = self._aiohttp.ClientSession(connector=configured.connector, cookie_jar=self._aiohttp.DummyCookieJar())
        configured.detach()  # the connector is the new session's now; nothing to close
        lazy_read_timeout(session.connector)  # one read timer per connection, not per read
        self._session = self._backend.client = session
        self._send = send = sender(session, self._aiohttp)
        return send

    def _timeout(self, timeout: Mapping[str, float | None]) -> Any:
        if timeout is self._last_timeout[0]:  # a client's own timeout, read-only (`Wire.timeout`)
            return self._last_timeout[1]
        key = (timeout.get("connect"), timeout.get("read"), timeout.get("pool"))
        found = self._timeouts.get(key)
        if found is None:
            found = self._aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
            keep_bounded(self._timeouts, key, found, MAX_KNOWN_TIMEOUTS)
        if isinstance(timeout, MappingProxyType):
            self._last_timeout = (timeout, found)
        return found

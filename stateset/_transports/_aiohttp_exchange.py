"""One exchange on the aiohttp backend's session, without ``ClientSession._request``'s general path.

``ClientSession._request`` serves all of aiohttp's client features on every request:
cookies, redirects, proxies, basic auth from the URL, trace configs, middlewares, default
headers, a total timeout. The backend's session uses none of them: `AiohttpTransport._open`
makes it with no cookie jar and no defaults, and each request goes out with redirects,
compression and decompression off and no total timeout. What ``_request`` then does is
what `Exchange.send` does: build the ``ClientRequest``, take a pooled connection (or
open one), set the response parameters, send, read the status and headers, retry once
when a kept-alive connection turns out closed (idempotent methods only, as aiohttp does),
and close the request body. Its general path cost about 40k instructions per request
(callgrind, ``orders.get`` at 50 in flight), a tenth of a whole SDK call.

`Exchange` mirrors the ``_request`` whose source it was checked against (`MIRRORED`,
by hash), and is used only where that is aiohttp's ``_request``, unpatched, aiohttp's
classes take the arguments passed here, and the session is in the state ``_open`` makes
(`usable`). Everywhere else, and for a URL with credentials in it, the backend calls the
session's own request method (`request_method`), so a ``_request`` replaced by a mocking
or tracing tool is always called. `sender` makes that choice once per session.
"""

from __future__ import annotations

import ast
import asyncio
import functools
import hashlib
import inspect
import textwrap
from collections.abc import Callable, Coroutine
from types import ModuleType
from typing import Any

__all__ = ["MIRRORED", "Exchange", "Send", "request_method", "sender", "usable", "via_session"]

#: The ``ClientSession._request`` sources `Exchange` mirrors: SHA-256 of the source, and the
#: aiohttp release it was read in. Another source (a new aiohttp, a patch) turns it off.
MIRRORED = {"32986b8105faf5f829c07924811d1697c23685e86e68fa9148869d5369557615": "3.14.5"}

#: Sends one request: ``send(method, url, headers, data, timeout, server_hostname)``,
#: returns aiohttp's response with its status and headers read.
Send = Callable[[str, Any, Any, Any, Any, str | None], Coroutine[Any, Any, Any]]

#: Keywords `Exchange` passes to ``ClientRequest``, ``connect`` and ``set_response_params``.
_REQUEST_ARGS = frozenset(
    {"headers", "data", "version", "compress", "loop", "response_class", "timer", "session", "ssl"}
    | {"server_hostname", "traces", "trust_env"}
)
_CONNECT_ARGS = ("self", "req", "traces", "timeout")
_RESPONSE_ARGS = frozenset(
    {"timer", "skip_payload", "read_until_eof", "auto_decompress", "read_timeout", "read_bufsize"}
    | {"timeout_ceil_threshold", "max_line_size", "max_field_size", "max_headers"}
)


def sender(session: Any, aiohttp: ModuleType) -> Send:
    """How the backend sends on ``session``: an `Exchange` where `usable`, else the session's own method."""
    own = via_session(request_method(session))
    return Exchange(session, aiohttp, own).send if usable(session, aiohttp) else own


def via_session(request: Callable[..., Any]) -> Send:
    """`Send` through a session's own request method (``request`` or ``_request``)."""

    def send(method: str, url: Any, headers: Any, data: Any, timeout: Any, server_hostname: str | None) -> Any:
        return request(
            method,
            url,
            headers=headers,
            data=data,
            allow_redirects=False,
            auto_decompress=False,  # httpx decodes, by the Content-Encoding it sees
            compress=False,
            timeout=timeout,
            server_hostname=server_hostname,
        )

    return send


@functools.cache
def _mirrors(aiohttp: ModuleType) -> bool:
    """True when aiohttp's ``_request`` is a `MIRRORED` one and its classes take `Exchange`'s arguments."""
    from aiohttp.client_proto import ResponseHandler

    try:
        source = inspect.getsource(_own_request(aiohttp))
        request = inspect.signature(aiohttp.ClientRequest.__init__).parameters
        connect = inspect.signature(aiohttp.BaseConnector.connect).parameters
        response = inspect.signature(ResponseHandler.set_response_params).parameters
    except (AttributeError, KeyError, OSError, TypeError, ValueError):  # no source, or laid out otherwise
        return False
    return (
        hashlib.sha256(source.encode()).hexdigest() in MIRRORED
        and request.keys() >= _REQUEST_ARGS
        and tuple(connect) == _CONNECT_ARGS
        and response.keys() >= _RESPONSE_ARGS
        and all(hasattr(aiohttp.ClientRequest, name) for name in ("_body", "close", "_upload_tracker"))
    )


def _own_request(aiohttp: ModuleType) -> Any:
    """``ClientSession._request`` as aiohttp defines it; raises if it was replaced or wrapped."""
    function = aiohttp.ClientSession.__dict__["_request"]
    code = function.__code__
    if (
        getattr(function, "__wrapped__", None) is not None
        or code.co_filename != inspect.getfile(aiohttp.client)
        or function.__qualname__ != "ClientSession._request"
    ):
        raise TypeError("ClientSession._request is not aiohttp's own")
    return function


def usable(session: Any, aiohttp: ModuleType) -> bool:
    """True when `Exchange` sends on ``session`` exactly what ``session._request`` would.

    The session must be a plain ``ClientSession`` as `AiohttpTransport._open` makes it: no
    cookies, default headers, auth, proxy, base URL, trace configs or middlewares, and
    aiohttp's own request and response classes.
    """
    if type(session) is not aiohttp.ClientSession or not _mirrors(aiohttp):
        return False
    try:
        own = _own_request(aiohttp)  # checked again: it may have been replaced since
    except (KeyError, AttributeError, TypeError):
        return False
    try:
        return (
            session._request.__func__ is own
            and request_method(session) == session._request  # `request` is aiohttp's own wrapper
            and type(session._cookie_jar) is aiohttp.DummyCookieJar
            and not session._default_headers
            and not session._skip_auto_headers
            and session._default_auth is None
            and session._default_proxy is None
            and session._base_url is None
            and not session._trust_env
            and not session._trace_configs
            and not session._middlewares
            and not session._raise_for_status
            and session._request_class is aiohttp.ClientRequest
            and session._response_class is aiohttp.ClientResponse
            and isinstance(session._retry_connection, bool)
        )
    except AttributeError:  # a session laid out otherwise
        return False


def request_method(session: Any) -> Callable[..., Any]:
    """The session's method that sends a request: its ``_request`` where that is the same.

    ``ClientSession.request(method, url, **kwargs)`` only wraps ``self._request(method,
    url, **kwargs)`` in an awaitable context manager. Awaiting it costs the keywords a
    round trip through a dict and a match against ``_request``'s forty-odd parameters by
    name: about 12k instructions per request (callgrind, ``orders.get`` at 50 in flight),
    more than the backend's own work. So where ``request`` is aiohttp's own one-line
    wrapper (checked once per class and method), the backend calls ``_request`` itself; a
    ``request`` patched by a decorator, an APM tool or a subclass is always called.
    """
    kind: type = type(session)
    request, inner = getattr(kind, "request", None), getattr(kind, "_request", None)
    method: Callable[..., Any] = session._request if _only_wraps(request, inner) else session.request
    return method


@functools.cache
def _only_wraps(request: Any, inner: Any) -> bool:
    """True when ``request`` is ``return _RequestContextManager(self._request(method, url, **kwargs))``.

    Also required: ``inner`` is a coroutine function, and ``request`` is a plain function
    with no decorator and no ``__wrapped__`` (whose source would be another function's).
    """
    if not inspect.iscoroutinefunction(inner) or not inspect.isfunction(request):
        return False
    if getattr(request, "__wrapped__", None) is not None:
        return False
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(request)))
    except (OSError, TypeError, SyntaxError):  # no source to check: use the public method
        return False
    function = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(function, ast.FunctionDef) or function.decorator_list:
        return False
    body = function.body[1:] if ast.get_docstring(function) is not None else function.body
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return False
    wrapper = body[0].value
    return (
        isinstance(wrapper.func, ast.Name)
        and wrapper.func.id == "_RequestContextManager"
        and not wrapper.keywords
        and len(wrapper.args) == 1
        and ast.unparse(wrapper.args[0]) == "self._request(method, url, **kwargs)"
    )


class Exchange:
    """Sends requests on one session's connector as its ``_request`` would (see the module).

    Build one only for a session that is `usable`.
    """

    __slots__ = (
        "_aiohttp",
        "_connector",
        "_fallback",
        "_loop",
        "_noop",
        "_session",
    )

    def __init__(self, session: Any, aiohttp: ModuleType, fallback: Send) -> None:
        from aiohttp.helpers import TimerNoop

        self._session = session
        self._aiohttp = aiohttp
        #: For URLs with credentials: aiohttp turns them into basic auth.
        self._fallback = fallback
        self._connector = session.connector
        self._loop = session._loop
        self._noop = TimerNoop()  # what ``_request`` times with when there is no total timeout

    async def send(
        self, method: str, url: Any, headers: Any, data: Any, timeout: Any, server_hostname: str | None
    ) -> Any:
        """Send one request (``method`` in upper case, ``url`` a yarl URL) and start its response.

        ``timeout`` is an ``aiohttp.ClientTimeout`` without a total; the response's body is
        left for the caller to read.
        """
        if url.raw_user is not None or url.raw_password is not None or timeout.total is not None:
            return await self._fallback(method, url, headers, data, timeout, server_hostname)
        aiohttp, session = self._aiohttp, self._session  # its settings are read per request, as there
        if session.closed:
            raise RuntimeError("Session is closed")
        if url.scheme not in self._connector.allowed_protocol_schema_set:
            raise aiohttp.NonHttpUrlClientError(url)
        if not url.raw_host:
            raise aiohttp.InvalidUrlClientError(url)
        retry = session._retry_connection and method in _IDEMPOTENT
        request = None
        try:
            while True:
                request = aiohttp.ClientRequest(
                    method,
                    url,
                    headers=headers,
                    data=data,
                    version=session._version,
                    compress=False,
                    loop=self._loop,
                    response_class=aiohttp.ClientResponse,
                    timer=self._noop,
                    session=session,
                    ssl=True,
                    server_hostname=server_hostname,
                    traces=None,  # a list of its own
                    trust_env=False,
                )
                try:
                    response = await self._exchange(request, timeout)
                except (
                    aiohttp.ConnectionTimeoutError,
                    aiohttp.ClientConnectorError,
                    aiohttp.ClientConnectorCertificateError,
                    aiohttp.ClientConnectorSSLError,
                ):
                    raise  # the connection was never made: aiohttp does not try again
                except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError):
                    if not retry:  # as aiohttp: one more try, on another connection
                        raise
                    retry = False
                    if data is not None:
                        await request.close()
                        if request._body is not None and request._body.consumed:
                            raise
                        data = request._body
                    continue
                except aiohttp.ClientError:
                    raise
                except OSError as exc:
                    if exc.errno is None and isinstance(exc, asyncio.TimeoutError):
                        raise
                    raise aiohttp.ClientOSError(*exc.args) from exc
                break
            if request._body is not None:
                await request._body.close()
            return response
        except BaseException:
            if request is not None and request._body is not None:
                await request._body.close()
            raise

    async def _exchange(self, request: Any, timeout: Any) -> Any:
        """Take a connection, send ``request`` on it and read the response's head."""
        try:
            connection = await self._connector.connect(request, traces=_NO_TRACES, timeout=timeout)
        except TimeoutError as exc:
            raise self._aiohttp.ConnectionTimeoutError(f"Connection timeout to host {request.url}") from exc
        session = self._session
        connection.protocol.set_response_params(
            timer=self._noop,
            skip_payload=request.method == "HEAD",
            read_until_eof=True,
            auto_decompress=False,
            read_timeout=timeout.sock_read,
            read_bufsize=session._read_bufsize,
            timeout_ceil_threshold=self._connector._timeout_ceil_threshold,
            max_line_size=session._max_line_size,
            max_field_size=session._max_field_size,
            max_headers=session._max_headers,
        )
        try:
            response = await request.send(connection)
            try:
                await response.start(connection)
            except BaseException:
                response.close()
                raise
        except BaseException:
            connection.close()
            raise
        return response


#: The methods aiohttp retries once on a closed kept-alive connection (its IDEMPOTENT_METHODS).
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
#: What the connector is told about trace configs: the session has none.
_NO_TRACES: tuple[Any, ...] = ()

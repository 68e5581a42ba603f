"""`httpx.Request` and `httpx.Response` objects set up directly from parts already checked.

httpx's constructors accept loose input, so they copy and re-check all of it: the URL
is copied, the headers re-built, the extensions copied, and a request body read back out
of its stream through an abstract-class ``isinstance``. The SDK builds each request from
a parsed URL, normalised `httpx.Headers` and the body bytes, and a transport that has
read a whole response holds its status, headers and body: neither needs that work, which
cost about a third of building a request.

Each direct builder is compared once, on import, with httpx's own constructor on this
httpx (every attribute, by name and value). If they ever differ, httpx's constructors
build every request and response instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx

__all__ = ["ReadResponse", "new_request", "new_response"]

_Request = httpx.Request


class ReadResponse(httpx.Response):
    """An `httpx.Response` read whole, its ``elapsed`` made on demand (`new_response` builds these).

    A client notes how long each exchange took, and building that ``timedelta`` cost more
    than the rest of noting it, on every call. Here the client stores the seconds
    (``_seconds``), and ``elapsed`` turns the latest ones into a ``timedelta`` when read;
    a value set on ``elapsed`` afterwards replaces them, as in httpx.
    """

    _seconds: float

    @property
    def elapsed(self) -> timedelta:
        """How long the exchange took (as in httpx)."""
        seconds = self.__dict__.pop("_seconds", None)
        if seconds is not None:
            self._elapsed = timedelta(seconds=seconds)
        try:
            return self._elapsed
        except AttributeError:
            raise RuntimeError("'.elapsed' may only be accessed after the response has been read or closed.") from None

    @elapsed.setter
    def elapsed(self, elapsed: timedelta) -> None:
        self.__dict__.pop("_seconds", None)
        self._elapsed = elapsed


_Response = ReadResponse
_ByteStream = httpx.ByteStream
#: One stream for every empty request body: a ByteStream only hands out its bytes.
_NO_BODY = _ByteStream(b"")


def _httpx_request(
    method: str, url: httpx.URL, headers: httpx.Headers, body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    """A request whose body ``body`` is already read (``request.content`` works).

    ``method`` is upper case. ``headers`` and ``extensions`` belong to the request from
    now on; with ``stream=``, httpx adds no headers of its own either.
    """
    request = httpx.Request(method, url, stream=httpx.ByteStream(body), extensions=extensions)
    request.headers = headers  # assigned, not passed: kept as built, not re-normalised
    request.read()
    return request


def _direct_request(
    method: str, url: httpx.URL, headers: httpx.Headers, body: bytes, extensions: dict[str, Any]
) -> httpx.Request:
    """`_httpx_request`'s result, set up directly."""
    request = _Request.__new__(_Request)
    request.method = method
    request.url = url
    request.headers = headers
    request.extensions = extensions
    request.stream = _ByteStream(body) if body else _NO_BODY
    request._content = body
    return request


def _httpx_response(
    status: int, headers: httpx.Headers, content: bytes, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """A response whose body ``content`` is already read; it must have no Content-Encoding.

    ``headers`` and ``extensions`` belong to the response from now on.
    """
    response = httpx.Response(status, stream=httpx.ByteStream(content), request=request, extensions=extensions)
    response.headers = headers
    response.read()
    return response


def _direct_response(
    status: int, headers: httpx.Headers, content: bytes, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """`_httpx_response`'s result, set up directly."""
    response = _Response.__new__(_Response)
    response.status_code = status
    response.headers = headers
    response._request = request
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = True  # as after httpx's read(): nothing is left to stream or close
    response.is_stream_consumed = True
    response.default_encoding = "utf-8"
    response.stream = _ByteStream(content)
    response._num_bytes_downloaded = len(content)
    response._content = content
    return response


#: What httpx sets up on first use when it is missing (a response's content decoder).
_LAZY = frozenset({"_decoder"})


def _same(built: object, reference: object) -> bool:
    """True when both objects hold the same attributes with equal values (streams by bytes).

    Attributes httpx creates lazily may be missing from ``built``.
    """
    mine, theirs = vars(built), vars(reference)
    if mine.keys() - theirs.keys() or theirs.keys() - mine.keys() - _LAZY:
        return False
    for name, value in theirs.items():
        if name not in mine:
            continue
        other = mine[name]
        if type(other) is not type(value):
            return False
        if isinstance(value, httpx.ByteStream):
            if b"".join(other) != b"".join(value):
                return False
        elif other != value:
            return False
    return True


@functools.cache
def _request_works() -> bool:
    """True when `_direct_request` builds what httpx's constructor builds (checked once)."""
    url = httpx.URL("https://api.example.com/api/v1/orders?limit=2")
    body = b'{"a": 1}'

    def parts() -> tuple[Any, ...]:
        return "POST", url, httpx.Headers({"X-Api-Key": "k"}), body, {"timeout": {}}

    try:
        built, reference = _direct_request(*parts()), _httpx_request(*parts())
        return _same(built, reference) and built.content == body and built.read() == body
    except Exception:  # any change in httpx's internals: let httpx build requests
        return False


@functools.cache
def _response_works() -> bool:
    """True when `_direct_response` builds what httpx's constructor builds (checked once)."""
    request = httpx.Request("GET", "https://api.example.com/")
    body = b'{"a": 1}'

    def parts() -> tuple[Any, ...]:
        headers = httpx.Headers([(b"Content-Type", b"application/json"), (b"X-Request-Id", b"req_1")])
        return 200, headers, body, request, {"http_version": b"HTTP/1.1"}

    try:
        built, reference = _direct_response(*parts()), _httpx_response(*parts())
        return (
            _same(built, reference)
            and built.read() == body
            and built.json() == {"a": 1}
            and built.text == body.decode()
            and list(built.iter_bytes()) == [body]
            and built.request is request
        )
    except Exception:  # any change in httpx's internals: let httpx build responses
        return False


# Chosen on import: a check on every call would cost a call per request and per response.
#: Builds a request (see `_httpx_request`).
new_request: Callable[[str, httpx.URL, httpx.Headers, bytes, dict[str, Any]], httpx.Request] = (
    _direct_request if _request_works() else _httpx_request
)
#: Builds a response (see `_httpx_response`).
new_response: Callable[[int, httpx.Headers, bytes, httpx.Request, dict[str, Any]], httpx.Response] = (
    _direct_response if _response_works() else _httpx_response
)

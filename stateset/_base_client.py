"""What every client does per call: build the request, send it through the stack, decode.

The generated resource classes call `_call`, `_call_raw` and `_fetch_page`. Request
building and decoding are pure functions; `SyncClientBase` and `AsyncClientBase` only
drive them, and translate httpx's exceptions into the SDK's exactly once, here.

Requests go straight into the SDK's transport stack (`Wire`), not through
``httpx.Client.send``: the client's base URL, headers and timeout are merged once at
construction instead of per call, and httpx's cookie jar, redirect and auth machinery,
which an API client never uses, is skipped. That machinery cost more per request than
the whole stack (measured in ``benchmarks/bench_client.py``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Coroutine, Mapping
from datetime import timedelta
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

import attrs
import httpx

from ._checks import MAX_TIMEOUT, check_headers, check_idempotency_key, check_max_retries, timeout_of
from ._constants import EXT_MAX_RETRIES, IDEMPOTENCY_KEY_HEADER
from ._errors import (
    APIConnectionError,
    connection_error_from,
)
from ._headers import HeaderLines
from ._httpx_build import ReadResponse, new_request
from ._pagination import Page, Paging, decode_page
from ._response import APIResponse, aread_body, decode, dump_json, identity, parse_with, read_body, unwrap
from ._url import URLJoiner

T = TypeVar("T")
R = TypeVar("R")

_SENDS_BODY = frozenset({"POST", "PUT", "PATCH"})

#: Extension naming the operation a request belongs to (for hooks, logs and the cache).
EXT_OPERATION = "stateset.operation"


class NotGiven:
    """Marks an option the caller did not pass (``None`` can be a real value, e.g. no timeout)."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

#: What `Wire.hits` answers when the call must be sent the normal way.
MISS: Any = object()

#: A per-call timeout: seconds, an `httpx.Timeout`, or None for no timeout.
Timeout = float | httpx.Timeout | None


@attrs.frozen
class Endpoint:
    """Static facts of one operation, emitted by the generator beside each resource method."""

    operation_id: str
    method: str
    path: str
    tag: str
    envelope: bool = True
    paging: Paging | None = None


class CallOptions(NamedTuple):
    """Per-call options every generated method accepts.

    A NamedTuple rather than an attrs class: one is built per call, and a tuple builds
    several times faster than a frozen attrs instance.
    """

    idempotency_key: str | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


#: `CallOptions` from its four fields in a tuple, in order: ``tuple.__new__`` in C, where
#: the NamedTuple's own constructor is a Python function (a generated method builds one
#: per call).
options_of: Callable[[tuple[Any, ...]], CallOptions] = functools.partial(tuple.__new__, CallOptions)


class Wire:
    """What every request of one client shares, merged once: origin, headers, timeout, stack.

    ``http`` is the client's `httpx.Client` or `httpx.AsyncClient`, whose headers include
    httpx's own defaults (``Accept-Encoding``...); ``transport`` is its outermost layer.
    """

    __slots__ = ("headers", "hits", "timeout", "transport", "url")

    def __init__(self, http: httpx.Client | httpx.AsyncClient, transport: Any, hits: Any = None) -> None:
        self.url = URLJoiner(str(http.base_url))
        #: Lower-cased names; ``host`` included, since requests are built with ``stream=``.
        self.headers = HeaderLines.of({"host": http.base_url.netloc.decode("ascii"), **dict(http.headers.items())})
        #: Read-only, so that a transport may keep what it derives from it by identity.
        self.timeout: Mapping[str, float | None] = MappingProxyType(http.timeout.as_dict())
        self.transport = transport
        #: Answers repeated GETs from an in-process cache without sending or decoding
        #: (`stateset.cache._hits.DecodedHits`), or None.
        self.hits = hits


def _stamped(response: httpx.Response, started: float) -> None:
    """Note on ``response`` how long the exchange took since ``started`` (its ``elapsed``)."""
    if type(response) is ReadResponse:
        response._seconds = time.perf_counter() - started  # made into ``elapsed`` if read
    else:
        response.elapsed = timedelta(seconds=time.perf_counter() - started)


def build_request(wire: Wire, endpoint: Endpoint, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Request:
    """Turn a generated endpoint's `_get_kwargs` result and the call options into a request."""
    if "headers" in kwargs or options.idempotency_key is not None or options.extra_headers is not None:
        headers = _headers(wire, kwargs, options)
    else:  # the call adds none: the client's own lines
        headers = wire.headers
    timeout = wire.timeout if isinstance(options.timeout, NotGiven) else timeout_of(options.timeout).as_dict()
    extensions: dict[str, Any] = {"timeout": timeout, EXT_OPERATION: endpoint.operation_id}
    if options.max_retries is not None:
        extensions[EXT_MAX_RETRIES] = check_max_retries(options.max_retries)
    method, url = kwargs["method"].upper(), wire.url(kwargs["url"], kwargs.get("params"))
    content, data, files = kwargs.get("content"), kwargs.get("data"), kwargs.get("files")
    if content is not None or data is not None or files is not None:
        # Raw bytes, forms and multipart: httpx encodes them and sets their headers.
        return httpx.Request(
            method, url, content=content, data=data, files=files, headers=headers.to_headers(), extensions=extensions
        )
    json = kwargs.get("json")
    body = b"" if json is None else dump_json(json)
    if body or method in _SENDS_BODY:
        if headers is wire.headers:  # the client's own: copied before they change
            headers = headers.copy()
        if json is not None:
            headers.set("content-type", "application/json")
        headers.set("content-length", str(len(body)))
    return new_request(method, url, headers.to_headers(), body, extensions)


def _headers(wire: Wire, kwargs: Mapping[str, Any], options: CallOptions) -> HeaderLines:
    """The client's headers, then the operation's, then the caller's (a later name wins)."""
    headers = wire.headers.copy()
    if extra := kwargs.get("headers"):
        headers.update(extra.items())
    if options.idempotency_key is not None:
        headers.set(IDEMPOTENCY_KEY_HEADER, check_idempotency_key(options.idempotency_key))
    if options.extra_headers is not None:
        headers.update(check_headers(options.extra_headers, "extra_headers"))
    return headers


def plain_call(options: CallOptions) -> bool:
    """True when no per-call option could change the request or fail validation.

    Per-call headers may carry other credentials or cache directives; bad values must
    raise as they would on the normal path. Both kinds take that path.
    """
    if options.extra_headers is not None or options.idempotency_key is not None:
        return False
    retries, timeout = options.max_retries, options.timeout
    if retries is not None and not (type(retries) is int and retries >= 0):
        return False
    if timeout is None or isinstance(timeout, NotGiven):
        return True
    return isinstance(timeout, int | float) and not isinstance(timeout, bool) and 0 < timeout <= MAX_TIMEOUT


def _translate(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TransportError):
        return connection_error_from(exc, request)
    return APIConnectionError(f"{type(exc).__name__}: {exc}", request=request)


def _page_parser(endpoint: Endpoint, parse: Callable[[Any], T], args: Mapping[str, int]) -> Callable[[Any], Page[T]]:
    assert endpoint.paging is not None  # only paged operations are fetched page by page
    paging = endpoint.paging
    return lambda data: decode_page(paging, data, parse, args)


#: Turns a sent and read response, the operation's envelope flag and its parser into
#: what a call returns (`decode` for the plain methods).
Finish = Callable[[httpx.Response, bool, Callable[[Any], T]], R]


def _keep_response(response: httpx.Response, envelope: bool, parse: Callable[[Any], Any]) -> httpx.Response:
    return response


def _with_response(response: httpx.Response, envelope: bool, parse: Callable[[Any], T]) -> APIResponse[T]:
    return APIResponse(decode(response, envelope, parse), response)


def _page_with_response(
    response: httpx.Response, envelope: bool, parse: Callable[[Any], Page[T]]
) -> tuple[Page[T], httpx.Response]:
    return parse_with(response, parse, unwrap(response, envelope)), response


class SyncClientBase:
    """The request engine behind `Stateset`."""

    _wire: Wire

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        options: CallOptions,
        finish: Finish[T, R],
    ) -> R:
        """Send one call and return ``finish(response, envelope, parse)``.

        A plain call (``finish`` is `decode`) is answered from the in-process cache first.
        """
        wire = self._wire
        if finish is decode and wire.hits is not None and plain_call(options):
            found: R = wire.hits.serve(wire, endpoint, kwargs, parse)
            if found is not MISS:
                return found
        request = build_request(wire, endpoint, kwargs, options)
        started = time.perf_counter()
        try:
            response: httpx.Response = wire.transport.handle_request(request)
            if type(response) is not ReadResponse or response._request is not request:
                # Not read by `new_response` for this very request: attach it, read it.
                response.request = request
                if not response.is_stream_consumed:  # else the transport has read it already
                    read_body(response, request)
            _stamped(response, started)
        except httpx.HTTPError as exc:
            raise _translate(exc, request) from exc
        return finish(response, endpoint.envelope, parse)

    def _send(self, endpoint: Endpoint, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Response:
        """Send one call and return its response, read but not decoded."""
        return self._call(endpoint, kwargs, identity, options, _keep_response)

    def _call_raw(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        options: CallOptions,
    ) -> APIResponse[T]:
        """Send one call and return its decoded value with the response."""
        return self._call(endpoint, kwargs, parse, options, _with_response)

    def _fetch_page(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        args: Mapping[str, int],
        options: CallOptions,
    ) -> tuple[Page[T], httpx.Response]:
        """Send one page request and return the decoded page with the response."""
        return self._call(endpoint, kwargs, _page_parser(endpoint, parse, args), options, _page_with_response)


class AsyncClientBase:
    """The request engine behind `AsyncStateset`.

    Each call is one coroutine, `_call`: every coroutine an awaited call passes through
    costs it on each resumption, so sending is not split into helpers that are awaited.
    """

    _wire: Wire

    async def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        options: CallOptions,
        finish: Finish[T, R],
    ) -> R:
        """The async twin of `SyncClientBase._call`."""
        wire = self._wire
        if finish is decode and wire.hits is not None and plain_call(options):
            found: R = wire.hits.serve(wire, endpoint, kwargs, parse)
            if found is not MISS:
                return found
        request = build_request(wire, endpoint, kwargs, options)
        started = time.perf_counter()
        try:
            response: httpx.Response = await wire.transport.handle_async_request(request)
            if type(response) is not ReadResponse or response._request is not request:
                response.request = request
                if not response.is_stream_consumed:  # else the transport has read it already
                    await aread_body(response, request)
            _stamped(response, started)
        except httpx.HTTPError as exc:
            raise _translate(exc, request) from exc
        return finish(response, endpoint.envelope, parse)

    def _send(
        self, endpoint: Endpoint, kwargs: Mapping[str, Any], options: CallOptions
    ) -> Coroutine[Any, Any, httpx.Response]:
        """Send one call and return its response, read but not decoded."""
        return self._call(endpoint, kwargs, identity, options, _keep_response)

    def _call_raw(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        options: CallOptions,
    ) -> Coroutine[Any, Any, APIResponse[T]]:
        """Send one call and return its decoded value with the response."""
        return self._call(endpoint, kwargs, parse, options, _with_response)

    def _fetch_page(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        args: Mapping[str, int],
        options: CallOptions,
    ) -> Coroutine[Any, Any, tuple[Page[T], httpx.Response]]:
        """Send one page request and return the decoded page with the response."""
        return self._call(endpoint, kwargs, _page_parser(endpoint, parse, args), options, _page_with_response)

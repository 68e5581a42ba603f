"""What every client does per call: build the request, send it through the stack, decode.

The generated resource classes call `_call`, `_call_raw` and `_fetch_page`. Request
building and decoding are pure functions; `SyncClientBase` and `AsyncClientBase` only
drive them, and translate httpx's exceptions into the SDK's exactly once, here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from ._constants import EXT_MAX_RETRIES, IDEMPOTENCY_KEY_HEADER
from ._errors import APIConnectionError, ConfigurationError, connection_error_from
from ._pagination import Page, Paging, decode_page
from ._response import APIResponse, decode, parse_with, unwrap

T = TypeVar("T")

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


@attrs.frozen
class CallOptions:
    """Per-call options every generated method accepts."""

    idempotency_key: str | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    endpoint: Endpoint,
    kwargs: Mapping[str, Any],
    options: CallOptions,
) -> httpx.Request:
    """Turn a generated endpoint's `_get_kwargs` result and the call options into a request."""
    headers = dict(kwargs.get("headers") or {})
    if options.idempotency_key is not None:
        if not options.idempotency_key or len(options.idempotency_key) > 255:
            raise ConfigurationError("idempotency_key must be a non-empty string of at most 255 characters")
        headers[IDEMPOTENCY_KEY_HEADER] = options.idempotency_key
    if options.extra_headers:
        headers.update(options.extra_headers)
    extensions: dict[str, Any] = {EXT_OPERATION: endpoint.operation_id}
    if options.max_retries is not None:
        if options.max_retries < 0:
            raise ConfigurationError("max_retries must be zero or more")
        extensions[EXT_MAX_RETRIES] = options.max_retries
    timeout: Any = httpx.USE_CLIENT_DEFAULT if isinstance(options.timeout, NotGiven) else options.timeout
    return http.build_request(
        kwargs["method"],
        kwargs["url"],
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        content=kwargs.get("content"),
        data=kwargs.get("data"),
        files=kwargs.get("files"),
        headers=headers,
        timeout=timeout,
        extensions=extensions,
    )


def _translate(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TransportError):
        return connection_error_from(exc, request)
    return APIConnectionError(f"{type(exc).__name__}: {exc}", request=request)


def _page_parser(endpoint: Endpoint, parse: Callable[[Any], T], args: Mapping[str, int]) -> Callable[[Any], Page[T]]:
    assert endpoint.paging is not None  # only paged operations are fetched page by page
    paging = endpoint.paging
    return lambda data: decode_page(paging, data, parse, args)


class SyncClientBase:
    """The request engine behind `Stateset`."""

    _http: httpx.Client

    def _send(self, endpoint: Endpoint, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Response:
        request = build_request(self._http, endpoint, kwargs, options)
        try:
            return self._http.send(request)
        except httpx.HTTPError as exc:
            raise _translate(exc, request) from exc

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        **options: Any,
    ) -> T:
        return decode(self._send(endpoint, kwargs, CallOptions(**options)), endpoint.envelope, parse)

    def _call_raw(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        **options: Any,
    ) -> APIResponse[T]:
        response = self._send(endpoint, kwargs, CallOptions(**options))
        return APIResponse(decode(response, endpoint.envelope, parse), response)

    def _fetch_page(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        args: Mapping[str, int],
        options: CallOptions,
    ) -> tuple[Page[T], httpx.Response]:
        response = self._send(endpoint, kwargs, options)
        data = unwrap(response, endpoint.envelope)
        return parse_with(response, _page_parser(endpoint, parse, args), data), response


class AsyncClientBase:
    """The request engine behind `AsyncStateset`."""

    _http: httpx.AsyncClient

    async def _send(self, endpoint: Endpoint, kwargs: Mapping[str, Any], options: CallOptions) -> httpx.Response:
        request = build_request(self._http, endpoint, kwargs, options)
        try:
            return await self._http.send(request)
        except httpx.HTTPError as exc:
            raise _translate(exc, request) from exc

    async def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        **options: Any,
    ) -> T:
        return decode(await self._send(endpoint, kwargs, CallOptions(**options)), endpoint.envelope, parse)

    async def _call_raw(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        **options: Any,
    ) -> APIResponse[T]:
        response = await self._send(endpoint, kwargs, CallOptions(**options))
        return APIResponse(decode(response, endpoint.envelope, parse), response)

    async def _fetch_page(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        args: Mapping[str, int],
        options: CallOptions,
    ) -> tuple[Page[T], httpx.Response]:
        response = await self._send(endpoint, kwargs, options)
        data = unwrap(response, endpoint.envelope)
        return parse_with(response, _page_parser(endpoint, parse, args), data), response

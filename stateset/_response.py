"""Decoding responses: status check, envelope unwrapping and model parsing, without I/O."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._constants import REQUEST_ID_HEADER
from ._errors import APIError, ConfigurationError, ResponseValidationError, status_error_from_response
from ._json_values import has_non_finite

T = TypeVar("T")

# What a generated model's from_dict raises on a body of the wrong shape.
_DECODE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


@attrs.frozen
class APIResponse(Generic[T]):
    """A decoded value together with the HTTP response it came from.

    Returned by ``client.with_raw_response.<resource>.<method>(...)``::

        raw = client.with_raw_response.orders.get(order_id)
        print(raw.request_id, raw.status_code, raw.headers["X-RateLimit-Remaining"])
        order = raw.parsed
    """

    parsed: T
    """The same value the plain method returns."""
    http_response: httpx.Response = attrs.field(repr=False)
    """The underlying `httpx.Response`."""

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The API's request id (``X-Request-Id``): quote it when asking for support."""
        value: str | None = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value


def read_body(response: httpx.Response, request: httpx.Request) -> None:
    """Read the whole body of ``response`` (to ``request``), closing it if that fails.

    A body that is not what its ``Content-Encoding`` says raises `undecodable`'s error
    (a malformed reply), not httpx's DecodingError.
    """
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        raise undecodable(response, request, exc) from exc
    except BaseException:
        response.close()
        raise


async def aread_body(response: httpx.Response, request: httpx.Request) -> None:
    """The async twin of `read_body`."""
    try:
        await response.aread()
    except httpx.DecodingError as exc:
        await response.aclose()
        raise undecodable(response, request, exc) from exc
    except BaseException:
        await response.aclose()
        raise


def undecodable(response: httpx.Response, request: httpx.Request, exc: httpx.DecodingError) -> APIError:
    """The error for a body that does not match its ``Content-Encoding`` (a malformed reply).

    The exchange itself succeeded, so it is no connection error: an error status keeps its
    typed class (a 503 is still retryable by the caller), a 2xx is a ResponseValidationError.
    """
    headers = [
        (name, value)
        for name, value in response.headers.raw
        if name.lower() not in (b"content-encoding", b"content-length")
    ]
    bare = httpx.Response(response.status_code, headers=headers, content=b"", request=request)
    if not bare.is_success:
        return status_error_from_response(bare)
    encoding = response.headers.get("content-encoding", "")
    return ResponseValidationError(f"the API's body is not valid {encoding} data: {exc}", response=bare)


def _pick_loads() -> Callable[[bytes], Any]:
    # orjson (extra "fast") parses about 3x faster than the stdlib; both raise ValueError
    # subclasses on bad input, so callers need not know which one is in use.
    try:
        import orjson
    except ImportError:
        return json.loads
    return orjson.loads


_loads: Callable[[bytes], Any] | None = None


def loads(content: bytes) -> Any:
    """Parse JSON bytes with the fastest parser installed (decided on first use)."""
    return (_loads or _chosen_loads())(content)


def _chosen_loads() -> Callable[[bytes], Any]:
    global _loads
    _loads = _pick_loads()
    return _loads


def _pick_dumps() -> Callable[[Any], bytes] | None:
    # orjson (extra "fast") encodes a bulk batch's body ~10x faster. Datetimes, dataclasses
    # and subclasses of str, int, dict and list, which it would write its own way, are
    # handed to the stdlib, which writes or refuses them as before.
    try:
        import orjson
    except ImportError:
        return None
    option = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS
    return functools.partial(orjson.dumps, option=option)


_dumps: Callable[[Any], bytes] | None = None
_dumps_picked = False


def dump_json(value: Any) -> bytes:
    """Encode a request body as compact UTF-8 JSON (what httpx's ``json=`` sends).

    A value JSON cannot carry (NaN, a set, an arbitrary object) raises ConfigurationError
    before anything is sent.
    """
    global _dumps, _dumps_picked
    if not _dumps_picked:
        _dumps, _dumps_picked = _pick_dumps(), True
    if _dumps is not None:
        try:
            body = _dumps(value)
        except TypeError:  # orjson.JSONEncodeError: the stdlib writes it (integers past 64 bits) or refuses it
            pass
        else:
            # orjson writes NaN and infinities as null; the stdlib refuses them (below).
            if b"null" not in body or not has_non_finite(value):
                return body
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"the request body cannot be sent as JSON: {exc}") from None
    except RecursionError:  # a cycle, or nesting deeper than the interpreter allows
        raise ConfigurationError(
            "the request body cannot be sent as JSON: it nests too deeply or contains itself"
        ) from None


def unwrap(response: httpx.Response, envelope: bool) -> Any:
    """Raise for an error status, then return the body (its ``data`` when enveloped).

    A body that is not JSON raises ResponseValidationError.
    """
    if not 200 <= response.status_code < 300:  # `is_success`, without its two calls
        raise status_error_from_response(response)
    try:
        body = loads(response.content)
    except ValueError as exc:  # JSONDecodeError, orjson.JSONDecodeError and UnicodeDecodeError
        raise ResponseValidationError(f"the API returned a body that is not JSON: {exc}", response=response) from None
    except RecursionError:  # the stdlib parser on nesting deeper than the interpreter allows
        raise ResponseValidationError("the API returned JSON nested too deeply to parse", response=response) from None
    if not envelope:
        return body
    if not isinstance(body, dict) or "data" not in body:
        raise ResponseValidationError("the API's response lacks the {success, data} envelope", response=response)
    if body.get("success") is False:
        raise ResponseValidationError("the API answered success=false with a 2xx status", response=response)
    return body["data"]


def parse_with(response: httpx.Response, parse: Callable[[Any], T], data: Any) -> T:
    """Decode ``data`` with a generated parser, turning shape errors into ResponseValidationError."""
    try:
        return parse(data)
    except _DECODE_ERRORS as exc:
        raise ResponseValidationError(
            f"the API's response does not match the contract: {type(exc).__name__}: {exc}", response=response
        ) from None


def decode(response: httpx.Response, envelope: bool, parse: Callable[[Any], T]) -> T:
    """The whole decoding of one response (status, JSON, envelope, model)."""
    if parse is no_content:
        if not response.is_success:
            raise status_error_from_response(response)
        return parse(None)
    return parse_with(response, parse, unwrap(response, envelope))


def no_content(data: Any) -> None:
    """Parser marker for operations that answer with no body (e.g. 204)."""
    return None


def identity(data: Any) -> Any:
    """Parser for operations whose contract leaves ``data`` untyped."""
    return data


def list_of(parse: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    """Parser for a ``data`` that is a list of models."""

    def parse_list(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        return [parse(item) for item in data]

    return parse_list

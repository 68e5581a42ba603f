"""The one exception tree of the Stateset SDK.

::

    StatesetError
    ├── ConfigurationError          (also ValueError)   bad argument, missing API key
    ├── MissingDependencyError      (also ImportError)  optional extra not installed
    └── APIError                                        anything about talking to the API
        ├── APIStatusError                              the API answered with a non-2xx status
        │   ├── BadRequestError             400
        │   ├── AuthenticationError         401
        │   ├── PermissionDeniedError       403
        │   ├── NotFoundError               404
        │   ├── ConflictError               409
        │   ├── UnprocessableEntityError    422
        │   ├── RateLimitError              429  (.retry_after)
        │   └── InternalServerError         >= 500
        ├── APIConnectionError                          no usable response (DNS, reset, TLS...)
        │   └── APITimeoutError                         a connect/read/write/pool timeout
        └── ResponseValidationError                     a 2xx body of the wrong shape

Errors are built once, at the client edge, by :func:`status_error_from_response` and
:func:`connection_error_from`. Building never raises, whatever the body looks like, and
no message or repr ever contains request headers or credential values.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import httpx

from ._constants import (
    API_KEY_ENV,
    AUTHORIZATION_HEADER,
    MAX_ERROR_SNIPPET,
    REQUEST_ID_HEADER,
    SENSITIVE_HEADERS,
)
from ._instrumentation import redact, redact_headers
from ._retry import parse_retry_after

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "MissingDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StatesetError",
    "UnprocessableEntityError",
    "connection_error_from",
    "missing_api_key",
    "status_error_from_response",
]


class StatesetError(Exception):
    """Base class of every error the SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which Exception's default pickling can't
        # replay; restore args and attributes directly so errors cross process boundaries.
        # Task queues persist pickled errors: ship credential-free copies of the exchange.
        state = dict(self.__dict__)
        if isinstance(state.get("request"), httpx.Request):
            state["request"] = _scrubbed_request(state["request"])
        if isinstance(state.get("response"), httpx.Response):
            state["response"] = _scrubbed_response(state["response"])
        return (_rebuild, (type(self), self.args), state)


def _rebuild(cls: type[StatesetError], args: tuple[Any, ...]) -> StatesetError:
    error = cls.__new__(cls)
    error.args = args
    return error


def _scrubbed_request(request: httpx.Request) -> httpx.Request:
    """Copy method, URL and redacted headers only (no body, no credentials)."""
    return httpx.Request(request.method, request.url, headers=dict(redact_headers(request.headers)))


def _scrubbed_response(response: httpx.Response) -> httpx.Response:
    request = _request_of(response)
    return httpx.Response(
        response.status_code,
        headers=dict(redact_headers(response.headers)),
        content=_content(response),
        request=_scrubbed_request(request) if request is not None else None,
    )


class ConfigurationError(StatesetError, ValueError):
    """An argument or setting is invalid, e.g. no API key was configured."""


class MissingDependencyError(StatesetError, ImportError):
    """An optional dependency is not installed; the message names the install command."""

    def __init__(self, message: str, *, module: str, extra: str | None, install_command: str | None = None) -> None:
        #: The shell command that fixes it, e.g. ``pip install "stateset[aiohttp]"``.
        self.install_command = install_command or f'pip install "stateset[{extra}]"'
        super().__init__(f"{message} Install it with: {self.install_command}", name=module)
        self.module = module
        self.extra = extra


class APIError(StatesetError):
    """Base class of errors raised while talking to the Stateset API."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: The request that failed. Its headers hold credentials: never log it raw.
        self.request = request


class APIConnectionError(APIError):
    """No usable response arrived: DNS failure, refused or reset connection, TLS error."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class ResponseValidationError(APIError):
    """A 2xx response whose body is not what the API contract promises."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)
        suffix = f" (request_id: {self.request_id})" if self.request_id else ""
        super().__init__(redact(message, _request_secrets(response)) + suffix, request=_request_of(response))


class APIStatusError(APIError):
    """The API answered with a non-success status code."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        error: str | None = None,
        details: object = None,
        request_id: str | None = None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        #: Parsed JSON body, else the body as text, else None when empty.
        self.body = body
        #: The server's machine-readable error code, e.g. ``"not_found"``.
        self.error = error
        self.details = details
        self.request_id = request_id
        super().__init__(message, request=_request_of(response))
        # Exception.__str__ shows args[0]; keep .message as the server's own text.
        self.args = (self._summary(),)

    def _summary(self) -> str:
        reason = httpx.codes.get_reason_phrase(self.status_code)
        head = f"HTTP {self.status_code} {reason}".rstrip()
        text = self.message
        if len(text) > MAX_ERROR_SNIPPET:
            text = text[:MAX_ERROR_SNIPPET] + "..."
        extras = [f"{k}: {v}" for k, v in (("error", self.error), ("request_id", self.request_id)) if v]
        return f"{head}: {text}" + (f" ({', '.join(extras)})" if extras else "")


class BadRequestError(APIStatusError):
    """400: the request is malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key or token is missing, invalid or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or is not visible to these credentials)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but fails validation."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, response: httpx.Response, **kwargs: Any) -> None:
        #: Seconds the server asked us to wait (Retry-After / retry-after-ms), or None.
        self.retry_after: float | None = parse_retry_after(response.headers)
        super().__init__(message, response=response, **kwargs)


class InternalServerError(APIStatusError):
    """>= 500: the server (or a gateway in front of it) failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_HTML_DROP = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
_HTML_TAG = re.compile(r"(?s)<[^>]*>")
_WHITESPACE = re.compile(r"\s+")
_SNIPPET = 200
_SNIPPET_SCAN = 16_384


def missing_api_key() -> ConfigurationError:
    """Return the error raised when no API key was passed or found in the environment."""
    return ConfigurationError(f"No Stateset API key: pass api_key=... or set the {API_KEY_ENV} environment variable.")


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Map a non-2xx response to the matching :class:`APIStatusError` subclass.

    The body is parsed leniently: the API's ``{"error", "message", "details",
    "request_id"}`` shape, ``{"success": false, "error": {...}}`` nesting and
    ``{"errors": [...]}`` lists are understood; anything else (HTML, empty, invalid or
    non-UTF-8 bytes) yields a short text snippet. Never raises. The response body must
    already be read (``response.read()``/``await response.aread()``); if not, it is
    treated as empty.
    """
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    raw = _content(response)
    body = _decode_body(raw)
    fields = _error_fields(body)
    message = fields.get("message") or _snippet(raw) or "empty response body"
    request_id = response.headers.get(REQUEST_ID_HEADER) or fields.get("request_id")
    secrets = _request_secrets(response)
    return cls(
        redact(message, secrets),
        response=response,
        body=body,
        error=redact(fields["error"], secrets) if fields.get("error") else None,
        details=fields.get("details"),
        request_id=request_id,
    )


def connection_error_from(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """Translate an httpx transport exception; timeouts become :class:`APITimeoutError`.

    The original exception is attached as ``__cause__`` for debugging.
    """
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "Request timed out" if cls is APITimeoutError else "Connection error"
    detail = str(exc) or "no detail"
    message = f"{what} on {request.method} {request.url.path}: {type(exc).__name__}: {detail}"
    error = cls(redact(message, _secrets_in(request)), request=request)
    error.__cause__ = exc
    return error


def _request_of(response: httpx.Response) -> httpx.Request | None:
    # Response.request raises when a Response was built by hand without one.
    try:
        return response.request
    except RuntimeError:
        return None


def _request_secrets(response: httpx.Response) -> list[str]:
    request = _request_of(response)
    return _secrets_in(request) if request is not None else []


def _secrets_in(request: httpx.Request) -> list[str]:
    """Credential values carried by the request, so they can be scrubbed from messages."""
    found: list[str] = []
    for name, value in request.headers.items():
        if name.lower() in SENSITIVE_HEADERS:
            found.append(value)
            if name.lower() == AUTHORIZATION_HEADER.lower() and " " in value:
                found.append(value.split(" ", 1)[1])
    return found


def _content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _decode_body(raw: bytes) -> object:
    """Return the parsed JSON body, else its (lossy) text, else None when empty."""
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # JSONDecodeError/UnicodeDecodeError; deep nesting
        return raw.decode("utf-8", errors="replace")


def _error_fields(body: object) -> dict[str, Any]:
    """Pick error/message/details/request_id out of the known error-body shapes."""
    if not isinstance(body, dict):
        return {}
    fields: dict[str, Any] = {"details": body.get("details")}
    error = body.get("error")
    if isinstance(error, dict):  # {"success": false, "error": {...}}
        fields["error"] = _text(error.get("code") or error.get("type"))
        fields["message"] = _text(error.get("message"))
        fields["details"] = error.get("details", fields["details"])
        fields["request_id"] = _text(error.get("request_id"))
    else:
        fields["error"] = _text(error)
    fields["message"] = _text(body.get("message")) or fields.get("message") or fields["error"]
    fields["request_id"] = _text(body.get("request_id")) or fields.get("request_id")
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        fields["details"] = fields["details"] or errors
        first = errors[0]
        first_message = _text(first.get("message")) if isinstance(first, dict) else _text(first)
        fields["message"] = fields["message"] or first_message
    return fields


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _snippet(raw: bytes) -> str:
    """Return a short, single-line, tag-free excerpt of a non-JSON body."""
    # Bounded input keeps the regexes linear-ish even on a hostile multi-MB page.
    text = raw[:_SNIPPET_SCAN].decode("utf-8", errors="replace")
    if text.lstrip().startswith("<"):
        text = html.unescape(_HTML_TAG.sub(" ", _HTML_DROP.sub(" ", text)))
    text = _WHITESPACE.sub(" ", text).strip()
    return text[:_SNIPPET] + "..." if len(text) > _SNIPPET else text

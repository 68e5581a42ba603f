"""Observability without leaks: hook events, the ``stateset`` logger, and redaction.

Hooks receive frozen, already-redacted events, so a hook that logs or ships an event
somewhere cannot leak the API key. Hook errors are *logged and swallowed*: a broken
metrics hook must never fail (or, worse, half-perform) a payment-creating request. They
are logged at WARNING on the ``stateset`` logger with the traceback, so they are seen.

Logging: set ``STATESET_LOG=info`` (one line per attempt and per retry) or
``STATESET_LOG=debug`` (plus redacted request headers) and call
:func:`configure_logging_from_env` (the client does it once).
"""

from __future__ import annotations

import inspect
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus

import attrs
import httpx

from ._constants import (
    LOG_ENV,
    LOGGER_NAME,
    REDACTED,
    SENSITIVE_HEADER_FRAGMENTS,
    SENSITIVE_HEADERS,
)

__all__ = [
    "ErrorEvent",
    "Hooks",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
    "aemit",
    "configure_logging_from_env",
    "emit",
    "is_sensitive_header",
    "logger",
    "redact",
    "redact_headers",
]

#: The SDK's logger. Silent unless the application (or STATESET_LOG) enables it.
logger = logging.getLogger(LOGGER_NAME)

_E = TypeVar("_E")


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret in ``text`` (also URL-encoded) by REDACTED."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        # URLs carry secrets percent-encoded, so scrub those spellings too.
        for form in {secret, quote(secret, safe=""), quote_plus(secret, safe="")}:
            if form in text:
                text = text.replace(form, REDACTED)
    return text


def is_sensitive_header(name: str) -> bool:
    """Whether a header's value is a credential (by name), e.g. ``Authorization``."""
    lowered = name.lower()
    return lowered in SENSITIVE_HEADERS or any(f in lowered for f in SENSITIVE_HEADER_FRAGMENTS)


def redact_headers(headers: httpx.Headers | Mapping[str, str], secrets: Iterable[str] = ()) -> Mapping[str, str]:
    """Return a read-only copy of ``headers`` with credential values replaced by REDACTED.

    Credential headers are recognised by name (:func:`is_sensitive_header`); any value
    that merely contains one of ``secrets`` is scrubbed with :func:`redact`.
    """
    secret_list = [s for s in secrets if s]
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    clean: dict[str, str] = {}
    for name, value in items:
        shown = REDACTED if is_sensitive_header(name) else redact(value, secret_list)
        clean[name] = f"{clean[name]}, {shown}" if name in clean else shown
    return MappingProxyType(clean)


@attrs.frozen
class RequestEvent:
    """An attempt is about to be sent. ``url`` and ``headers`` are redacted."""

    method: str
    url: str
    headers: Mapping[str, str]
    attempt: int


@attrs.frozen
class ResponseEvent:
    """An attempt got a response (headers received; the body may not be read yet)."""

    request: RequestEvent
    status_code: int
    headers: Mapping[str, str]
    #: Seconds from sending to receiving the response headers.
    elapsed: float
    attempt: int
    request_id: str | None


@attrs.frozen
class ErrorEvent:
    """An attempt failed without a response; ``message`` is redacted."""

    request: RequestEvent
    #: e.g. ``"ConnectTimeout"``: the httpx exception class name.
    exception_type: str
    message: str
    attempt: int
    elapsed: float


@attrs.frozen
class RetryEvent:
    """The SDK will resend ``request`` as attempt number ``attempt`` after ``delay`` s."""

    request: RequestEvent
    #: The number of the attempt about to be made (2 for the first retry).
    attempt: int
    delay: float
    #: Why: ``"status 503"`` or an exception class name such as ``"ReadTimeout"``.
    reason: str


Hook = Callable[[_E], object]

_callables: Any = attrs.validators.deep_iterable(attrs.validators.is_callable())


# One converter per event type: mypy's attrs plugin cannot bind a generic converter, and
# ``converter=tuple`` would type the constructor's parameters with an unbound TypeVar.
def _request_hooks(hooks: Iterable[Hook[RequestEvent]]) -> tuple[Hook[RequestEvent], ...]:
    return tuple(hooks)


def _response_hooks(hooks: Iterable[Hook[ResponseEvent]]) -> tuple[Hook[ResponseEvent], ...]:
    return tuple(hooks)


def _error_hooks(hooks: Iterable[Hook[ErrorEvent]]) -> tuple[Hook[ErrorEvent], ...]:
    return tuple(hooks)


def _retry_hooks(hooks: Iterable[Hook[RetryEvent]]) -> tuple[Hook[RetryEvent], ...]:
    return tuple(hooks)


@attrs.frozen
class Hooks:
    """Callbacks per event kind; each field is a tuple of callables taking one event.

    Async clients also accept ``async def`` hooks (they are awaited); sync clients only
    take plain callables. A hook that raises is logged (WARNING) and ignored.
    """

    on_request: tuple[Hook[RequestEvent], ...] = attrs.field(default=(), converter=_request_hooks, validator=_callables)
    on_response: tuple[Hook[ResponseEvent], ...] = attrs.field(
        default=(), converter=_response_hooks, validator=_callables
    )
    on_error: tuple[Hook[ErrorEvent], ...] = attrs.field(default=(), converter=_error_hooks, validator=_callables)
    on_retry: tuple[Hook[RetryEvent], ...] = attrs.field(default=(), converter=_retry_hooks, validator=_callables)


def emit(hooks: tuple[Hook[_E], ...], event: _E) -> None:
    """Call each hook with ``event``; a failing hook is logged, never raised."""
    for hook in hooks:
        try:
            result = hook(event)
        except Exception:  # isolation is the point: see the module docstring
            logger.warning("stateset hook %r raised; ignoring it", hook, exc_info=True)
            continue
        if inspect.isawaitable(result):
            _discard(result)
            logger.warning("stateset hook %r is async; use it with the async client", hook)


async def aemit(hooks: tuple[Hook[_E], ...], event: _E) -> None:
    """Like :func:`emit`, awaiting hooks that return awaitables."""
    for hook in hooks:
        try:
            result = hook(event)
            if inspect.isawaitable(result):
                await result
        except Exception:  # isolation is the point: see the module docstring
            logger.warning("stateset hook %r raised; ignoring it", hook, exc_info=True)


def _discard(awaitable: Any) -> None:
    # Closing an un-awaited coroutine prevents a "never awaited" RuntimeWarning.
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()


_configured = False


def configure_logging_from_env(environ: Mapping[str, str] | None = None) -> int | None:
    """Apply ``STATESET_LOG=debug|info`` to the ``stateset`` logger, once per process.

    Sets the logger level and, only if neither it nor the root logger has a handler,
    attaches a stderr handler so the lines are visible. Returns the level applied, or
    None when the variable is unset/unknown or logging was already configured by this
    function. Idempotent: later calls do nothing (the env is read once).
    """
    global _configured
    if _configured:
        return None
    _configured = True
    value = (os.environ if environ is None else environ).get(LOG_ENV, "").strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(value)
    if level is None:
        return None
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    return level


def _reset_logging_configuration() -> None:
    """Forget that :func:`configure_logging_from_env` ran (tests only)."""
    global _configured
    _configured = False

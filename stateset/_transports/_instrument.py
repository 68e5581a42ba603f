"""Per-attempt hooks and log lines, fed only redacted data."""

from __future__ import annotations

import logging
import time
from collections.abc import Coroutine, Iterable
from typing import Any

import httpx

from .._constants import EXT_ATTEMPT, REQUEST_ID_HEADER
from .._instrumentation import (
    ErrorEvent,
    Hooks,
    RequestEvent,
    ResponseEvent,
    aemit,
    emit,
    logger,
    redact,
    redact_headers,
)
from ._base import Layer, Transport

__all__ = ["InstrumentationTransport"]


class InstrumentationTransport(Layer):
    """Report every attempt to hooks and the ``stateset`` logger.

    Sits just above the network so each retry is seen; the attempt number comes from
    ``request.extensions["stateset.attempt"]`` (set by the retry layer, default 1).
    When no hook is registered and INFO logging is off, it costs one level check.
    """

    def __init__(self, next_transport: Transport, *, hooks: Hooks | None = None, secrets: Iterable[str] = ()) -> None:
        super().__init__(next_transport)
        self._hooks = hooks or Hooks()
        self._secrets = tuple(s for s in secrets if s)
        self._silent = not (self._hooks.on_request or self._hooks.on_response or self._hooks.on_error)

    def _active(self) -> bool:
        return not self._silent or logger.isEnabledFor(logging.INFO)

    def _request_event(self, request: httpx.Request) -> RequestEvent:
        event = RequestEvent(
            method=request.method,
            url=redact(str(request.url), self._secrets),
            headers=redact_headers(request.headers, self._secrets),
            attempt=request.extensions.get(EXT_ATTEMPT, 1),
        )
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "sending %s %s (attempt %d) headers=%s",
                event.method,
                self._path(request),
                event.attempt,
                dict(event.headers),
            )
        return event

    def _response_event(
        self, sent: RequestEvent, request: httpx.Request, response: httpx.Response, start: float
    ) -> ResponseEvent:
        event = ResponseEvent(
            request=sent,
            status_code=response.status_code,
            headers=redact_headers(response.headers, self._secrets),
            elapsed=time.perf_counter() - start,
            attempt=sent.attempt,
            request_id=response.headers.get(REQUEST_ID_HEADER),
        )
        logger.info(
            "%s %s -> %d (attempt %d, %.1f ms, request_id=%s)",
            sent.method,
            self._path(request),
            event.status_code,
            event.attempt,
            event.elapsed * 1000,
            event.request_id,
        )
        return event

    def _error_event(self, sent: RequestEvent, request: httpx.Request, exc: Exception, start: float) -> ErrorEvent:
        event = ErrorEvent(
            request=sent,
            exception_type=type(exc).__name__,
            message=redact(str(exc), self._secrets),
            attempt=sent.attempt,
            elapsed=time.perf_counter() - start,
        )
        logger.info(
            "%s %s failed: %s: %s (attempt %d, %.1f ms)",
            sent.method,
            self._path(request),
            event.exception_type,
            event.message,
            event.attempt,
            event.elapsed * 1000,
        )
        return event

    def _path(self, request: httpx.Request) -> str:
        # The path only: query strings often carry emails and other personal data.
        return redact(request.url.path, self._secrets)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt, reporting it (sync)."""
        if not self._active():
            return self._send(request)
        sent = self._request_event(request)
        emit(self._hooks.on_request, sent)
        start = time.perf_counter()
        try:
            response = self._send(request)
        except Exception as exc:  # reported, then re-raised unchanged
            emit(self._hooks.on_error, self._error_event(sent, request, exc, start))
            raise
        emit(self._hooks.on_response, self._response_event(sent, request, response, start))
        return response

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Send one attempt, reporting it (async)."""
        return self._areport(request) if self._active() else self._asend(request)

    async def _areport(self, request: httpx.Request) -> httpx.Response:
        sent = self._request_event(request)
        await aemit(self._hooks.on_request, sent)
        start = time.perf_counter()
        try:
            response = await self._asend(request)
        except Exception as exc:  # reported, then re-raised unchanged
            await aemit(self._hooks.on_error, self._error_event(sent, request, exc, start))
            raise
        await aemit(self._hooks.on_response, self._response_event(sent, request, response, start))
        return response

"""Drive the pure retry policy of :mod:`stateset._retry` with ``backoff``, sync and async."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import Any

import attrs
import httpx

from .._checks import check_max_retries
from .._constants import (
    DEFAULT_MAX_RETRIES,
    EXT_ATTEMPT,
    EXT_MAX_RETRIES,
    IDEMPOTENCY_KEY_HEADER,
    RETRYABLE_STATUS_CODES,
)
from .._instrumentation import (
    Hooks,
    RequestEvent,
    RetryEvent,
    aemit,
    emit,
    logger,
    redact,
    redact_headers,
)
from .._retry import Random, parse_retry_after, retry_delay, should_retry
from ._base import Layer, Transport

#: Below this status no response is ever retried (the common case skips the policy).
_FIRST_RETRIED_STATUS = min(RETRYABLE_STATUS_CODES)

__all__ = ["RetryTransport"]


@attrs.frozen
class _Outcome:
    """One attempt's result, handed to backoff's predicate (a response or an error)."""

    request: httpx.Request
    attempt: int
    max_retries: int
    response: httpx.Response | None = None
    error: httpx.TransportError | None = None

    def result(self) -> httpx.Response:
        if self.error is not None:
            raise self.error
        assert self.response is not None
        return self.response

    @property
    def reason(self) -> str:
        if self.response is not None:
            return f"status {self.response.status_code}"
        return type(self.error).__name__


def _no_wait() -> Generator[float, Any, None]:
    # backoff hard-codes time.sleep/asyncio.sleep. We let it "sleep" 0 s and do the real
    # wait in on_backoff with an injectable sleeper, so tests need no wall-clock time.
    while True:
        yield 0.0


class RetryTransport(Layer):
    """Resend failed attempts when :func:`stateset._retry.should_retry` allows it.

    Per request: ``extensions={"stateset.max_retries": n}`` overrides ``max_retries``
    (0 disables). Requests with a streaming (non-replayable) body are never resent.
    Discarded responses are read and closed so their connection returns to the pool.
    After the last attempt, its response is returned or its httpx exception re-raised.
    """

    def __init__(
        self,
        next_transport: Transport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        hooks: Hooks | None = None,
        secrets: Iterable[str] = (),
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: Random | None = None,
    ) -> None:
        super().__init__(next_transport)
        self._max_retries = check_max_retries(max_retries)
        self._hooks = hooks or Hooks()
        self._secrets = tuple(s for s in secrets if s)
        self._sleep = sleep or time.sleep
        self._async_sleep = async_sleep
        self._rng = rng
        # Built on the first retry: backoff (and the asyncio it imports) stays out of
        # `import stateset`, and most calls never retry.
        self._drivers: tuple[Callable[..., _Outcome], Callable[..., Awaitable[_Outcome]]] | None = None

    def _build_drivers(self) -> tuple[Callable[..., _Outcome], Callable[..., Awaitable[_Outcome]]]:
        if self._drivers is None:
            import backoff

            policy: dict[str, Any] = {"jitter": None, "logger": None}  # logger=None: no leaks
            drive = backoff.on_predicate(_no_wait, self._wants_retry, on_backoff=self._on_backoff, **policy)
            adrive = backoff.on_predicate(_no_wait, self._wants_retry, on_backoff=self._aon_backoff, **policy)
            self._drivers = (drive(self._attempt), adrive(self._aattempt))
        return self._drivers

    def _budget(self, request: httpx.Request) -> int:
        override = request.extensions.get(EXT_MAX_RETRIES)
        request.extensions[EXT_ATTEMPT] = 1  # the first attempt; `_attempt` counts the others
        budget = self._max_retries if override is None else check_max_retries(override)
        # Judge before sending: transports may buffer the stream into a ByteStream.
        return budget if isinstance(request.stream, httpx.ByteStream) else 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send with retries (sync)."""
        budget = self._budget(request)
        if budget == 0:
            return self._send(request)
        # The first attempt skips backoff's per-call bookkeeping (~6 us) and the outcome
        # record: most calls succeed.
        try:
            response = self._send(request)
        except httpx.TransportError as exc:
            first = _Outcome(request, 1, budget, error=exc)
        else:
            if response.status_code < _FIRST_RETRIED_STATUS:
                return response
            first = _Outcome(request, 1, budget, response=response)
        if not self._wants_retry(first):
            return first.result()
        self._pause(first)
        outcome: _Outcome = self._build_drivers()[0](request, budget)
        return outcome.result()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send with retries (async)."""
        budget = self._budget(request)
        if budget == 0:
            return await self._asend(request)
        try:
            response = await self._asend(request)
        except httpx.TransportError as exc:
            first = _Outcome(request, 1, budget, error=exc)
        else:
            if response.status_code < _FIRST_RETRIED_STATUS:
                return response
            first = _Outcome(request, 1, budget, response=response)
        if not self._wants_retry(first):
            return first.result()
        await self._apause(first)
        outcome: _Outcome = await self._build_drivers()[1](request, budget)
        return outcome.result()

    def _attempt(self, request: httpx.Request, budget: int) -> _Outcome:
        attempt = request.extensions[EXT_ATTEMPT] = request.extensions[EXT_ATTEMPT] + 1
        try:
            return _Outcome(request, attempt, budget, response=self._send(request))
        except httpx.TransportError as exc:
            return _Outcome(request, attempt, budget, error=exc)

    async def _aattempt(self, request: httpx.Request, budget: int) -> _Outcome:
        attempt = request.extensions[EXT_ATTEMPT] = request.extensions[EXT_ATTEMPT] + 1
        try:
            return _Outcome(request, attempt, budget, response=await self._asend(request))
        except httpx.TransportError as exc:
            return _Outcome(request, attempt, budget, error=exc)

    def _wants_retry(self, outcome: _Outcome) -> bool:
        request = outcome.request
        status = outcome.response.status_code if outcome.response is not None else None
        return should_retry(
            request.method,
            status,
            outcome.error,
            IDEMPOTENCY_KEY_HEADER in request.headers,
            outcome.attempt,
            outcome.max_retries,
        )

    def _delay(self, outcome: _Outcome) -> float:
        hint = parse_retry_after(outcome.response.headers) if outcome.response else None
        return retry_delay(outcome.attempt, hint, rng=self._rng)

    def _retry_event(self, outcome: _Outcome, delay: float) -> RetryEvent | None:
        if not (self._hooks.on_retry or logger.isEnabledFor(logging.INFO)):
            return None
        request = outcome.request
        event = RetryEvent(
            request=RequestEvent(
                method=request.method,
                url=redact(str(request.url), self._secrets),
                headers=redact_headers(request.headers, self._secrets),
                attempt=outcome.attempt,
            ),
            attempt=outcome.attempt + 1,
            delay=delay,
            reason=outcome.reason,
        )
        logger.info(
            "retrying %s %s in %.2f s (attempt %d of %d, reason: %s)",
            request.method,
            redact(request.url.path, self._secrets),
            delay,
            event.attempt,
            outcome.max_retries + 1,
            event.reason,
        )
        return event

    def _on_backoff(self, details: Any) -> None:
        self._pause(details["value"])

    async def _aon_backoff(self, details: Any) -> None:
        await self._apause(details["value"])

    def _pause(self, outcome: _Outcome) -> None:
        """Report the retry, free the discarded response, and wait (sync)."""
        delay = self._delay(outcome)
        if (event := self._retry_event(outcome, delay)) is not None:
            emit(self._hooks.on_retry, event)
        if outcome.response is not None:
            _discard(outcome.response)
        self._sleep(delay)

    async def _apause(self, outcome: _Outcome) -> None:
        """Report the retry, free the discarded response, and wait (async)."""
        delay = self._delay(outcome)
        if (event := self._retry_event(outcome, delay)) is not None:
            await aemit(self._hooks.on_retry, event)
        if outcome.response is not None:
            await _adiscard(outcome.response)
        if self._async_sleep is not None:
            await self._async_sleep(delay)
        else:
            import asyncio

            await asyncio.sleep(delay)


def _discard(response: httpx.Response) -> None:
    try:
        response.read()  # a fully read HTTP/1.1 response frees its connection for reuse
    except httpx.HTTPError:
        pass  # the connection is dropped instead; the retry opens another one
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.HTTPError:
        pass  # the connection is dropped instead; the retry opens another one
    finally:
        await response.aclose()

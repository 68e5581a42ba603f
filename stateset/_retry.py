"""Retry decisions as pure functions: whether to retry, how long to wait, Retry-After parsing.

Nothing here does I/O or sleeps; :mod:`stateset._transports._retry` drives these
decisions (sync and async) with the ``backoff`` library. Rules:

* Retry connection errors, timeouts and 408/429/500/502/503/504; never other statuses.
* A request is only resent when resending is safe: its method is idempotent (GET, PUT,
  DELETE, ...), or it carries an ``Idempotency-Key`` (the server deduplicates), or the
  failure proves it never left this machine (connect error/timeout, pool timeout).
* Waits are exponential with full jitter (0.5 s doubling, capped at 8 s), unless the
  server sent ``Retry-After``/``retry-after-ms``: then exactly that, capped at 60 s.
"""

from __future__ import annotations

import math
import random
import re
import ssl
import time
from collections.abc import Mapping
from datetime import UTC
from typing import Protocol

import httpx

from ._constants import (
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_AFTER_HEADER,
    RETRY_AFTER_MS_HEADER,
    RETRYABLE_STATUS_CODES,
)

__all__ = ["Random", "parse_retry_after", "retry_delay", "should_retry"]

#: Failures that prove the request was never sent, so even a non-idempotent one may go again.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
#: Failures after which the request may or may not have reached the server.
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,  # e.g. "Server disconnected without sending a response"
)

_DELTA_SECONDS = re.compile(r"\s*-?\d+(\.\d+)?\s*")
# 2**32 half-seconds is already far past any cap; bounding the exponent avoids OverflowError.
_MAX_EXPONENT = 32


class Random(Protocol):
    """The slice of :class:`random.Random` that :func:`retry_delay` needs (injectable)."""

    def uniform(self, a: float, b: float, /) -> float:
        """Return a random float in ``[a, b]``."""
        ...


_default_rng = random.Random()


def should_retry(
    method: str,
    status_code: int | None,
    exc: BaseException | None,
    has_idempotency_key: bool,
    attempt: int,
    max_retries: int,
) -> bool:
    """Decide whether the attempt that just finished should be followed by another.

    ``attempt`` is the 1-based number of that attempt, so with ``max_retries=2`` attempts
    1 and 2 may be retried and attempt 3 is final. Pass ``exc`` for a transport failure,
    otherwise the response's ``status_code``.
    """
    if attempt > max_retries:
        return False
    if exc is not None:
        if isinstance(exc, NOT_SENT_ERRORS):
            # A certificate that failed verification will fail the same way next time.
            return not isinstance(exc.__cause__, ssl.SSLCertVerificationError)
        if not isinstance(exc, RETRYABLE_ERRORS):
            return False
    elif status_code not in RETRYABLE_STATUS_CODES:
        return False
    # The request may have been processed: resend only if doing it twice is harmless.
    return method.upper() in IDEMPOTENT_METHODS or has_idempotency_key


def retry_delay(
    attempt: int,
    retry_after_seconds: float | None,
    *,
    rng: Random | None = None,
    initial: float = INITIAL_RETRY_DELAY,
    maximum: float = MAX_RETRY_DELAY,
    retry_after_cap: float = MAX_RETRY_AFTER,
) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based).

    A server hint wins: ``retry_after_seconds`` is clamped to ``[0, retry_after_cap]``.
    Otherwise full jitter: uniform in ``[0, min(maximum, initial * 2**(attempt-1))]``,
    which spreads a thundering herd of clients better than fixed or equal-jitter waits.
    ``rng`` (default: a private :class:`random.Random`) makes the jitter reproducible.
    """
    if retry_after_seconds is not None:
        if math.isnan(retry_after_seconds):
            return 0.0
        return min(max(retry_after_seconds, 0.0), retry_after_cap)
    exponent = min(max(attempt - 1, 0), _MAX_EXPONENT)
    return (rng or _default_rng).uniform(0.0, min(maximum, initial * 2**exponent))


def parse_retry_after(headers: httpx.Headers | Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` may be delta-seconds or an HTTP-date (relative to ``now``, a Unix
    timestamp defaulting to the current time). Negative values and past dates give 0.0;
    garbage gives None. The value is not capped here: capping is policy, see
    :func:`retry_delay`.
    """
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)
    milliseconds = _delta_seconds(headers.get(RETRY_AFTER_MS_HEADER))
    if milliseconds is not None:
        return milliseconds / 1000.0
    raw = headers.get(RETRY_AFTER_HEADER)
    if raw is None:
        return None
    seconds = _delta_seconds(raw)
    if seconds is not None:
        return seconds
    return _seconds_until(raw, time.time() if now is None else now)


def _delta_seconds(raw: str | None) -> float | None:
    if raw is None or not _DELTA_SECONDS.fullmatch(raw):
        return None
    return max(float(raw), 0.0)


def _seconds_until(raw: str, now: float) -> float | None:
    try:
        import email.utils  # only HTTP-date values need it; most servers send seconds

        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC of unknown origin; RFC 9110 dates are GMT
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - now, 0.0)

"""Checks of the arguments users pass per client and per call, each a `ConfigurationError`.

They run where the argument enters (client construction, or a call that passes the
option), so a caller's mistake is reported as one, before anything is sent, and never
as a connection failure or an exception from deep inside httpx.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import httpx

from ._errors import ConfigurationError

__all__ = [
    "MAX_TIMEOUT",
    "check_headers",
    "check_idempotency_key",
    "check_max_retries",
    "integer",
    "seconds",
    "timeout_of",
]

#: The longest timeout accepted, in seconds (a day): longer ones overflow the OS's timers.
MAX_TIMEOUT = 86_400.0

# RFC 9110: a header name is a token; a value is visible ASCII and spaces (no CR, LF or NUL).
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+").fullmatch
_VALUE = re.compile(r"[\x20-\x7e]*").fullmatch


def seconds(value: object, name: str = "timeout", maximum: float = MAX_TIMEOUT) -> float:
    """``value`` as a number of seconds in (0, ``maximum``]; NaN and infinities refused.

    (NaN fails every comparison and infinity exceeds any maximum, so the range check
    catches both: a NaN expiry or timeout would otherwise never fire, or overflow a timer.)
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= maximum:
        raise ConfigurationError(
            f"{name} must be a number of seconds above 0 and at most {maximum:.10g}, not {value!r}"
        )
    return float(value)


def integer(value: object, name: str, least: int, most: int | None = None) -> int:
    """``value`` if it is an int (not a bool) in ``[least, most]``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least or (most is not None and value > most):
        bound = f"at least {least}" + ("" if most is None else f" and at most {most}")
        raise ConfigurationError(f"{name} must be an integer of {bound}, not {value!r}")
    return value


def timeout_of(value: object) -> httpx.Timeout:
    """A per-call ``timeout=``: seconds for every phase, an `httpx.Timeout`, or None (no limit)."""
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, httpx.Timeout):
        for phase, limit in value.as_dict().items():
            if limit is not None:
                seconds(limit, f"timeout.{phase}")
        return value
    return httpx.Timeout(seconds(value))


def check_max_retries(value: object) -> int:
    """A ``max_retries=``: an int >= 0 (not a bool, str or float)."""
    return integer(value, "max_retries", 0)


def check_idempotency_key(value: object) -> str:
    """An ``idempotency_key=``: 1 to 255 visible ASCII characters (it travels as a header)."""
    if not isinstance(value, str) or not 0 < len(value) <= 255 or not _VALUE(value) or value != value.strip():
        shown = repr(value) if isinstance(value, str) and len(value) <= 80 else type(value).__name__
        raise ConfigurationError(f"idempotency_key must be a string of 1 to 255 visible ASCII characters, not {shown}")
    return value


def check_headers(headers: object, what: str) -> Iterable[tuple[str, str]]:
    """The ``(name, value)`` pairs of a headers mapping, each a valid HTTP header.

    Messages name the header but never show its value (it may be a credential).
    """
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{what} must be a mapping of header names to values, not {type(headers).__name__}")
    pairs: list[tuple[str, str]] = []
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN(name):
            raise ConfigurationError(f"{what}: {name!r} is not a valid HTTP header name")
        if not isinstance(value, str) or not _VALUE(value):
            kind = "a str" if not isinstance(value, str) else "visible ASCII (no line breaks or control characters)"
            raise ConfigurationError(f"{what}: the value of {name!r} must be {kind}")
        pairs.append((name, value))
    return pairs

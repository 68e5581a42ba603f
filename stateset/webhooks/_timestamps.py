"""Strict parsing of the two timestamp formats and the tolerance window."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import NoReturn

from stateset.webhooks._errors import WebhookTimestampTooNewError, WebhookTimestampTooOldError

# Canonical decimal only: no sign, no leading zeros, no "_" or non-ASCII digits
# (which int() would happily accept). Twelve digits reach year 33658, so the
# integer stays small and the tolerance check decides, not an overflow.
_UNIX_SECONDS = re.compile(r"0|[1-9][0-9]{0,11}")

# RFC 3339 "date-time" with an upper-case "T" and "Z" and up to nanosecond
# fractions. "[0-9]" rather than "\d" keeps non-ASCII digits out.
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,9}))?"
    r"(?:Z|([+-])([0-9]{2}):([0-9]{2}))"
)


def parse_unix_seconds(text: str) -> int | None:
    """Return the integer in ``text`` if it is canonical ASCII decimal seconds."""
    if _UNIX_SECONDS.fullmatch(text) is None:
        return None
    return int(text)


def parse_rfc3339(text: str) -> datetime | None:
    """Return the aware datetime ``text`` denotes, or ``None`` if it is not strict RFC 3339.

    Fractions beyond microseconds are truncated, since ``datetime`` cannot
    hold them. Leap seconds (``:60``) are rejected for the same reason.
    """
    match = _RFC3339.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, sign, off_hour, off_minute = match.groups()
    offset = timedelta()
    if sign is not None:
        if int(off_hour) > 23 or int(off_minute) > 59:
            return None
        offset = timedelta(hours=int(off_hour), minutes=int(off_minute))
        if sign == "-":
            offset = -offset
    micro = int((fraction or "").ljust(6, "0")[:6])
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            micro,
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc_from_unix_seconds(seconds: int) -> datetime | None:
    """Return the UTC instant ``seconds`` after the epoch, or ``None`` beyond year 9999.

    ``datetime.fromtimestamp`` would raise ValueError, OverflowError or OSError
    there (which one depends on the platform); twelve-digit headers reach year 33658.
    """
    try:
        return _EPOCH + timedelta(seconds=seconds)
    except OverflowError:
        return None


def as_utc(moment: datetime) -> datetime | None:
    """Return ``moment`` in UTC, or ``None`` if that falls outside years 1-9999.

    ``0001-01-01T00:00:00+01:00`` is a valid RFC 3339 value whose UTC form is not.
    """
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def format_rfc3339(moment: datetime) -> str:
    """Render an aware datetime as RFC 3339 in UTC with a ``Z`` suffix."""
    utc = moment.astimezone(UTC)
    # Formatted by hand: strftime("%Y") does not zero-pad years before 1000.
    text = f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    if utc.microsecond:
        text += f".{utc.microsecond:06d}"
    return text + "Z"


def check_window(skew: timedelta, tolerance: timedelta) -> None:
    """Raise unless ``skew`` (message time minus now) lies within ``tolerance`` either way.

    Both boundaries are inclusive.
    """
    if not -tolerance <= skew <= tolerance:
        seconds = int(tolerance.total_seconds())
        raise_unfresh(skew, f"more than {seconds} seconds")


def raise_unfresh(skew: timedelta, how_far: str) -> NoReturn:
    """Raise the too-new error when ``skew`` is ahead of now, else the too-old one."""
    if skew > timedelta():
        raise WebhookTimestampTooNewError(f"the webhook timestamp is {how_far} in the future")
    raise WebhookTimestampTooOldError(f"the webhook timestamp is {how_far} in the past")

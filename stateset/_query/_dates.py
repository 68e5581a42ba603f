"""Reading the moments a query compares against: datetimes, dates, ISO 8601 and relative forms.

Everything ends up as an aware UTC ``datetime``; naive inputs are taken to be UTC. Relative
forms are resolved against an injectable clock, at the moment the builder method is called,
so a query object always describes one fixed request.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Callable

from dateutil import parser as du_parser
from dateutil.relativedelta import relativedelta

from ._errors import QueryError

Clock = Callable[[], dt.datetime]
"""Returns "now"; injected for tests. A naive result is taken to be UTC."""

_UNITS = {
    "s": "seconds",
    "sec": "seconds",
    "second": "seconds",
    "m": "minutes",
    "min": "minutes",
    "minute": "minutes",
    "h": "hours",
    "hr": "hours",
    "hour": "hours",
    "d": "days",
    "day": "days",
    "w": "weeks",
    "week": "weeks",
    "mo": "months",
    "month": "months",
    "y": "years",
    "yr": "years",
    "year": "years",
}
_UNIT = r"(?P<unit>[a-z]+?)s?"
_COMPACT = re.compile(r"(?P<sign>[+-])\s*(?P<n>\d+)\s*" + _UNIT)
_AGO = re.compile(r"(?P<n>\d+)\s*" + _UNIT + r"\s+ago")
_LAST = re.compile(r"(?:last|past)\s+(?:(?P<n>\d+)\s+)?" + _UNIT)
_IN = re.compile(r"in\s+(?P<n>\d+)\s+" + _UNIT)
_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}

DATE_FORMS = (
    "a datetime, a date, an ISO 8601 string ('2026-01-31T09:00:00Z'), or a relative form"
    " ('-30d', 'last 7 days', '2 weeks ago', 'yesterday', 'now')"
)


def utc_now() -> dt.datetime:
    """The default clock: the current time in UTC."""
    return dt.datetime.now(dt.UTC)


def _utc(moment: dt.datetime) -> dt.datetime:
    # The documented rule: a moment without a timezone is UTC.
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def parse_moment(value: object, clock: Clock = utc_now) -> dt.datetime:
    """Return ``value`` as an aware UTC datetime, or raise `QueryError` saying what is accepted.

    >>> fixed = lambda: dt.datetime(2026, 3, 10, 15, 30, tzinfo=dt.UTC)
    >>> parse_moment("-30d", fixed).isoformat()
    '2026-02-08T15:30:00+00:00'
    >>> parse_moment("yesterday", fixed).isoformat()
    '2026-03-09T00:00:00+00:00'
    >>> parse_moment("2026-01-05T09:00:00+05:30").isoformat()
    '2026-01-05T03:30:00+00:00'
    """
    if isinstance(value, dt.datetime):
        return _utc(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if not isinstance(value, str):
        raise QueryError(f"expected {DATE_FORMS}; got {type(value).__name__} {value!r}")
    text = " ".join(value.strip().lower().split())
    try:
        moment = _relative(text, clock)
        return moment if moment is not None else _absolute(value.strip(), clock)
    except (ValueError, OverflowError) as exc:
        raise QueryError(f"cannot read {value!r} as a date ({exc}); use {DATE_FORMS}") from None


def _relative(text: str, clock: Clock) -> dt.datetime | None:
    now = _utc(clock())
    if text == "now":
        return now
    if text in _DAYS:
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + dt.timedelta(days=_DAYS[text])
    for pattern, sign in ((_COMPACT, 0), (_AGO, -1), (_LAST, -1), (_IN, 1)):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        unit = _UNITS.get(match["unit"])
        if unit is None:
            raise ValueError(f"unknown unit {match['unit']!r}; use one of s, m, h, d, w, mo, y or their names")
        n = int(match["n"] or 1)
        if sign == 0:
            sign = -1 if match["sign"] == "-" else 1
        return now + relativedelta(**{unit: sign * n})  # type: ignore[arg-type]
    return None


def _absolute(text: str, clock: Clock) -> dt.datetime:
    try:
        return _utc(du_parser.isoparse(text))
    except ValueError:
        pass
    # Free-form dates ("Jan 5 2026 9:00") fill missing parts from today, midnight UTC.
    default = _utc(clock()).replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    with warnings.catch_warnings():
        # dateutil only warns about a timezone name it cannot place; silently using UTC instead
        # would shift the moment, so make it an error that names the fix.
        warnings.simplefilter("error", du_parser.UnknownTimezoneWarning)
        try:
            return _utc(du_parser.parse(text, default=default))
        except du_parser.UnknownTimezoneWarning:
            raise ValueError("unknown timezone name; write an offset such as -05:00") from None
        except du_parser.ParserError:
            raise ValueError("not a date") from None


def wire_moment(moment: dt.datetime, *, round_up: bool = False) -> str:
    """Format as the API stores moments: RFC 3339, UTC, ``Z``, millisecond precision.

    Stored values have millisecond precision and compare as text, so a bound finer than a
    millisecond is rounded the way that keeps the comparison exact: up for ``gte``/``lt``
    and the low end of ``between``, down otherwise.

    >>> wire_moment(dt.datetime(2026, 1, 5, 9, 0, 0, 1500, tzinfo=dt.UTC), round_up=True)
    '2026-01-05T09:00:00.002Z'
    """
    moment = _utc(moment)
    spare = moment.microsecond % 1000
    if spare:
        moment -= dt.timedelta(microseconds=spare)
        if round_up:
            moment += dt.timedelta(milliseconds=1)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

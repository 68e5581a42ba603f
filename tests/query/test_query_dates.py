"""Reading dates: datetimes, dates, ISO 8601 across timezones, relative forms, free text."""

from __future__ import annotations

import datetime as dt

import pytest

from stateset._query import QueryError
from stateset._query._dates import parse_moment, utc_now, wire_moment

NOW = dt.datetime(2026, 3, 10, 15, 30, 45, 123456, tzinfo=dt.UTC)


def clock() -> dt.datetime:
    return NOW


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, us: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, us, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("NOW", NOW),
        ("today", at(2026, 3, 10)),
        ("yesterday", at(2026, 3, 9)),
        ("tomorrow", at(2026, 3, 11)),
        ("-30d", NOW - dt.timedelta(days=30)),
        ("+2h", NOW + dt.timedelta(hours=2)),
        ("- 15 min", NOW - dt.timedelta(minutes=15)),
        ("-90s", NOW - dt.timedelta(seconds=90)),
        ("-1w", NOW - dt.timedelta(weeks=1)),
        ("-1mo", at(2026, 2, 10, 15, 30, 45, 123456)),
        ("-1y", at(2025, 3, 10, 15, 30, 45, 123456)),
        ("last 7 days", NOW - dt.timedelta(days=7)),
        ("Last  24 Hours", NOW - dt.timedelta(hours=24)),
        ("past week", NOW - dt.timedelta(weeks=1)),
        ("2 weeks ago", NOW - dt.timedelta(weeks=2)),
        ("1 month ago", at(2026, 2, 10, 15, 30, 45, 123456)),
        ("3 hrs ago", NOW - dt.timedelta(hours=3)),
        ("in 3 days", NOW + dt.timedelta(days=3)),
        ("2026-01-05", at(2026, 1, 5)),
        ("2026-01-05T09:00:00Z", at(2026, 1, 5, 9)),
        ("2026-01-05T09:00:00+05:30", at(2026, 1, 5, 3, 30)),
        ("2026-01-04T22:00:00-11:00", at(2026, 1, 5, 9)),
        ("2026-01-05T09:00:00", at(2026, 1, 5, 9)),  # naive: UTC, as documented
        ("Jan 5 2026 9:15", at(2026, 1, 5, 9, 15)),
        ("5 January 2026 09:00 +0100", at(2026, 1, 5, 8)),
        ("March 3", at(2026, 3, 3)),  # missing parts come from today (UTC)
    ],
)
def test_strings(text: str, expected: dt.datetime) -> None:
    assert parse_moment(text, clock) == expected


def test_objects() -> None:
    assert parse_moment(dt.date(2026, 1, 5)) == at(2026, 1, 5)
    assert parse_moment(dt.datetime(2026, 1, 5, 9)) == at(2026, 1, 5, 9)
    tz = dt.timezone(dt.timedelta(hours=-8))
    assert parse_moment(dt.datetime(2026, 1, 5, 1, tzinfo=tz)) == at(2026, 1, 5, 9)
    assert parse_moment(dt.datetime(2026, 1, 5, 1, tzinfo=tz)).tzinfo is dt.UTC


def test_a_naive_clock_is_utc() -> None:
    assert parse_moment("now", lambda: dt.datetime(2026, 1, 5, 9)) == at(2026, 1, 5, 9)


def test_default_clock_is_now() -> None:
    before = utc_now()
    assert before <= parse_moment("now") <= utc_now()


@pytest.mark.parametrize("bad", ["", "soon", "-3 parsecs", "2026-13-45", "99999999999999999999 days ago"])
def test_unreadable(bad: str) -> None:
    with pytest.raises(QueryError, match="as a date"):
        parse_moment(bad, clock)


def test_wire_format_rounds_sub_milliseconds() -> None:
    moment = at(2026, 1, 5, 9, 0, 0, 1500)
    assert wire_moment(moment) == "2026-01-05T09:00:00.001Z"
    assert wire_moment(moment, round_up=True) == "2026-01-05T09:00:00.002Z"
    assert wire_moment(at(2026, 1, 5, 9, 0, 0, 2000), round_up=True) == "2026-01-05T09:00:00.002Z"
    assert wire_moment(dt.datetime(2026, 1, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))) == (
        "2026-01-05T09:00:00.000Z"
    )

"""Hostile timestamps and tolerances: nothing but the typed errors, whatever the header or clock.

Messages here are genuinely signed (with hmac directly, not the code under test), so
every check reaches the timestamp handling after the signature has verified.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stateset import ConfigurationError
from stateset.webhooks import (
    Webhook,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
    WebhookVerificationError,
)
from stateset.webhooks._webhook import MAX_TOLERANCE

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
KEY = b"k" * 32
BODY = b'{"type": "ping"}'
NOW = datetime(2024, 12, 9, 10, 30, tzinfo=UTC)
LAST_SECOND = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
FIRST_SECOND = datetime(1, 1, 1, tzinfo=UTC)


def standard(timestamp: str) -> dict[str, str]:
    mac = hmac.new(KEY, f"msg_1.{timestamp}.".encode() + BODY, hashlib.sha256).digest()
    return {
        "webhook-id": "msg_1",
        "webhook-timestamp": timestamp,
        "webhook-signature": "v1," + base64.b64encode(mac).decode(),
    }


def stateset(timestamp: str) -> dict[str, str]:
    return {
        "Timestamp": timestamp,
        "Merchant-Signature": hmac.new(KEY, timestamp.encode() + b"." + BODY, hashlib.sha256).hexdigest(),
    }


def at(clock: datetime, tolerance: int = MAX_TOLERANCE) -> Webhook:
    return Webhook(SECRET, tolerance, clock=lambda: clock)


@pytest.mark.parametrize(
    "tolerance", [-1, 10**20, MAX_TOLERANCE + 1, 10**12, True, 1.5, float("nan"), float("inf"), "300", None]
)
def test_tolerance_outside_zero_to_a_week_is_a_configuration_error(tolerance: Any) -> None:
    with pytest.raises(ConfigurationError, match="tolerance"):
        Webhook(SECRET, tolerance)


def test_tolerance_bounds_are_accepted() -> None:
    assert repr(Webhook(SECRET, 0)).endswith("tolerance=0s>")
    assert repr(Webhook(SECRET, MAX_TOLERANCE)).endswith("tolerance=604800s>")


def test_the_largest_timestamp_is_too_new_not_a_crash() -> None:
    # Was: ValueError("year 33658 is out of range") once the window let it through.
    with pytest.raises(WebhookTimestampTooNewError):
        at(NOW).verify(BODY, standard("999999999999"))


def test_standard_timestamp_past_year_9999_inside_the_window() -> None:
    # Only a clock at the end of datetime's range lets such a timestamp into the window.
    just_after = str(int(LAST_SECOND.timestamp()) + 1)
    with pytest.raises(WebhookTimestampTooNewError, match="9999"):
        at(LAST_SECOND).verify(BODY, standard(just_after))
    assert at(LAST_SECOND).verify(BODY, standard(str(int(LAST_SECOND.timestamp())))).timestamp == LAST_SECOND


@pytest.mark.parametrize(
    ("clock", "timestamp", "error"),
    [
        (FIRST_SECOND, "0001-01-01T00:00:00+01:00", WebhookTimestampTooOldError),
        (FIRST_SECOND, "0001-01-01T00:30:00+23:59", WebhookTimestampTooOldError),
        (LAST_SECOND, "9999-12-31T23:59:59-01:00", WebhookTimestampTooNewError),
    ],
)
def test_stateset_timestamp_outside_datetime_in_utc(clock: datetime, timestamp: str, error: type[Exception]) -> None:
    # Valid RFC 3339 whose UTC form is outside years 1-9999: was OverflowError from astimezone.
    with pytest.raises(error, match="1-9999"):
        at(clock).verify(BODY, stateset(timestamp))


_OFFSETS = st.builds(
    timezone,
    st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(lambda m: timedelta(minutes=m)),
)
_CLOCKS = st.one_of(
    st.datetimes(timezones=st.just(UTC)),
    st.sampled_from([FIRST_SECOND, LAST_SECOND, NOW]),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=_OFFSETS),
)
_UNIX_TEXTS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=0, max_value=999_999_999_999).map(str),
    st.text(alphabet="0123456789-+_ .e", max_size=40),
    st.text(max_size=20),
)
_RFC3339_TEXTS = st.one_of(
    st.builds(
        lambda d, off: d.strftime("%Y-%m-%dT%H:%M:%S").rjust(19, "0") + off,
        st.datetimes(),
        st.sampled_from(["Z", "+23:59", "-23:59", "+00:00", "+24:00", "-00:60"]),
    ),
    st.text(alphabet="0123456789-+:TZ.", max_size=40),
    st.text(max_size=20),
)


def _only_typed_errors(webhook: Webhook, headers: dict[str, str]) -> None:
    try:
        event = webhook.verify(BODY, headers)
    except WebhookVerificationError:
        return
    assert event.timestamp.tzinfo is UTC


@settings(max_examples=400, deadline=None)
@given(clock=_CLOCKS, timestamp=_UNIX_TEXTS, tolerance=st.integers(min_value=0, max_value=MAX_TOLERANCE))
@example(clock=LAST_SECOND, timestamp=str(int(LAST_SECOND.timestamp()) + 1), tolerance=MAX_TOLERANCE)
@example(clock=NOW, timestamp="999999999999", tolerance=MAX_TOLERANCE)
def test_any_standard_timestamp_raises_only_typed_errors(clock: datetime, timestamp: str, tolerance: int) -> None:
    try:
        headers = standard(timestamp)
    except UnicodeEncodeError:
        return  # an id/timestamp that is not even sendable as a header
    _only_typed_errors(at(clock, tolerance), headers)


@settings(max_examples=400, deadline=None)
@given(clock=_CLOCKS, timestamp=_RFC3339_TEXTS, tolerance=st.integers(min_value=0, max_value=MAX_TOLERANCE))
@example(clock=FIRST_SECOND, timestamp="0001-01-01T00:00:00+01:00", tolerance=MAX_TOLERANCE)
@example(clock=LAST_SECOND, timestamp="9999-12-31T23:59:59-01:00", tolerance=MAX_TOLERANCE)
def test_any_stateset_timestamp_raises_only_typed_errors(clock: datetime, timestamp: str, tolerance: int) -> None:
    try:
        headers = stateset(timestamp)
    except UnicodeEncodeError:
        return
    _only_typed_errors(at(clock, tolerance), headers)

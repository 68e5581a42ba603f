"""Construction, rotation, signing, event decoding and the public surface."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

import stateset.webhooks as webhooks
from stateset._errors import ConfigurationError, StatesetError
from stateset.webhooks import (
    UNKNOWN_EVENT_TYPE,
    InvalidWebhookSecretError,
    Webhook,
    WebhookEvent,
    WebhookPayloadError,
    WebhookSignatureMismatchError,
    WebhookVerificationError,
    _event,
    register_event_type,
)

NOW = datetime(2024, 12, 9, 10, 30, tzinfo=UTC)
PRIMARY = "whsec_" + base64.b64encode(b"primary-key-material-24b").decode()
OLD = "a raw, non-whsec secret"


def clock() -> datetime:
    return NOW


def roundtrip(body: bytes, scheme: Any = "standard", wh: Webhook | None = None) -> WebhookEvent:
    wh = wh or Webhook(PRIMARY, clock=clock)
    return wh.verify(body, wh.sign(body, scheme=scheme))


# --- public surface -----------------------------------------------------------


def test_public_names() -> None:
    assert webhooks.__all__ == sorted(webhooks.__all__, key=lambda n: (not n.isupper(), n))
    for name in webhooks.__all__:
        if name != "UNKNOWN_EVENT_TYPE":
            assert getattr(webhooks, name).__doc__


def test_error_hierarchy() -> None:
    verification = [
        getattr(webhooks, n)
        for n in webhooks.__all__
        if n.startswith("Webhook") and n.endswith("Error") and n != "WebhookPayloadError"
    ]
    assert len(verification) == 6
    for cls in verification:
        assert issubclass(cls, WebhookVerificationError)
    assert issubclass(WebhookVerificationError, StatesetError)
    assert issubclass(WebhookPayloadError, StatesetError)
    assert not issubclass(WebhookPayloadError, WebhookVerificationError)
    assert issubclass(InvalidWebhookSecretError, StatesetError)
    assert issubclass(InvalidWebhookSecretError, ValueError)


# --- construction ------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        pytest.param("", id="empty"),
        pytest.param([], id="empty-list"),
        pytest.param((), id="empty-tuple"),
        pytest.param(["ok", ""], id="empty-in-list"),
        pytest.param(b"bytes", id="bytes"),
        pytest.param(None, id="none"),
        pytest.param(123, id="int"),
        pytest.param(["ok", b"bytes"], id="bytes-in-list"),
        pytest.param({"a"}, id="set"),
        pytest.param("whsec_", id="whsec-empty"),
        pytest.param("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw=", id="whsec-bad-padding"),
        pytest.param("whsec_YWJjZA", id="whsec-stripped-padding"),
        pytest.param("whsec_YWJjZA==\n", id="whsec-trailing-newline"),
        pytest.param("whsec_YW*jZA==", id="whsec-bad-char"),
        pytest.param("whsec_YWJjZA-_", id="whsec-urlsafe"),
        pytest.param("whsec_YR==", id="whsec-non-canonical"),
        pytest.param("whsec_ÿÿÿÿ", id="whsec-non-ascii"),
        pytest.param("raw\ud800", id="lone-surrogate"),
    ],
)
def test_invalid_secrets(secret: Any) -> None:
    with pytest.raises(InvalidWebhookSecretError) as caught:
        Webhook(secret)
    # Messages name positions, never values.
    if isinstance(secret, str) and len(secret) > 6:
        assert secret[6:] not in str(caught.value)


def test_secret_forms() -> None:
    body = b'{"a": 1}'
    raw = Webhook("whsec", clock=clock)  # no underscore: raw key material
    expected = hmac.new(b"whsec", b"m.1733740200." + body, hashlib.sha256).digest()
    sig = raw.sign(body, msg_id="m", timestamp=NOW)["webhook-signature"]
    assert sig == "v1," + base64.b64encode(expected).decode()
    # A whsec_ secret is decoded for the Stateset scheme too.
    ss = Webhook("whsec_YWJj", clock=clock).sign(body, scheme="stateset")
    assert ss == {
        "Timestamp": "2024-12-09T10:30:00Z",
        "Merchant-Signature": hmac.new(b"abc", b"2024-12-09T10:30:00Z." + body, hashlib.sha256).hexdigest(),
    }


@pytest.mark.parametrize("tolerance", [-1, True, 1.5, "300", 10**20])
def test_invalid_tolerance(tolerance: Any) -> None:
    # ConfigurationError is also a ValueError, as the negative case always raised.
    with pytest.raises(ConfigurationError, match="tolerance"):
        Webhook(PRIMARY, tolerance)


def test_repr_hides_secrets() -> None:
    secret = "super-secret-value"
    wh = Webhook([secret, PRIMARY], tolerance=60)
    assert repr(wh) == "<Webhook secrets=2 (redacted) tolerance=60s>"
    assert secret not in repr(wh)
    assert PRIMARY[6:] not in repr(wh)
    assert all(repr(key) == "SigningKey(<redacted>)" for key in wh._keys)
    assert not hasattr(wh, "__dict__")


def test_naive_clock_is_a_programming_error() -> None:
    wh = Webhook(PRIMARY, clock=lambda: datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        wh.verify(b"{}", {"webhook-id": "m", "webhook-timestamp": "1", "webhook-signature": "x"})


def test_default_clock_is_the_system_clock() -> None:
    wh = Webhook(PRIMARY)
    event = roundtrip(b"{}", wh=wh)
    assert abs(event.timestamp - datetime.now(UTC)) < timedelta(seconds=5)


# --- rotation ------------------------------------------------------------------


def test_rotation_accepts_any_secret_and_signs_with_the_first() -> None:
    body = b'{"type": "ping"}'
    rotated = Webhook([PRIMARY, OLD], clock=clock)
    old_only = Webhook(OLD, clock=clock)
    new_only = Webhook(PRIMARY, clock=clock)
    for scheme in ("standard", "stateset"):
        # Old senders still verify, and our signatures verify under the new secret alone.
        assert rotated.verify(body, old_only.sign(body, scheme=scheme)).type == "ping"
        assert new_only.verify(body, rotated.sign(body, scheme=scheme)).type == "ping"
        with pytest.raises(WebhookSignatureMismatchError):
            old_only.verify(body, rotated.sign(body, scheme=scheme))
    assert Webhook((OLD,), clock=clock).verify(body, old_only.sign(body)).type == "ping"


# --- sign ----------------------------------------------------------------------


def test_sign_defaults_and_explicit_values() -> None:
    wh = Webhook(PRIMARY, clock=clock)
    headers = wh.sign(b"{}")
    assert headers["webhook-id"].startswith("msg_")
    assert headers["webhook-id"] != wh.sign(b"{}")["webhook-id"]
    assert headers["webhook-timestamp"] == "1733740200"
    assert wh.sign(b"{}", timestamp=5, msg_id="x")["webhook-timestamp"] == "5"
    assert wh.sign(b"{}", timestamp=NOW + timedelta(microseconds=999_999))["webhook-timestamp"] == "1733740200"
    ss = wh.sign(b"{}", scheme="stateset", timestamp=NOW + timedelta(microseconds=5))
    assert ss["Timestamp"] == "2024-12-09T10:30:00.000005Z"
    offset = datetime(2024, 12, 9, 12, 30, tzinfo=timezone(timedelta(hours=2)))
    assert wh.sign(b"{}", scheme="stateset", timestamp=offset)["Timestamp"] == "2024-12-09T10:30:00Z"
    assert wh.sign(b"{}", scheme="stateset", timestamp=86400)["Timestamp"] == "1970-01-02T00:00:00Z"
    early = datetime(999, 1, 1, tzinfo=UTC)
    assert wh.sign(b"{}", scheme="stateset", timestamp=early)["Timestamp"].startswith("0999-")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"scheme": "stateset", "msg_id": "m"}, ValueError),
        ({"scheme": "svix"}, ValueError),
        ({"msg_id": "a.b"}, ValueError),
        ({"msg_id": ""}, ValueError),
        ({"timestamp": datetime(2024, 1, 1)}, ValueError),
        ({"timestamp": datetime(2024, 1, 1), "scheme": "stateset"}, ValueError),
        ({"timestamp": -1}, ValueError),
        ({"timestamp": 10**12}, ValueError),
        ({"timestamp": True}, TypeError),
        ({"timestamp": "1733740200"}, TypeError),
        ({"timestamp": 1.5}, TypeError),
    ],
)
def test_sign_rejects_what_verify_would_reject(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        Webhook(PRIMARY, clock=clock).sign(b"{}", **kwargs)


@pytest.mark.parametrize("payload", [{"a": 1}, [1], None, 1, object()])
def test_parsed_or_odd_payload_is_a_type_error(payload: Any) -> None:
    wh = Webhook(PRIMARY, clock=clock)
    with pytest.raises(TypeError, match="payload must be"):
        wh.verify(payload, wh.sign(b"{}"))
    with pytest.raises(TypeError, match="payload must be"):
        wh.sign(payload)


def test_parsed_dict_error_explains_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request body bytes"):
        Webhook(PRIMARY).verify({"type": "x"}, {})  # type: ignore[arg-type]


def test_lone_surrogate_str_payload_roundtrips_but_is_not_json() -> None:
    # Signed and verified consistently, then refused as a body that is not UTF-8.
    with pytest.raises(WebhookPayloadError, match="not UTF-8"):
        roundtrip('{"a": "\ud800"}'.encode("utf-8", "surrogatepass"))
    wh = Webhook(PRIMARY, clock=clock)
    text = '{"a": "\ud800"}'
    with pytest.raises(WebhookPayloadError):
        wh.verify(text, wh.sign(text))


# --- event decoding ------------------------------------------------------------


def test_event_fields() -> None:
    body = {
        "id": "evt_1",
        "type": "order.created",
        "created_at": "2024-12-09T12:30:00+02:00",
        "data": {"id": "ord_1"},
    }
    event = roundtrip(json.dumps(body).encode())
    assert event.id == "evt_1"
    assert event.type == "order.created"
    assert event.created_at == NOW
    assert event.created_at is not None
    assert event.created_at.tzinfo is UTC
    assert event.data == {"id": "ord_1"}
    assert event.raw == body
    assert event.timestamp == NOW
    assert event.msg_id is not None
    assert event.msg_id.startswith("msg_")
    assert isinstance(hash(event), int)  # hashable although data/raw are dicts
    with pytest.raises(AttributeError):
        event.type = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("document", "expected_type"),
    [
        ({"type": "a"}, "a"),
        ({"event": "b"}, "b"),
        ({"event_type": "c"}, "c"),
        ({"type": "", "event": "b"}, "b"),
        ({"type": 5, "event_type": "c"}, "c"),
        ({"event": {"type": "nested"}}, UNKNOWN_EVENT_TYPE),
        ({}, UNKNOWN_EVENT_TYPE),
    ],
)
def test_event_type_lookup(document: dict[str, Any], expected_type: str) -> None:
    assert roundtrip(json.dumps(document).encode()).type == expected_type


@pytest.mark.parametrize(
    ("created_at", "expected"),
    [
        (1733740200, NOW),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
        (-1, None),
        (10**20, None),
        (True, None),
        (1733740200.5, None),
        ("yesterday", None),
        ("0001-01-01T00:00:00+01:00", None),
        ("9999-12-31T23:59:59-01:00", None),
        (None, None),
    ],
)
def test_created_at_is_best_effort(created_at: Any, expected: datetime | None) -> None:
    event = roundtrip(json.dumps({"created_at": created_at}).encode())
    assert event.created_at == expected


def test_id_falls_back_to_message_id() -> None:
    wh = Webhook(PRIMARY, clock=clock)
    for body in (b'{"id": 7}', b'{"id": ""}', b"{}"):
        assert wh.verify(body, wh.sign(body, msg_id="msg_x")).id == "msg_x"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"\xff{}", "not UTF-8"),
        (b"", "not valid JSON"),
        (b"{", "not valid JSON"),
        (b'{"a": NaN}', "not valid JSON"),
        (b'{"a": -Infinity}', "not valid JSON"),
        (b'{"a": 1, "a": 2}', "not valid JSON"),
        (b'{"b": {"a": 1, "a": 1}}', "not valid JSON"),
        (b"\xef\xbb\xbf{}", "not valid JSON"),
        (b'{"a": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"[" * 100_000, "not valid JSON"),
        (b"[]", "not an object"),
        (b'"text"', "not an object"),
        (b"null", "not an object"),
    ],
)
def test_authentic_body_that_is_not_a_json_object(body: bytes, message: str) -> None:
    for scheme in ("standard", "stateset"):
        with pytest.raises(WebhookPayloadError, match=message):
            roundtrip(body, scheme)


# --- event factories -------------------------------------------------------------


@pytest.fixture
def registry() -> Iterator[dict[str, Any]]:
    saved = dict(_event._factories)
    _event._factories.clear()
    yield _event._factories
    _event._factories.clear()
    _event._factories.update(saved)


def test_registered_factory_builds_data(registry: dict[str, Any]) -> None:
    def order(data: Any) -> tuple[str, Any]:
        return ("order", data["id"])

    register_event_type("order.created", order)
    register_event_type("order.created", order)  # same factory again: no-op
    event = roundtrip(b'{"type": "order.created", "data": {"id": "ord_1"}}')
    assert event.data == ("order", "ord_1")
    assert event.raw["data"] == {"id": "ord_1"}
    assert roundtrip(b'{"type": "other", "data": 1}').data == 1
    with pytest.raises(ValueError, match="already registered"):
        register_event_type("order.created", lambda data: data)


def test_failing_factory_raises_payload_error(registry: dict[str, Any]) -> None:
    def strict(data: Any) -> Any:
        raise KeyError("id")

    register_event_type("order.created", strict)
    with pytest.raises(WebhookPayloadError, match=r"order\.created") as caught:
        roundtrip(b'{"type": "order.created", "data": {}}')
    assert isinstance(caught.value.__cause__, KeyError)


@pytest.mark.parametrize(
    ("type_name", "factory", "error"),
    [("", dict, ValueError), (5, dict, ValueError), ("x", "not callable", TypeError)],
)
def test_register_event_type_validates(
    registry: dict[str, Any], type_name: Any, factory: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        register_event_type(type_name, factory)
    assert registry == {}

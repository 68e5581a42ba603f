"""``Webhook``: verify incoming Stateset webhooks, and sign test ones."""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Literal

from stateset._checks import integer
from stateset.webhooks._event import WebhookEvent, parse_event
from stateset.webhooks._headers import HeadersLike, collect_headers
from stateset.webhooks._schemes import (
    WANTED_HEADERS,
    is_valid_msg_id,
    sign_standard,
    sign_stateset,
    verify_message,
)
from stateset.webhooks._secrets import parse_secrets
from stateset.webhooks._timestamps import parse_unix_seconds

Payload = bytes | bytearray | memoryview | str

#: The largest ``tolerance`` accepted, in seconds: one week.
MAX_TOLERANCE = 7 * 24 * 3600


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Webhook:
    """Verifier (and test signer) for webhooks sent by Stateset.

    Args:
        secret: The endpoint's signing secret, or a list/tuple of them while
            rotating: a request verifying under any of them is accepted, and
            ``sign`` uses the first. A ``whsec_`` secret is strict, padded
            base64 after the prefix; any other non-empty string is used as
            its UTF-8 bytes. Both schemes use the same key bytes.
        tolerance: How far, in whole seconds, the signed timestamp may lie
            from the current time in either direction (inclusive): an int
            from 0 to ``MAX_TOLERANCE`` (604800, one week).
        clock: Returns the current time as an aware datetime; inject a fixed
            one in tests. Defaults to the system clock.

    Raises:
        InvalidWebhookSecretError: The secret is empty, not a str, or a
            ``whsec_`` secret that is not strict base64.
        ConfigurationError: ``tolerance`` is not an int from 0 to a week.

    Example:
        >>> webhook = Webhook(os.environ["STATESET_WEBHOOK_SECRET"])  # doctest: +SKIP
        >>> event = webhook.verify(await request.body(), request.headers)  # doctest: +SKIP

    """

    __slots__ = ("_clock", "_keys", "_tolerance")

    def __init__(
        self,
        secret: str | list[str] | tuple[str, ...],
        tolerance: int = 300,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._keys = parse_secrets(secret)
        # Bounded (a week) so the window arithmetic stays far inside datetime's range.
        self._tolerance = timedelta(seconds=integer(tolerance, "tolerance (seconds)", 0, MAX_TOLERANCE))
        self._clock = _utc_now if clock is None else clock

    def __repr__(self) -> str:
        seconds = int(self._tolerance.total_seconds())
        return f"<Webhook secrets={len(self._keys)} (redacted) tolerance={seconds}s>"

    def verify(self, payload: Payload, headers: HeadersLike) -> WebhookEvent:
        """Check that a request was signed by Stateset, then decode its event.

        Args:
            payload: The raw request body exactly as received, as bytes. A
                ``str`` is accepted and encoded as UTF-8, but only bytes are
                guaranteed to be what was signed.
            headers: The request headers: any mapping (Starlette, Django,
                Flask, httpx, aiohttp headers, a dict) or an iterable of
                ``(name, value)`` pairs such as ASGI ``scope["headers"]``.
                Names are matched case-insensitively; ``bytes`` values must be
                ASCII.

        Returns:
            The decoded event.

        Raises:
            WebhookVerificationError: A subclass of it, for any request that
                is not proven authentic and fresh. Untrusted input causes no
                other exception.
            WebhookPayloadError: The request is authentic but its body is not
                a UTF-8 JSON object.
            TypeError: ``payload`` is not bytes or str (say, already-parsed
                JSON), or ``headers`` is not a mapping or iterable of pairs.

        """
        body = _payload_bytes(payload)
        found = collect_headers(headers, WANTED_HEADERS)
        message = verify_message(found, body, self._keys, self._now(), self._tolerance)
        return parse_event(message.body, msg_id=message.msg_id, timestamp=message.timestamp)

    def sign(
        self,
        payload: Payload,
        *,
        msg_id: str | None = None,
        timestamp: datetime | int | None = None,
        scheme: Literal["standard", "stateset"] = "standard",
    ) -> dict[str, str]:
        """Return the headers that make ``payload`` verify, signed with the first secret.

        Meant for tests and the local sandbox, not for production sending.

        Args:
            payload: The exact body that will be sent.
            msg_id: The ``webhook-id`` (standard scheme only); a random
                ``msg_...`` id by default.
            timestamp: An aware datetime or epoch seconds; now by default.
            scheme: ``"standard"`` for ``webhook-id``/``webhook-timestamp``/
                ``webhook-signature``, ``"stateset"`` for ``Timestamp``/
                ``Merchant-Signature``.

        Raises:
            ValueError: An argument ``verify`` would reject, such as an id
                with ``.``, a naive datetime or an unknown scheme.

        Example:
            >>> headers = Webhook("whsec_" + "A" * 32).sign(b'{"type": "ping"}')
            >>> sorted(headers)
            ['webhook-id', 'webhook-signature', 'webhook-timestamp']

        """
        body = _payload_bytes(payload)
        if scheme == "stateset":
            if msg_id is not None:
                raise ValueError("the stateset scheme has no message id")
            return sign_stateset(self._keys[0], self._moment(timestamp), body)
        if scheme != "standard":
            raise ValueError(f"scheme must be 'standard' or 'stateset', not {scheme!r}")
        if msg_id is None:
            msg_id = "msg_" + secrets.token_urlsafe(18)
        elif not is_valid_msg_id(msg_id):
            raise ValueError("msg_id must be 1-256 printable ASCII characters without spaces or '.'")
        return sign_standard(self._keys[0], msg_id, self._seconds(timestamp), body)

    def _now(self) -> datetime:
        now = self._clock()
        if now.utcoffset() is None:
            raise ValueError("the clock must return a timezone-aware datetime")
        return now

    def _moment(self, timestamp: datetime | int | None) -> datetime:
        if timestamp is None:
            return self._now()
        if isinstance(timestamp, datetime):
            if timestamp.utcoffset() is None:
                raise ValueError("timestamp must be timezone-aware")
            return timestamp
        return datetime.fromtimestamp(self._seconds(timestamp), UTC)

    def _seconds(self, timestamp: object) -> int:
        # Typed `object` so the runtime checks below are not "unreachable".
        if timestamp is None or isinstance(timestamp, datetime):
            return math.floor(self._moment(timestamp).timestamp())
        if isinstance(timestamp, bool) or not isinstance(timestamp, int):
            raise TypeError("timestamp must be an aware datetime or int epoch seconds")
        if parse_unix_seconds(str(timestamp)) is None:
            raise ValueError("timestamp must be between 0 and 999999999999 epoch seconds")
        return timestamp


def _payload_bytes(payload: object) -> bytes:
    """Return the body as bytes, or raise ``TypeError`` for a programming error."""
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    if isinstance(payload, str):
        # "surrogatepass" keeps this total and injective: text with lone
        # surrogates (never the decoding of valid UTF-8) becomes bytes no
        # honest sender signed, so it fails as a mismatch instead of raising
        # UnicodeEncodeError, and all other text encodes exactly as UTF-8.
        return payload.encode("utf-8", "surrogatepass")
    if isinstance(payload, (dict, list)):
        raise TypeError(
            "payload must be the raw request body bytes (for example `await request.body()` "
            "or `request.get_data()`), not parsed JSON: re-serializing it does not "
            "reproduce the bytes that were signed"
        )
    raise TypeError(f"payload must be bytes or str, not {type(payload).__name__}")

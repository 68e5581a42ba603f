"""The two signature schemes: Standard Webhooks v1 and Stateset's ``Merchant-Signature``.

Everything here is pure: the clock reading and the keys are passed in.
"""

from __future__ import annotations

import base64
import hmac
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from stateset.webhooks._errors import (
    WebhookMalformedHeaderError,
    WebhookMissingHeaderError,
    WebhookSignatureMismatchError,
)
from stateset.webhooks._headers import HeaderValue, require
from stateset.webhooks._secrets import SigningKey, strict_b64decode
from stateset.webhooks._timestamps import (
    as_utc,
    check_window,
    format_rfc3339,
    parse_rfc3339,
    parse_unix_seconds,
    raise_unfresh,
    utc_from_unix_seconds,
)

# Standard Webhooks first, then the Svix names it grew out of; within a
# family the order is (id, timestamp, signature).
STANDARD_FAMILIES = (
    ("webhook-id", "webhook-timestamp", "webhook-signature"),
    ("svix-id", "svix-timestamp", "svix-signature"),
)
STATESET_HEADERS = ("timestamp", "merchant-signature")
WANTED_HEADERS = frozenset([name for family in STANDARD_FAMILIES for name in family] + list(STATESET_HEADERS))

# Rotation rarely needs more than two or three; twenty leaves room and caps
# the compare loop at twenty entries times the number of secrets.
MAX_SIGNATURES = 20

# Printable ASCII without space and without ".": the id is followed by "." in
# the signed content, so a "." inside it would make that content ambiguous.
_MSG_ID = re.compile(r"[\x21-\x2d\x2f-\x7e]{1,256}")
_HEX_SHA256 = re.compile(r"[0-9a-f]{64}")
_SHA256_SIZE = 32
_B64_SHA256_LENGTH = 44  # 32 bytes in padded base64


@dataclass(frozen=True, slots=True)
class VerifiedMessage:
    """What a successful verification establishes about a request."""

    msg_id: str | None
    timestamp: datetime
    body: bytes


def verify_message(
    found: Mapping[str, HeaderValue],
    body: bytes,
    keys: Sequence[SigningKey],
    now: datetime,
    tolerance: timedelta,
) -> VerifiedMessage:
    """Pick the scheme by the headers present and verify ``body`` under it.

    Any Standard Webhooks header commits the request to that scheme, so a
    partial set is reported as missing rather than silently falling back.
    """
    for family in STANDARD_FAMILIES:
        if any(name in found for name in family):
            return _verify_standard(found, family, body, keys, now, tolerance)
    if any(name in found for name in STATESET_HEADERS):
        return _verify_stateset(found, body, keys, now, tolerance)
    raise WebhookMissingHeaderError(
        "no webhook signature headers: expected webhook-id, webhook-timestamp and "
        "webhook-signature (Standard Webhooks), or Timestamp and Merchant-Signature (Stateset)"
    )


def _verify_standard(
    found: Mapping[str, HeaderValue],
    family: tuple[str, ...],
    body: bytes,
    keys: Sequence[SigningKey],
    now: datetime,
    tolerance: timedelta,
) -> VerifiedMessage:
    msg_id, timestamp_text, signature_text = require(found, family)
    id_header, timestamp_header, signature_header = family
    if not is_valid_msg_id(msg_id):
        raise WebhookMalformedHeaderError(
            f"the {id_header} header must be 1-256 printable ASCII characters without spaces or '.'"
        )
    seconds = parse_unix_seconds(timestamp_text)
    if seconds is None:
        raise WebhookMalformedHeaderError(
            f"the {timestamp_header} header must be whole seconds since the epoch in plain ASCII digits"
        )
    candidates = _parse_v1_signatures(signature_text, signature_header)
    if not _any_match(keys, (f"{msg_id}.{timestamp_text}.".encode("ascii"), body), candidates):
        raise WebhookSignatureMismatchError("no webhook signature matches the body")
    # Whole seconds on both sides: the sender floors its clock the same way.
    skew = timedelta(seconds=seconds - math.floor(now.timestamp()))
    check_window(skew, tolerance)
    moment = utc_from_unix_seconds(seconds)
    if moment is None:
        # Within the window only for a clock at the end of year 9999: still not fresh.
        raise_unfresh(skew, "beyond the year 9999 and so")
    return VerifiedMessage(msg_id, moment, body)


def _parse_v1_signatures(value: str, header: str) -> list[bytes]:
    if value.count(" ") >= MAX_SIGNATURES:
        raise WebhookMalformedHeaderError(f"the {header} header holds more than {MAX_SIGNATURES} signatures")
    signatures: list[bytes] = []
    for entry in value.split(" "):
        version, comma, encoded = entry.partition(",")
        if not comma or not version:
            raise WebhookMalformedHeaderError(
                f"the {header} header must be space-separated 'version,signature' entries"
            )
        if version != "v1":
            # Other versions (v1a is Ed25519) are legal but not ours to check.
            continue
        raw = strict_b64decode(encoded) if len(encoded) == _B64_SHA256_LENGTH else None
        if raw is None or len(raw) != _SHA256_SIZE:
            raise WebhookMalformedHeaderError(f"a v1 entry of the {header} header is not padded base64 of 32 bytes")
        signatures.append(raw)
    if not signatures:
        raise WebhookSignatureMismatchError(f"the {header} header has no v1 signature")
    return signatures


def _verify_stateset(
    found: Mapping[str, HeaderValue],
    body: bytes,
    keys: Sequence[SigningKey],
    now: datetime,
    tolerance: timedelta,
) -> VerifiedMessage:
    timestamp_text, signature_text = require(found, STATESET_HEADERS)
    moment = parse_rfc3339(timestamp_text)
    if moment is None:
        raise WebhookMalformedHeaderError(
            "the timestamp header must be an RFC 3339 date-time such as 2024-12-09T10:30:00Z"
        )
    if _HEX_SHA256.fullmatch(signature_text) is None:
        raise WebhookMalformedHeaderError("the merchant-signature header must be 64 lower-case hex digits")
    expected = bytes.fromhex(signature_text)
    # The timestamp is signed exactly as sent, not re-rendered from `moment`.
    if not _any_match(keys, (timestamp_text.encode("ascii"), b".", body), [expected]):
        raise WebhookSignatureMismatchError("the merchant-signature does not match the body")
    skew = moment - now
    check_window(skew, tolerance)
    utc = as_utc(moment)
    if utc is None:
        # Within the window only for a clock at the very start or end of datetime's range.
        raise_unfresh(skew, "outside the years 1-9999 and so")
    return VerifiedMessage(None, utc, body)


def _any_match(keys: Sequence[SigningKey], parts: Sequence[bytes], candidates: Sequence[bytes]) -> bool:
    # No early exit: timing then does not reveal which secret or entry
    # matched, i.e. where the sender is in a rotation.
    matched = False
    for key in keys:
        expected = key.digest(*parts)
        for candidate in candidates:
            matched |= hmac.compare_digest(expected, candidate)
    return matched


def sign_standard(key: SigningKey, msg_id: str, seconds: int, body: bytes) -> dict[str, str]:
    """Return Standard Webhooks headers for ``body`` signed with ``key``."""
    signature = key.digest(f"{msg_id}.{seconds}.".encode("ascii"), body)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(seconds),
        "webhook-signature": "v1," + base64.b64encode(signature).decode("ascii"),
    }


def sign_stateset(key: SigningKey, moment: datetime, body: bytes) -> dict[str, str]:
    """Return Stateset ``Timestamp``/``Merchant-Signature`` headers for ``body``."""
    timestamp = format_rfc3339(moment)
    return {
        "Timestamp": timestamp,
        "Merchant-Signature": key.digest(timestamp.encode("ascii"), b".", body).hex(),
    }


def is_valid_msg_id(msg_id: str) -> bool:
    """Return whether ``msg_id`` is an id this module would accept when verifying."""
    return _MSG_ID.fullmatch(msg_id) is not None

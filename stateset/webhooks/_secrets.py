"""Parsing of webhook secrets into signing keys that never print themselves."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from stateset.webhooks._errors import InvalidWebhookSecretError

SECRET_PREFIX = "whsec_"


class SigningKey:
    """HMAC-SHA256 key material whose ``repr`` is redacted.

    The bytes live only in a slot and are used only inside ``digest``, so
    neither ``repr``/``vars`` of a ``Webhook`` nor the local variables that
    error trackers capture from our frames can reveal them.
    """

    __slots__ = ("_material",)

    def __init__(self, material: bytes) -> None:
        self._material = material

    def __repr__(self) -> str:
        return "SigningKey(<redacted>)"

    def digest(self, *parts: bytes) -> bytes:
        """Return the HMAC-SHA256 of the concatenation of ``parts``."""
        # Feeding the parts one by one avoids copying a large body per secret.
        mac = hmac.new(self._material, digestmod=hashlib.sha256)
        for part in parts:
            mac.update(part)
        return mac.digest()


def strict_b64decode(text: str) -> bytes | None:
    """Decode canonical, padded standard base64, or return ``None``.

    ``base64.b64decode`` alone accepts stray characters (without
    ``validate``) and non-canonical encodings whose unused trailing bits are
    set; re-encoding and comparing rejects both, so every byte string has
    exactly one accepted spelling.
    """
    if not text.isascii():
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error:
        return None
    if base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def parse_secrets(secret: object) -> tuple[SigningKey, ...]:
    """Turn the ``secret`` argument of ``Webhook`` into signing keys, primary first."""
    if isinstance(secret, str):
        candidates: tuple[object, ...] = (secret,)
    elif isinstance(secret, (list, tuple)):
        candidates = tuple(secret)
    else:
        raise InvalidWebhookSecretError(f"secret must be a str or a list/tuple of str, not {type(secret).__name__}")
    if not candidates:
        raise InvalidWebhookSecretError("at least one secret is required")
    return tuple(_parse_one(candidate, index) for index, candidate in enumerate(candidates))


def _parse_one(secret: object, index: int) -> SigningKey:
    # Messages name the position only: secrets must never reach logs.
    if not isinstance(secret, str):
        raise InvalidWebhookSecretError(f"secret #{index} is a {type(secret).__name__}, not a str")
    if not secret:
        raise InvalidWebhookSecretError(f"secret #{index} is empty")
    if secret.startswith(SECRET_PREFIX):
        material = strict_b64decode(secret[len(SECRET_PREFIX) :])
        if not material:
            raise InvalidWebhookSecretError(
                f"secret #{index} starts with {SECRET_PREFIX!r} but the rest is not non-empty, padded, standard base64"
            )
        return SigningKey(material)
    try:
        return SigningKey(secret.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidWebhookSecretError(
            f"secret #{index} contains unpaired surrogates and cannot be encoded as UTF-8"
        ) from None

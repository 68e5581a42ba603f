"""The exceptions raised while checking and reading incoming webhooks.

Two families, on purpose:

* ``WebhookVerificationError`` and its subclasses mean "this request was not
  proven to come from Stateset". They are the only exceptions that untrusted
  request content can cause, so a receiver can answer them with a 4xx and
  move on.
* ``WebhookPayloadError`` means the opposite: the signature *did* verify, so
  the body is authentic, yet it cannot be read as a JSON object. That is a
  sender bug or a contract change, not an attack, and it deserves an alert
  rather than a quiet 400. It is therefore a sibling, not a subclass.
"""

from __future__ import annotations

from stateset._errors import StatesetError


class InvalidWebhookSecretError(StatesetError, ValueError):
    """The secret given to ``Webhook`` cannot be used.

    Raised at construction, never by ``verify``: an empty secret, a list with
    no secrets, a value that is not a ``str``, or a ``whsec_`` secret whose
    remainder is not strict, padded base64. The message names the position of
    the offending secret but never its value.
    """


class WebhookVerificationError(StatesetError):
    """The request could not be proven to come from Stateset; reject it.

    Catch this base class to handle every verification failure at once. The
    message never repeats header values, so it is safe to log.
    """


class WebhookMissingHeaderError(WebhookVerificationError):
    """A header that the signature scheme needs is absent."""


class WebhookMalformedHeaderError(WebhookVerificationError):
    """A signature header is present but not in the exact expected form.

    This covers non-ASCII or over-long values, values that are not text,
    conflicting duplicates, non-canonical timestamps and signatures that are
    not strict base64 or hex of the right length.
    """


class WebhookSignatureMismatchError(WebhookVerificationError):
    """No signature in the request matches the body under any configured secret."""


class WebhookTimestampTooOldError(WebhookVerificationError):
    """The signature is valid but the timestamp is older than the tolerance.

    Signatures are checked before timestamps, so this error means the message
    is authentic but stale: a replay, a long retry delay, or a slow clock.
    """


class WebhookTimestampTooNewError(WebhookVerificationError):
    """The signature is valid but the timestamp lies too far in the future.

    Usually one of the two clocks is wrong; check NTP on the receiver.
    """


class WebhookPayloadError(StatesetError):
    """An authentic webhook body is not a UTF-8 JSON object.

    Raised only after the signature has verified, so it is never caused by a
    forged request. It does not subclass ``WebhookVerificationError``: treat it
    as a fault to alert on, not as an attack to shrug off.
    """

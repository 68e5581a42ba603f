"""Verify webhooks sent by Stateset, and sign test ones.

Give ``Webhook.verify`` the raw request body and the request headers; it
checks the signature in constant time, checks that the signed timestamp is
within the tolerance, and returns a decoded ``WebhookEvent``. Two signature
schemes are understood, chosen by the headers present:

* Standard Webhooks v1 (``webhook-id``, ``webhook-timestamp``,
  ``webhook-signature``; the ``svix-*`` names are accepted too), preferred
  whenever any of its headers is present;
* Stateset's own ``Timestamp`` (RFC 3339) and ``Merchant-Signature`` (hex
  HMAC-SHA256 of ``"{Timestamp}.{body}"``).

Every failure on untrusted input raises a subclass of
``WebhookVerificationError``; an authentic body that is not a JSON object
raises ``WebhookPayloadError`` instead.

Example:
    >>> from stateset.webhooks import Webhook, WebhookVerificationError
    >>> webhook = Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    >>> body = b'{"type": "order.created", "data": {"id": "ord_1"}}'
    >>> event = webhook.verify(body, webhook.sign(body))
    >>> event.type, event.data
    ('order.created', {'id': 'ord_1'})

"""

from stateset.webhooks._errors import (
    InvalidWebhookSecretError,
    WebhookMalformedHeaderError,
    WebhookMissingHeaderError,
    WebhookPayloadError,
    WebhookSignatureMismatchError,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
    WebhookVerificationError,
)
from stateset.webhooks._event import UNKNOWN_EVENT_TYPE, WebhookEvent, register_event_type
from stateset.webhooks._webhook import Webhook

__all__ = [
    "UNKNOWN_EVENT_TYPE",
    "InvalidWebhookSecretError",
    "Webhook",
    "WebhookEvent",
    "WebhookMalformedHeaderError",
    "WebhookMissingHeaderError",
    "WebhookPayloadError",
    "WebhookSignatureMismatchError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
    "WebhookVerificationError",
    "register_event_type",
]

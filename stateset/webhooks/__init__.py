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

To receive webhooks, ``WebhookRouter`` adds typed payloads (``EventModels``,
``register_event_types``), handlers matched by type pattern, middleware and
at-most-once processing through a ``DedupStore`` (``MemoryDedupStore``,
``RedisDedupStore``, ``AsyncRedisDedupStore``); ``stateset.webhooks.adapters``
plugs it into Starlette/FastAPI, Flask and Django.

Example:
    >>> from stateset.webhooks import Webhook, WebhookVerificationError
    >>> webhook = Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    >>> body = b'{"type": "order.created", "data": {"id": "ord_1"}}'
    >>> event = webhook.verify(body, webhook.sign(body))
    >>> event.type, event.data
    ('order.created', {'id': 'ord_1'})

"""

from stateset.webhooks._dedup import (
    AsyncDedupStore,
    ClaimStatus,
    DedupStore,
    MemoryDedupStore,
    dedup_key,
)
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
from stateset.webhooks._redis_dedup import AsyncRedisDedupStore, RedisDedupStore
from stateset.webhooks._router import HandleResult, HandleStatus, WebhookRouter
from stateset.webhooks._typed import EventModels, TypedWebhookEvent, register_event_types
from stateset.webhooks._webhook import Webhook

__all__ = [
    "UNKNOWN_EVENT_TYPE",
    "AsyncDedupStore",
    "AsyncRedisDedupStore",
    "ClaimStatus",
    "DedupStore",
    "EventModels",
    "HandleResult",
    "HandleStatus",
    "InvalidWebhookSecretError",
    "MemoryDedupStore",
    "RedisDedupStore",
    "TypedWebhookEvent",
    "Webhook",
    "WebhookEvent",
    "WebhookMalformedHeaderError",
    "WebhookMissingHeaderError",
    "WebhookPayloadError",
    "WebhookRouter",
    "WebhookSignatureMismatchError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
    "WebhookVerificationError",
    "dedup_key",
    "register_event_type",
    "register_event_types",
]

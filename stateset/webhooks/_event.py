"""The event object ``Webhook.verify`` returns, and the hook for typed event data."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, TypeAlias

from stateset.webhooks._errors import WebhookPayloadError
from stateset.webhooks._timestamps import parse_rfc3339

UNKNOWN_EVENT_TYPE: Final = "unknown"
"""The ``WebhookEvent.type`` of a payload with no ``type``, ``event`` or ``event_type`` string."""

EventFactory: TypeAlias = Callable[[Any], object]

_TYPE_KEYS = ("type", "event", "event_type")
_MAX_EPOCH_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59Z, the end of datetime
_factories: dict[str, EventFactory] = {}


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A verified webhook, decoded.

    Attributes:
        id: The event id: the JSON ``id`` string if there is one, otherwise the
            Standard Webhooks message id; ``None`` if neither exists. Use it to
            make your handler idempotent, since senders retry.
        type: The JSON ``type`` (or ``event``/``event_type``) string, or
            ``UNKNOWN_EVENT_TYPE``.
        created_at: The JSON ``created_at`` (RFC 3339 string or epoch seconds)
            as an aware datetime, or ``None`` if absent or unreadable.
        data: The JSON ``data`` field, or the whole object if there is none;
            converted by the factory registered for ``type``, if any.
        raw: The whole decoded JSON object. Treat it as read-only.
        timestamp: The signed header timestamp, in UTC.
        msg_id: The Standard Webhooks message id (``webhook-id``); ``None``
            under the Stateset scheme, which has none.

    Example:
        >>> event = webhook.verify(body, headers)  # doctest: +SKIP
        >>> if event.type == "order.created":  # doctest: +SKIP
        ...     handle_order(event.data)

    """

    id: str | None
    type: str
    created_at: datetime | None
    data: Any = field(hash=False)
    raw: Mapping[str, Any] = field(hash=False)
    timestamp: datetime
    msg_id: str | None = None


def register_event_type(type_name: str, factory: EventFactory) -> None:
    """Make events of ``type_name`` carry ``factory(data)`` as their ``data``.

    This is how typed event models plug in without touching verification.
    The factory gets the JSON ``data`` value (or the whole object when there
    is no ``data`` field); if it raises, ``verify`` raises
    ``WebhookPayloadError`` chained to that exception. Registering a second,
    different factory for the same type raises ``ValueError`` instead of
    silently replacing the first; registering the same one again is a no-op.

    Example:
        >>> register_event_type("order.created", Order.from_dict)  # doctest: +SKIP

    """
    if not isinstance(type_name, str) or not type_name:
        raise ValueError("type_name must be a non-empty str")
    if not callable(factory):
        raise TypeError("factory must be callable")
    existing = _factories.setdefault(type_name, factory)
    if existing is not factory:
        raise ValueError(f"a different factory is already registered for {type_name!r}")


def parse_event(body: bytes, *, msg_id: str | None, timestamp: datetime) -> WebhookEvent:
    """Decode an authentic body into a ``WebhookEvent`` or raise ``WebhookPayloadError``."""
    document = _load_object(body)
    event_type = _event_type(document)
    data = document.get("data", document)
    factory = _factories.get(event_type)
    if factory is not None:
        try:
            data = factory(data)
        except Exception as exc:
            raise WebhookPayloadError(
                f"the data of this {event_type!r} event does not fit its registered factory"
            ) from exc
    own_id = document.get("id")
    return WebhookEvent(
        id=own_id if isinstance(own_id, str) and own_id else msg_id,
        type=event_type,
        created_at=_created_at(document.get("created_at")),
        data=data,
        raw=document,
        timestamp=timestamp,
        msg_id=msg_id,
    )


def _load_object(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookPayloadError("the webhook body is authentic but not UTF-8") from None
    try:
        document = json.loads(text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        # ValueError also covers integers beyond Python's digit limit;
        # RecursionError covers absurdly deep nesting.
        raise WebhookPayloadError("the webhook body is authentic but not valid JSON") from exc
    if not isinstance(document, dict):
        raise WebhookPayloadError("the webhook body is authentic JSON but not an object")
    return document


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Duplicate keys are read differently by different parsers (first wins vs
    # last wins), a classic way to make two systems disagree about an event.
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("duplicate key in JSON object")
    return document


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _event_type(document: Mapping[str, Any]) -> str:
    for key in _TYPE_KEYS:
        value = document.get(key)
        if isinstance(value, str) and value:
            return value
    return UNKNOWN_EVENT_TYPE


def _created_at(value: object) -> datetime | None:
    if isinstance(value, str):
        moment = parse_rfc3339(value)
        try:
            return None if moment is None else moment.astimezone(UTC)
        except OverflowError:
            # e.g. 0001-01-01T00:00:00+01:00, which is before datetime.min in UTC
            return None
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if 0 <= value <= _MAX_EPOCH_SECONDS:
        return datetime.fromtimestamp(value, UTC)
    return None

"""Typed events: parse a verified event's whole JSON payload into a registered model.

Models are the payload classes openapi-python-client generates from the
``webhooks:`` section of the API contract (``OrderCreatedEvent`` and
friends): anything with a ``from_dict(mapping)`` classmethod. An event whose
type has no model, including ``UNKNOWN_EVENT_TYPE``, stays generic
(``payload is None``), so new event types never break a receiver.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from stateset.webhooks._errors import WebhookPayloadError
from stateset.webhooks._event import WebhookEvent

P = TypeVar("P")
M = TypeVar("M")


@dataclass(frozen=True, slots=True)
class TypedWebhookEvent(WebhookEvent, Generic[P]):
    """A ``WebhookEvent`` plus its payload parsed into the registered model.

    Every ``WebhookEvent`` attribute is there (``id``, ``type``, ``data``,
    ``raw``, ...). ``WebhookRouter`` hands these to handlers.

    Attributes:
        payload: ``Model.from_dict(event.raw)`` for the model registered for
            ``type`` (for ``order.created``: an ``OrderCreatedEvent``, whose
            ``.data.object_`` is the ``OrderResponse``), or ``None`` when no
            model is registered for the type.

    Example:
        >>> @router.on("order.created")  # doctest: +SKIP
        ... def on_order(event: TypedWebhookEvent[OrderCreatedEvent]) -> None:
        ...     order = event.payload_as(OrderCreatedEvent).data.object_

    """

    payload: P | None = field(default=None, hash=False)

    def payload_as(self, model: type[M]) -> M:
        """Return ``payload``, checked to be an instance of ``model`` (typed for mypy).

        Raises:
            TypeError: The payload is ``None`` or of another class.

        """
        if not isinstance(self.payload, model):
            got = "no payload" if self.payload is None else type(self.payload).__name__
            raise TypeError(f"the {self.type!r} event carries {got}, not {model.__name__}")
        return self.payload


class EventModels:
    """A thread-safe table from event type (``"order.created"``) to payload model.

    Args:
        models: Initial entries, e.g. ``stateset_client.webhook_events.EVENT_MODELS``.

    """

    def __init__(self, models: Mapping[str, type[Any]] | None = None) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, type[Any]] = {}
        if models is not None:
            self.update(models)

    def __repr__(self) -> str:
        return f"<EventModels types={len(self)}>"

    def __len__(self) -> int:
        """Return how many event types have a model."""
        return len(self._models)

    def __iter__(self) -> Iterator[str]:
        """Iterate over the event types that have a model."""
        return iter(list(self._models))

    def __contains__(self, type_name: object) -> bool:
        """Return whether ``type_name`` has a model."""
        return type_name in self._models

    def get(self, type_name: str) -> type[Any] | None:
        """Return the model for ``type_name``, or ``None``."""
        return self._models.get(type_name)

    def register(self, type_name: str, model: type[Any]) -> None:
        """Parse events of ``type_name`` with ``model.from_dict``.

        Registering the same model again is a no-op; a different model for a
        registered type raises ``ValueError`` rather than silently replacing it.

        Raises:
            ValueError: ``type_name`` is empty, or already has another model.
            TypeError: ``model`` has no callable ``from_dict``.

        """
        self.update({type_name: model})

    def update(self, models: Mapping[str, type[Any]]) -> None:
        """Register every ``type_name -> model`` entry of ``models``, all or nothing."""
        checked = dict(models.items())
        for type_name, model in checked.items():
            if not isinstance(type_name, str) or not type_name:
                raise ValueError("event type names must be non-empty str")
            if not callable(getattr(model, "from_dict", None)):
                raise TypeError(f"the model for {type_name!r} has no from_dict(mapping) method")
        with self._lock:
            for type_name, model in checked.items():
                existing = self._models.get(type_name, model)
                if existing is not model:
                    raise ValueError(f"a different model is already registered for {type_name!r}")
            self._models.update(checked)

    def parse(self, event: WebhookEvent) -> TypedWebhookEvent[Any]:
        """Return ``event`` as a ``TypedWebhookEvent``, its payload parsed if a model fits.

        Raises:
            WebhookPayloadError: The type has a model but the authentic payload
                does not fit it (chained to the model's exception).

        """
        payload: object = None
        model = self.get(event.type)
        if model is not None:
            try:
                payload = model.from_dict(event.raw)
            except Exception as exc:
                raise WebhookPayloadError(
                    f"the payload of this {event.type!r} event does not fit {model.__name__}"
                ) from exc
        values = {f.name: getattr(event, f.name) for f in fields(WebhookEvent)}
        return TypedWebhookEvent(**values, payload=payload)


default_event_models = EventModels()
"""The process-wide table ``register_event_types`` fills; routers use it unless given their own."""


def register_event_types(models: Mapping[str, type[Any]]) -> None:
    """Register payload models process-wide, e.g. ``register_event_types(EVENT_MODELS)``.

    Every ``WebhookRouter`` built without its own ``models=`` sees them,
    including routers built before the call. Same rules as ``EventModels.update``.

    Example:
        >>> from stateset_client.models.order_created_event import OrderCreatedEvent
        >>> register_event_types({"order.created": OrderCreatedEvent})  # doctest: +SKIP

    """
    default_event_models.update(models)

"""``WebhookRouter``: verify, parse, deduplicate and dispatch incoming webhooks."""

from __future__ import annotations

import asyncio
import enum
import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, TypeAlias, TypeVar

from stateset.webhooks._dedup import AsyncDedupStore, ClaimStatus, DedupStore, dedup_key
from stateset.webhooks._headers import HeadersLike
from stateset.webhooks._typed import EventModels, TypedWebhookEvent, default_event_models
from stateset.webhooks._webhook import Payload, Webhook, _payload_bytes

Event: TypeAlias = TypedWebhookEvent[Any]
Handler: TypeAlias = Callable[[Event], Any]
"""``handler(event)``: a plain function, or an ``async def`` for ``handle_async``."""
CallNext: TypeAlias = Callable[[Event], Any]
Middleware: TypeAlias = Callable[[Event, CallNext], Any]
"""``middleware(event, call_next)``: must call ``call_next(event)`` to run the handlers."""

H = TypeVar("H", bound=Handler)
MW = TypeVar("MW", bound=Middleware)
T = TypeVar("T")


class HandleStatus(enum.StrEnum):
    """What ``WebhookRouter.handle`` did with a verified delivery."""

    HANDLED = "handled"
    """Every matching handler ran and returned; the message is now marked processed."""
    DUPLICATE = "duplicate"
    """The message was already processed: nothing ran."""
    UNHANDLED = "unhandled"
    """No handler matches the event type (acknowledge it anyway)."""
    IN_PROGRESS = "in_progress"
    """Another worker is processing this message right now: nothing ran; ask for a retry."""


@dataclass(frozen=True, slots=True)
class HandleResult:
    """The outcome of one delivery.

    Attributes:
        status: See ``HandleStatus``.
        event: The verified event (typed if its type has a model).
        dedup_key: The key used to recognise redeliveries of this message.
        handlers: How many handlers matched (0 when unhandled).

    """

    status: HandleStatus
    event: Event
    dedup_key: str
    handlers: int = 0

    @property
    def http_status(self) -> int:
        """The status to answer the sender: 200, or 409 (retry later) when ``IN_PROGRESS``."""
        return 409 if self.status is HandleStatus.IN_PROGRESS else 200


class WebhookRouter:
    """Dispatch verified webhooks to handlers, at most once per message.

    Handlers are registered for exact types or fnmatch patterns (``"order.*"``,
    ``"*"``; ``*`` also matches dots). Every matching handler runs, once, in
    registration order. Middleware wraps that run per event, the first
    registered outermost.

    Args:
        webhook: The verifier holding the endpoint secret(s) and tolerance.
        dedup: Where processed message ids are kept (``MemoryDedupStore``,
            ``RedisDedupStore`` or, for ``handle_async`` only,
            ``AsyncRedisDedupStore``). ``None`` disables deduplication.
        models: Payload models by event type, as an ``EventModels`` or a
            mapping; the process-wide table of ``register_event_types`` by default.
        sync_handlers_in_thread: In ``handle_async``, run plain (non-async)
            handlers in a worker thread (``asyncio.to_thread``) so they do not
            block the event loop. ``False`` calls them on the loop.

    Example:
        >>> router = WebhookRouter(Webhook(secret), dedup=MemoryDedupStore())  # doctest: +SKIP
        >>> @router.on("order.*")  # doctest: +SKIP
        ... def on_order(event: TypedWebhookEvent[Any]) -> None: ...
        >>> result = router.handle(raw_body, request.headers)  # doctest: +SKIP

    """

    def __init__(
        self,
        webhook: Webhook,
        *,
        dedup: DedupStore | AsyncDedupStore | None = None,
        models: EventModels | Mapping[str, type[Any]] | None = None,
        sync_handlers_in_thread: bool = True,
    ) -> None:
        if not isinstance(webhook, Webhook):
            raise TypeError("webhook must be a stateset.webhooks.Webhook")
        self._webhook = webhook
        self._dedup = dedup
        if models is None:
            models = default_event_models
        self._models = models if isinstance(models, EventModels) else EventModels(models)
        self._in_thread = sync_handlers_in_thread
        self._routes: list[tuple[str, Handler]] = []
        self._middleware: list[Middleware] = []

    def __repr__(self) -> str:
        return f"<WebhookRouter handlers={len(self._routes)} middleware={len(self._middleware)}>"

    def on(self, *patterns: str) -> Callable[[H], H]:
        """Decorator: run the function for events whose type matches any of ``patterns``."""
        if not patterns:
            raise ValueError("give at least one event type or pattern")

        def register(handler: H) -> H:
            for pattern in patterns:
                self.add_handler(pattern, handler)
            return handler

        return register

    def add_handler(self, pattern: str, handler: Handler) -> None:
        """Run ``handler`` for events whose type matches ``pattern``."""
        if not isinstance(pattern, str) or not pattern:
            raise ValueError("an event type pattern must be a non-empty str")
        if not callable(handler):
            raise TypeError("handler must be callable")
        self._routes.append((pattern, handler))

    def middleware(self, middleware: MW) -> MW:
        """Decorator: wrap every dispatch in ``middleware(event, call_next)``.

        ``call_next(event)`` runs the inner middleware and the handlers; not
        calling it skips them (the message still counts as handled). In
        ``handle_async`` it returns an awaitable: ``async def`` middleware
        awaits it, a plain function must return it (``return call_next(event)``).
        """
        if not callable(middleware):
            raise TypeError("middleware must be callable")
        self._middleware.append(middleware)
        return middleware

    def handlers_for(self, event_type: str) -> list[Handler]:
        """Return the handlers that would run for ``event_type``, in order, each once."""
        matched: list[Handler] = []
        for pattern, handler in self._routes:
            if handler not in matched and fnmatchcase(event_type, pattern):
                matched.append(handler)
        return matched

    def handle(self, payload: Payload, headers: HeadersLike) -> HandleResult:
        """Verify one delivery and run its handlers synchronously.

        Raises:
            WebhookVerificationError: Not proven authentic and fresh (answer 400).
            WebhookPayloadError: Authentic but unreadable, or not fitting its model.
            TypeError: A matching handler or a middleware is ``async``, or the
                dedup store is; use ``handle_async``.
            Exception: Whatever a handler raised; the message is then not marked
                processed, so a redelivery runs the handlers again.

        """
        event, key, handlers = self._prepare(payload, headers)
        if not handlers:
            return HandleResult(HandleStatus.UNHANDLED, event, key)
        for part in (*handlers, *self._middleware, *self._store_methods()):
            if _is_async(part):
                raise TypeError(f"{_name(part)} is async: use `await router.handle_async(...)`")
        store: DedupStore | None = self._dedup  # type: ignore[assignment]  # checked just above
        claim = ClaimStatus.ACQUIRED if store is None else store.claim(key)
        if claim is not ClaimStatus.ACQUIRED:
            return HandleResult(_STATUS[claim], event, key, len(handlers))
        try:
            _no_awaitable(self._sync_chain(handlers)(event), "a middleware")
        except BaseException:
            if store is not None:
                store.release(key)
            raise
        if store is not None:
            store.complete(key)
        return HandleResult(HandleStatus.HANDLED, event, key, len(handlers))

    async def handle_async(self, payload: Payload, headers: HeadersLike) -> HandleResult:
        """Verify one delivery and run its handlers, awaiting the async ones.

        Plain handlers run in a worker thread (see ``sync_handlers_in_thread``);
        either kind of dedup store works. Raises like ``handle``.
        """
        event, key, handlers = self._prepare(payload, headers)
        if not handlers:
            return HandleResult(HandleStatus.UNHANDLED, event, key)
        store = self._dedup
        claim = ClaimStatus.ACQUIRED if store is None else await _resolve(store.claim(key))
        if claim is not ClaimStatus.ACQUIRED:
            return HandleResult(_STATUS[claim], event, key, len(handlers))
        try:
            await self._async_chain(handlers)(event)
        except BaseException:
            if store is not None:
                await _resolve(store.release(key))
            raise
        if store is not None:
            await _resolve(store.complete(key))
        return HandleResult(HandleStatus.HANDLED, event, key, len(handlers))

    def _prepare(self, payload: Payload, headers: HeadersLike) -> tuple[Event, str, list[Handler]]:
        body = _payload_bytes(payload)
        event = self._models.parse(self._webhook.verify(body, headers))
        return event, dedup_key(event, body), self.handlers_for(event.type)

    def _store_methods(self) -> tuple[Callable[..., Any], ...]:
        store = self._dedup
        return () if store is None else (store.claim, store.complete, store.release)

    def _sync_chain(self, handlers: list[Handler]) -> CallNext:
        def run_handlers(event: Event) -> None:
            for handler in handlers:
                _no_awaitable(handler(event), _name(handler))

        def layer(middleware: Middleware, call_next: CallNext) -> CallNext:
            return lambda event: middleware(event, call_next)

        chain: CallNext = run_handlers
        for middleware in reversed(self._middleware):
            chain = layer(middleware, chain)
        return chain

    def _async_chain(self, handlers: list[Handler]) -> Callable[[Event], Awaitable[Any]]:
        in_thread = self._in_thread

        async def run_handlers(event: Event) -> None:
            for handler in handlers:
                if in_thread and not _is_async(handler):
                    result = await asyncio.to_thread(handler, event)
                else:
                    result = handler(event)
                await _resolve(result)

        def layer(middleware: Middleware, call_next: CallNext) -> Callable[[Event], Awaitable[Any]]:
            async def run(event: Event) -> Any:
                return await _resolve(middleware(event, call_next))

            return run

        chain: Callable[[Event], Awaitable[Any]] = run_handlers
        for middleware in reversed(self._middleware):
            chain = layer(middleware, chain)
        return chain


_STATUS = {ClaimStatus.DUPLICATE: HandleStatus.DUPLICATE, ClaimStatus.IN_PROGRESS: HandleStatus.IN_PROGRESS}


def _is_async(function: object) -> bool:
    # The second test catches instances of a class with an `async def __call__`.
    call = inspect.getattr_static(type(function), "__call__", None)
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(call)


def _name(function: object) -> str:
    return getattr(function, "__qualname__", None) or repr(function)


def _no_awaitable(result: object, what: str) -> None:
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if callable(close):
            close()  # no "coroutine was never awaited" warning
        raise TypeError(f"{what} returned an awaitable: use `await router.handle_async(...)`")


async def _resolve(value: T | Awaitable[T]) -> T:
    if inspect.isawaitable(value):
        return await value
    return value

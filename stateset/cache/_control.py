"""``client.cache``: invalidate, clear, inspect and warm a client's cache."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import StatesetError
from .._pagination import AsyncPager, SyncPager
from ._invalidation import global_key
from ._layer import CacheTransport
from ._stats import CacheStats

if TYPE_CHECKING:
    pass

__all__ = ["AsyncCacheControl", "CacheControl", "WarmResult"]


@attrs.frozen
class WarmResult:
    """What ``client.cache.warm(...)`` did: targets fetched, and the errors of the others."""

    warmed: int
    errors: tuple[StatesetError, ...] = ()


class _Base:
    def __init__(self, layer: CacheTransport | None) -> None:
        self._layer = layer

    @property
    def enabled(self) -> bool:
        """Whether this client caches at all (``cache=`` was given and not False)."""
        return self._layer is not None

    def stats(self) -> CacheStats:
        """Hits, misses, hit ratio, evictions, errors and per-operation usage.

        Counters belong to the backend: clients sharing one (including
        ``with_options`` copies) see the same figures. All zero without a cache.
        """
        return self._layer.stats() if self._layer is not None else CacheStats()

    def reset_stats(self) -> None:
        """Zero the counters (not the cached entries)."""
        if self._layer is not None:
            self._layer.shared.recorder.reset()

    def __repr__(self) -> str:
        backend = self._layer.backend if self._layer is not None else None
        return f"<{type(self).__name__} backend={backend!r}>"


class CacheControl(_Base):
    """The cache controls of a `Stateset` client (``client.cache``).

    On a client created without ``cache=``, every method is a harmless no-op and
    ``enabled`` is False, so code can call them unconditionally.

    ::

        client.cache.invalidate("orders", order_id)   # one order and the order lists
        client.cache.invalidate("orders")             # everything under /orders
        client.cache.clear()                          # everything this backend holds
        print(client.cache.stats().hit_ratio)
    """

    def invalidate(self, collection: str, object_id: object = None) -> None:
        """Make cached reads of a collection (or of one object and the collection's lists) miss.

        ``collection`` is the path segment after ``/api/v1/``: ``"orders"``,
        ``"purchase-orders"``. Works across processes sharing a Redis.
        """
        if self._layer is not None:
            self._layer._bump(self._layer.invalidation_keys(collection, object_id))

    def clear(self) -> None:
        """Make every cached entry of this backend miss (all processes, for Redis)."""
        if self._layer is not None:
            self._layer._bump((global_key(self._layer.settings.prefix),))
            clear = getattr(self._layer.backend, "clear", None)
            if callable(clear):
                self._layer._guarded(clear, what="clear")

    def warm(self, *targets: SyncPager[Any] | Callable[[], object]) -> WarmResult:
        """Prefetch reads into the cache; errors from the API are collected, not raised.

        A target is a pager (every page is fetched) or a zero-argument callable whose
        result, if a pager, is consumed too::

            client.cache.warm(
                client.orders.list(status="pending"),
                lambda: client.products.get(product_id),
            )
        """
        errors: list[StatesetError] = []
        for target in targets:
            try:
                result = target if isinstance(target, SyncPager) else target()
                if isinstance(result, SyncPager):
                    for _ in result.iter_pages():
                        pass
            except StatesetError as exc:
                errors.append(exc)
        return WarmResult(warmed=len(targets) - len(errors), errors=tuple(errors))


class AsyncCacheControl(_Base):
    """The cache controls of an `AsyncStateset` client: `CacheControl`'s methods, awaited."""

    async def invalidate(self, collection: str, object_id: object = None) -> None:
        """See :meth:`CacheControl.invalidate`."""
        if self._layer is not None:
            await self._layer._abump(self._layer.invalidation_keys(collection, object_id))

    async def clear(self) -> None:
        """See :meth:`CacheControl.clear`."""
        if self._layer is not None:
            await self._layer._abump((global_key(self._layer.settings.prefix),))
            clear = getattr(self._layer.backend, "clear", None)
            if callable(clear):
                self._layer._guarded(clear, what="clear")

    async def warm(
        self, *targets: AsyncPager[Any] | Callable[[], object] | Awaitable[object], concurrency: int = 8
    ) -> WarmResult:
        """Prefetch concurrently (at most ``concurrency`` at once); see :meth:`CacheControl.warm`.

        A target is an async pager, an awaitable (``client.orders.get(id)``) or a
        callable returning either.
        """
        import asyncio  # lazy: `import stateset` stays free of asyncio

        gate = asyncio.Semaphore(concurrency)

        async def one(target: object) -> StatesetError | None:
            async with gate:
                try:
                    result = target() if callable(target) and not isinstance(target, AsyncPager) else target
                    if inspect.isawaitable(result):
                        result = await result
                    if isinstance(result, AsyncPager):
                        async for _ in result.iter_pages():
                            pass
                except StatesetError as exc:
                    return exc
                return None

        outcomes = await asyncio.gather(*(one(t) for t in targets))
        errors = tuple(e for e in outcomes if e is not None)
        return WarmResult(warmed=len(targets) - len(errors), errors=errors)

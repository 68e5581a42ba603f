"""The sync and async queries: the shared builder plus terminal operations that call ``list``.

These are thin drivers: the request is fully decided by the builder; paging is the
generated pager's job. ``count()`` and ``first()`` ask for a single-item page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

from .._pagination import AsyncPager, Page, SyncPager
from ._builder import QueryBase
from ._dates import Clock

T = TypeVar("T")


class SyncQuery(QueryBase[T]):
    """An immutable, validated query over one list operation; iterate it to run it.

    Usually made by ``client.<resource>.query()``; each method returns a new query::

        recent = (
            client.orders.query()
            .where(status__in=["pending", "confirmed"], total_amount__gte="100")
            .created_after("-30d")
            .order_by("-created_at", "id")
            .limit(500)
        )
        for order in recent:
            ...
        recent.count(), recent.first(), recent.exists()

    Mistakes (unknown field, an operator that does not fit the field's type, a bad value)
    raise `QueryError` from the method that received them, before any request.
    """

    __slots__ = ()

    def __init__(
        self, list_method: Callable[..., SyncPager[T]], operation_id: str, *, clock: Clock | None = None
    ) -> None:
        super().__init__(list_method, operation_id, clock=clock)

    def _pager(self, **overrides: object) -> SyncPager[T]:
        pager: SyncPager[T] = self._list(**self._kwargs(**overrides))
        return pager

    def __iter__(self) -> Iterator[T]:
        return iter(self._pager())

    def pages(self) -> Iterator[Page[T]]:
        """Yield each page of results in turn (one request per page)."""
        return self._pager().iter_pages()

    def all(self) -> list[T]:
        """Fetch every matching item (up to `limit`) into a list."""
        return list(self._pager())

    def first(self) -> T | None:
        """The first matching item, or None; fetches a single-item page."""
        if self._state.limit == 0:
            return None
        items = self._pager(page_size=1, max_items=1).first_page.items
        return items[0] if items else None

    def exists(self) -> bool:
        """Whether any item matches (one single-item request)."""
        return self.first() is not None

    def count(self) -> int:
        """How many items match (capped by `limit`), from the API's ``total`` of a single-item page.

        Falls back to walking the pages when the API does not report a total.
        """
        if self._state.limit == 0:
            return 0
        total = self._pager(page_size=1, max_items=None).total
        if total is None:
            total = sum(len(page.items) for page in self._pager(max_items=None).iter_pages())
        return total if self._state.limit is None else min(total, self._state.limit)


class AsyncQuery(QueryBase[T]):
    """The async twin of `SyncQuery`: ``async for``, ``await q.all()``, ``await q.count()``...

    Example::

        async for order in client.orders.query().where(status="pending").order_by("-created_at"):
            ...
        n = await client.orders.query().created_after("yesterday").count()
    """

    __slots__ = ()

    def __init__(
        self, list_method: Callable[..., AsyncPager[T]], operation_id: str, *, clock: Clock | None = None
    ) -> None:
        super().__init__(list_method, operation_id, clock=clock)

    def _pager(self, **overrides: object) -> AsyncPager[T]:
        pager: AsyncPager[T] = self._list(**self._kwargs(**overrides))
        return pager

    def __aiter__(self) -> AsyncIterator[T]:
        return self._pager().__aiter__()

    def pages(self) -> AsyncIterator[Page[T]]:
        """Yield each page of results in turn: ``async for page in q.pages()``."""
        return self._pager().iter_pages()

    async def all(self) -> list[T]:
        """Fetch every matching item (up to `limit`) into a list."""
        return [item async for item in self._pager()]

    async def first(self) -> T | None:
        """The first matching item, or None; fetches a single-item page."""
        if self._state.limit == 0:
            return None
        items = (await self._pager(page_size=1, max_items=1).first_page).items
        return items[0] if items else None

    async def exists(self) -> bool:
        """Whether any item matches (one single-item request)."""
        return await self.first() is not None

    async def count(self) -> int:
        """How many items match (capped by `limit`), from the API's ``total`` of a single-item page."""
        if self._state.limit == 0:
            return 0
        total = await self._pager(page_size=1, max_items=None).total
        if total is None:
            total = 0
            async for page in self._pager(max_items=None).iter_pages():
                total += len(page.items)
        return total if self._state.limit is None else min(total, self._state.limit)

"""Pagers for list operations.

The API pages three ways (``page``/``limit``, ``page``/``per_page`` and
``offset``/``limit``); a `Paging` record from the generated code says which.
What to ask for next is decided by the pure function `next_page_args`; the
sync and async pagers only drive it, one page in memory at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from ._checks import integer
from ._errors import ResponseValidationError

if TYPE_CHECKING:
    from ._base_client import AsyncClientBase, CallOptions, Endpoint, SyncClientBase

T = TypeVar("T")


@attrs.frozen
class Paging:
    """How one list operation pages, read from the contract by the generator."""

    style: str
    """``"page"`` (a page number) or ``"offset"`` (an item offset)."""
    start_param: str
    size_param: str
    items_key: str
    total_key: str | None


@attrs.frozen
class Page(Generic[T]):
    """One page of a list operation: its decoded items and what the API said about the whole."""

    items: list[T]
    """The decoded items of this page."""
    total: int | None
    """How many items the whole listing has, when the API reports it."""
    args: Mapping[str, int]
    """The paging arguments that fetched this page (e.g. ``{"page": 2, "limit": 50}``)."""


def first_page_args(paging: Paging, page_size: int | None) -> dict[str, int]:
    """The paging arguments of the first request."""
    args = {paging.start_param: 1 if paging.style == "page" else 0}
    if page_size is not None:
        args[paging.size_param] = page_size
    return args


def next_page_args(
    paging: Paging, args: Mapping[str, int], count: int, total: int | None, seen: int
) -> dict[str, int] | None:
    """The paging arguments of the page after one that held `count` items, or None at the end.

    ``seen`` counts the items of every page so far, this one included.

    >>> p = Paging("page", "page", "limit", "items", "total")
    >>> next_page_args(p, {"page": 1, "limit": 100}, 100, 250, seen=100)
    {'page': 2, 'limit': 100}
    >>> next_page_args(p, {"page": 3, "limit": 100}, 50, 250, seen=250) is None
    True
    """
    if count == 0:
        return None
    if total is not None and seen >= total:
        return None
    size = args.get(paging.size_param)
    if total is None and size is not None and count < size:
        return None
    nxt = dict(args)
    nxt[paging.start_param] = args[paging.start_param] + (1 if paging.style == "page" else count)
    return nxt


def decode_page(paging: Paging, data: Any, parse: Callable[[Any], T], args: Mapping[str, int]) -> Page[T]:
    """Turn a page's ``data`` object into a `Page` (raises KeyError/TypeError on a malformed page)."""
    raw_items = data[paging.items_key]
    if not isinstance(raw_items, list):
        raise TypeError(f"{paging.items_key!r} is not a list")
    total = data.get(paging.total_key) if paging.total_key else None
    if total is not None and (isinstance(total, bool) or not isinstance(total, int) or total < 0):
        raise TypeError(f"{paging.total_key!r} is not a count of items: {total!r}")
    return Page([parse(item) for item in raw_items], total, dict(args))


def check_page_args(page_size: object, max_items: object) -> None:
    """Refuse a ``page_size`` that is not an int >= 1 or a ``max_items`` that is not an int >= 0."""
    if page_size is not None:
        integer(page_size, "page_size", 1)
    if max_items is not None:
        integer(max_items, "max_items", 0)


def check_progress(previous: Page[Any], page: Page[Any], response: httpx.Response) -> None:
    """Raise when a later page repeats the one before: the API ignored the paging arguments.

    Without this, a server that always answers with its first (full) page would be paged
    for ever.
    """
    if page.items and page.items == previous.items:
        raise ResponseValidationError(
            f"the API answered {dict(page.args)} with the same items as {dict(previous.args)}: "
            "it ignores the paging arguments",
            response=response,
        )


def _cap(page: Page[T], remaining: int | None) -> tuple[Page[T], int | None, bool]:
    """Trim a page to what `max_items` still allows: (page, what remains after it, whether to stop)."""
    if remaining is None:
        return page, None, False
    if len(page.items) >= remaining:
        return Page(page.items[:remaining], page.total, page.args), 0, True
    return page, remaining - len(page.items), False


class _PagerBase(Generic[T]):
    __slots__ = ("_build", "_endpoint", "_first", "_max_items", "_options", "_page_size", "_parse")

    def __init__(
        self,
        endpoint: Endpoint,
        build: Callable[[dict[str, int]], dict[str, Any]],
        parse: Callable[[Any], T],
        options: CallOptions,
        page_size: int | None,
        max_items: int | None,
    ) -> None:
        check_page_args(page_size, max_items)
        self._endpoint = endpoint
        self._build = build
        self._parse = parse
        self._options = options
        self._page_size = page_size
        self._max_items = max_items
        self._first: Page[T] | None = None

    @property
    def _paging(self) -> Paging:
        assert self._endpoint.paging is not None  # the generator only pages paged operations
        return self._endpoint.paging

    def __repr__(self) -> str:
        name, op = type(self).__name__, self._endpoint.operation_id
        return f"<{name} {op} page_size={self._page_size} max_items={self._max_items}>"


class SyncPager(_PagerBase[T]):
    """The result of a list operation: iterate it for every item, across pages, lazily.

    Each later request repeats the original filters; only the page moves. Example::

        for order in client.orders.list(status="pending", page_size=100, max_items=500):
            print(order.order_number)
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClientBase, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    def _fetch(self, args: dict[str, int]) -> Page[T]:
        return self._fetch_page(args)[0]

    def _fetch_page(self, args: dict[str, int]) -> tuple[Page[T], httpx.Response]:
        return self._client._fetch_page(self._endpoint, self._build(args), self._parse, args, self._options)

    @property
    def first_page(self) -> Page[T]:
        """The first page (fetched once, then kept)."""
        if self._first is None:
            self._first = self._fetch(first_page_args(self._paging, self._page_size))
        return self._first

    @property
    def total(self) -> int | None:
        """The total number of items the API reports, without fetching every page."""
        return self.first_page.total

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yield each page in turn (still one page in memory at a time)."""
        if self._max_items == 0:
            return
        page, remaining, seen = self.first_page, self._max_items, 0
        while True:
            seen += len(page.items)
            nxt = next_page_args(self._paging, page.args, len(page.items), page.total, seen)
            page, remaining, done = _cap(page, remaining)
            yield page
            if done or nxt is None:
                return
            previous = page
            page, response = self._fetch_page(nxt)
            check_progress(previous, page, response)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPager(_PagerBase[T]):
    """The async twin of `SyncPager`: ``async for order in client.orders.list(): ...``."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClientBase, *args: Any) -> None:
        super().__init__(*args)
        self._client = client

    async def _fetch(self, args: dict[str, int]) -> Page[T]:
        return (await self._fetch_page(args))[0]

    async def _fetch_page(self, args: dict[str, int]) -> tuple[Page[T], httpx.Response]:
        return await self._client._fetch_page(self._endpoint, self._build(args), self._parse, args, self._options)

    async def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._fetch(first_page_args(self._paging, self._page_size))
        return self._first

    async def _total(self) -> int | None:
        return (await self._first_page()).total

    @property
    def first_page(self) -> Awaitable[Page[T]]:
        """The first page, fetched once then kept: ``page = await pager.first_page``."""
        return self._first_page()

    @property
    def total(self) -> Awaitable[int | None]:
        """The total the API reports, without fetching every page: ``await pager.total``."""
        return self._total()

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Yield each page in turn (still one page in memory at a time)."""
        if self._max_items == 0:
            return
        page, remaining, seen = await self.first_page, self._max_items, 0
        while True:
            seen += len(page.items)
            nxt = next_page_args(self._paging, page.args, len(page.items), page.total, seen)
            page, remaining, done = _cap(page, remaining)
            yield page
            if done or nxt is None:
                return
            previous = page
            page, response = await self._fetch_page(nxt)
            check_progress(previous, page, response)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

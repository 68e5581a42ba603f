"""The builder (immutability, compilation, repr) and the sync and async terminal operations."""

from __future__ import annotations

import datetime as dt
import inspect
import uuid
from collections.abc import Iterator
from typing import Any, cast

import pytest
from query_world import RequestCounter

from stateset import AsyncStateset, Page, Stateset
from stateset._query import AsyncQuery, SyncQuery
from stateset.sandbox import Sandbox

CITIES = [("New York", "NY"), ("Brooklyn", "NY"), ("Boston", "MA"), ("Los Angeles", "CA"), ("Nowhere", "ZZ")]


def create_orders(client: Stateset) -> list[str]:
    ids = []
    for n, (city, state) in enumerate(CITIES):
        address = {"street": "1 Main St", "city": city, "state": state, "postal_code": "1", "country": "US"}
        order = client.orders.create(
            customer_id=str(uuid.uuid4()),
            items=[{"product_id": str(uuid.uuid4()), "quantity": 1, "unit_price": f"{(n + 1) * 10}.00"}],
            notes=f"Gift for {city}" if n % 2 else None,
            shipping_address=address,
        )
        ids.append(order.id)
    return ids


@pytest.fixture
def seeded(sb: Sandbox, counter: RequestCounter) -> Iterator[list[str]]:
    with sb.client() as c:
        yield create_orders(c)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def query(mode: str, client: Stateset, aclient: AsyncStateset) -> SyncQuery[Any] | AsyncQuery[Any]:
    if mode == "sync":
        sync: SyncQuery[Any] = SyncQuery(client.orders.list, "list_orders")
        return sync
    asyn: AsyncQuery[Any] = AsyncQuery(aclient.orders.list, "list_orders")
    return asyn


async def run(q: SyncQuery[Any] | AsyncQuery[Any], name: str) -> Any:
    result = getattr(q, name)()
    return await result if inspect.isawaitable(result) else result


async def items(q: SyncQuery[Any] | AsyncQuery[Any]) -> list[Any]:
    if isinstance(q, AsyncQuery):
        return [o async for o in q]
    return list(q)


async def pages(q: SyncQuery[Any] | AsyncQuery[Any]) -> list[Page[Any]]:
    if isinstance(q, AsyncQuery):
        return [p async for p in q.pages()]
    return list(q.pages())


async def test_terminal_operations(
    query: SyncQuery[Any] | AsyncQuery[Any], seeded: list[str], counter: RequestCounter
) -> None:
    q = query.where(total_amount__gte="20").order_by("-total_amount")
    assert [o.total_amount for o in await items(q)] == ["50.00", "40.00", "30.00", "20.00"]
    assert [o.id for o in await run(q, "all")] == seeded[:0:-1]
    assert (await run(q, "first")).id == seeded[4]
    assert await run(q, "count") == 4
    assert await run(q, "exists") is True
    got = await pages(q.page_size(3))
    assert [len(p.items) for p in got] == [3, 1]
    assert [len(p.items) for p in await pages(q.page_size(3).limit(2))] == [2]
    assert await run(q.limit(2), "count") == 2
    assert len(await run(q.limit(2), "all")) == 2

    none = query.where(notes__icontains="no such note")
    assert await run(none, "first") is None
    assert await run(none, "count") == 0
    assert await run(none, "exists") is False
    assert await run(none, "all") == []

    before = counter.count
    zero = q.limit(0)
    assert await run(zero, "first") is None
    assert await run(zero, "count") == 0
    assert await run(zero, "exists") is False
    assert await run(zero, "all") == []
    assert counter.count == before  # a zero limit needs no request


async def test_count_and_first_fetch_one_single_item_page(
    query: SyncQuery[Any] | AsyncQuery[Any], seeded: list[str], counter: RequestCounter
) -> None:
    before = counter.count
    assert await run(query, "count") == 5
    assert await run(query, "first") is not None
    assert counter.count == before + 2
    assert all("limit=1" in e.url for e in counter.events[before:])


async def test_search_text_filters_and_geo(query: SyncQuery[Any] | AsyncQuery[Any], seeded: list[str]) -> None:
    ny = [seeded[0], seeded[1]]
    assert [o.id for o in await items(query.search("GIFT FOR"))] == [seeded[1], seeded[3]]
    assert [o.id for o in await items(query.where(notes__startswith="Gift for B"))] == [seeded[1]]
    assert [o.id for o in await items(query.where(notes=None))] == [seeded[0], seeded[2], seeded[4]]
    assert [o.id for o in await items(query.where(notes__ne=None))] == [seeded[1], seeded[3]]
    # Nearest first: Brooklyn is closer to this point than Manhattan.
    near = query.near(40.6782, -73.9442, radius_km=30)
    assert [o.id for o in await items(near)] == [seeded[1], seeded[0]]
    assert [o.id for o in await items(near.order_by("-total_amount"))] == ny[::-1]
    assert [o.id for o in await items(near.order_by("total_amount"))] == ny
    assert [o.id for o in await items(query.within_bbox(40, -75, 43, -70))] == [seeded[0], seeded[1], seeded[2]]
    assert await run(query.near(0, 0, radius_km=10), "count") == 0


async def test_dates_through_the_api(
    mode: str, client: Stateset, aclient: AsyncStateset, sb: Sandbox, seeded: list[str]
) -> None:
    # The API stamps created_at itself; move two orders into the past through the store.
    for ident, stamp in [(seeded[0], "2026-01-01T10:00:00.000Z"), (seeded[1], "2026-01-03T10:00:00.000Z")]:
        doc = sb.store.get("order", ident)
        assert doc is not None
        doc["created_at"] = stamp
        sb.store.put("order", doc)
    clock = lambda: dt.datetime(2026, 1, 4, 10, tzinfo=dt.UTC)  # noqa: E731
    q: SyncQuery[Any] | AsyncQuery[Any]
    if mode == "sync":
        q = SyncQuery(client.orders.list, "list_orders", clock=clock)
    else:
        q = AsyncQuery(aclient.orders.list, "list_orders", clock=clock)
    window = q.created_after("-3d").created_before("yesterday").order_by("created_at")
    assert window.params == {
        "filter": '[["created_at","gte","2026-01-01T10:00:00.000Z"],["created_at","lt","2026-01-03T00:00:00.000Z"]]',
        "sort": "created_at",
    }
    assert [o.id for o in await items(window)] == [seeded[0]]
    tz = dt.timezone(dt.timedelta(hours=-5))
    local = q.between("created_at", dt.datetime(2026, 1, 1, 5, tzinfo=tz), "2026-01-03T10:00:00Z").order_by("id")
    assert sorted(o.id for o in await items(local)) == sorted(seeded[:2])


def test_every_method_returns_a_new_query(client: Stateset, counter: RequestCounter) -> None:
    base = SyncQuery(client.orders.list, "list_orders")
    steps = [
        base.where(status="pending"),
        base.search("gift"),
        base.between("total_amount", 1, 2),
        base.created_after("2026-01-01"),
        base.created_before("2026-01-01"),
        base.near(1, 2, radius_km=3),
        base.within_bbox(0, 0, 1, 1),
        base.order_by("-created_at"),
        base.limit(5),
        base.page_size(5),
    ]
    assert base.params == {}
    assert all(type(s) is SyncQuery and s is not base and s._state != base._state for s in steps)
    assert counter.count == 0


def test_immutable(client: Stateset) -> None:
    q = SyncQuery(client.orders.list, "list_orders")
    with pytest.raises(AttributeError, match=r"SyncQuery is immutable.*query = query\.limit\(\.\.\.\)"):
        q.limit = 5  # type: ignore[method-assign, assignment]
    with pytest.raises(AttributeError, match=r"query = query\.where\(\.\.\.\)/\.order_by"):
        q.status = "pending"
    with pytest.raises(AttributeError, match="immutable"):
        del q._state


def test_compilation_is_canonical(client: Stateset) -> None:
    q = SyncQuery(client.orders.list, "list_orders")
    a = q.where(status__in=["pending", "confirmed", "pending"], notes__icontains="gift").where(version__gt=1)
    b = q.where(version__gt=1).where(notes__icontains="gift", status__in=("confirmed", "pending"))
    assert a.params == b.params
    assert a.params["filter"] == (
        '[["notes","icontains","gift"],["status","in",["confirmed","pending"]],["version","gt",1]]'
    )
    assert q.where(status="pending").where(status="pending").params == {"filter": '[["status","eq","pending"]]'}
    assert q.where(notes="café 🎁").params == {"filter": '[["notes","eq","café 🎁"]]'}
    assert q.where(total_amount=10.5).params == {"filter": '[["total_amount","eq","10.5"]]'}
    assert q.where(total_amount="1e3").params == {"filter": '[["total_amount","eq","1000"]]'}
    assert q.search("a").search("b").params == {"search": "b"}
    assert q.search("a").search("").params == {}
    assert q.order_by("+status", " -id").params == {"sort": "status,-id"}
    assert q.order_by("status").order_by().params == {}
    assert q.near(40.7, -74, radius_km=5).within_bbox(40, -75, 41, -73).params == {
        "near": "40.7,-74.0,5.0",
        "bbox": "40.0,-75.0,41.0,-73.0",
    }


def test_repr_shows_the_request(client: Stateset, aclient: AsyncStateset, counter: RequestCounter) -> None:
    q = SyncQuery(client.orders.list, "list_orders").where(status="pending").order_by("-created_at").limit(10)
    assert repr(q) == (
        '<SyncQuery GET /api/v1/orders params={\'filter\': \'[["status","eq","pending"]]\','
        " 'sort': '-created_at'} page_size=None limit=10>"
    )
    a = AsyncQuery(aclient.shipments.list, "list_shipments").page_size(20)
    assert repr(a) == "<AsyncQuery GET /api/v1/shipments params={} page_size=20 limit=None>"
    assert counter.count == 0


class _Pager:
    """A pager of an API that reports no total."""

    def __init__(self, sizes: list[int]) -> None:
        self.sizes = sizes
        self.total = None

    def iter_pages(self) -> Iterator[Page[int]]:
        for size in self.sizes:
            yield Page(list(range(size)), None, {})


class _AsyncPager(_Pager):
    @property
    def total(self) -> Any:
        async def none() -> None:
            return None

        return none()

    @total.setter
    def total(self, value: object) -> None:
        pass

    async def iter_pages(self) -> Any:
        for page in super().iter_pages():
            yield page


async def test_count_without_a_reported_total() -> None:
    sync: SyncQuery[int] = SyncQuery(cast(Any, lambda **kw: _Pager([3, 2])), "list_orders")
    assert sync.count() == 5
    assert sync.limit(4).count() == 4
    assert repr(sync) == "<SyncQuery GET list_orders params={} page_size=None limit=None>"
    asyn: AsyncQuery[int] = AsyncQuery(cast(Any, lambda **kw: _AsyncPager([3, 2])), "list_orders")
    assert await asyn.count() == 5


def test_explicitly_parametrized_queries_still_build() -> None:
    # typing sets __orig_class__ on SyncQuery[int](...); immutability must not break that.
    q = SyncQuery[int](cast(Any, lambda **kw: None), "list_orders")
    assert q.where(version=1).params == {"filter": '[["version","eq",1]]'}

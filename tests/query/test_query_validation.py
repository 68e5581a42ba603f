"""Bad queries fail in the builder call, with an actionable message, and send nothing."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from query_world import RequestCounter

from stateset import ConfigurationError, Stateset
from stateset._query import QueryError, SyncQuery

Build = Callable[[SyncQuery[Any]], object]


def orders(client: Stateset) -> SyncQuery[Any]:
    return SyncQuery(client.orders.list, "list_orders")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda q: q.where(totl_amount=1), "unknown field 'totl_amount' for orders; filterable fields: created_at,"),
        (lambda q: q.where(totl_amount=1), "did you mean 'total_amount'?"),
        (lambda q: q.where(total_amount__gtee=1), "unknown operator 'gtee' in 'total_amount__gtee'"),
        (lambda q: q.where(total_amount__gtee=1), "did you mean 'gte'?"),
        (lambda q: q.where(status="pendng"), "invalid value 'pendng' for orders.status; allowed: pending, confirmed"),
        (lambda q: q.where(status="pendng"), "did you mean 'pending'?"),
        (lambda q: q.where(status__gt="pending"), "operator 'gt' does not apply to orders.status (enum)"),
        (lambda q: q.where(status__isnull=True), "orders.status is never null"),
        (lambda q: q.where(notes__isnull="yes"), "notes__isnull takes True or False"),
        (
            lambda q: q.where(total_amount__contains="1"),
            "allowed: eq, ne, gt, gte, lt, lte, in, not_in, between, isnull",
        ),
        (lambda q: q.where(total_amount__gte="lots"), "orders.total_amount takes a decimal"),
        (lambda q: q.where(total_amount__gte=float("nan")), "orders.total_amount takes a decimal"),
        (lambda q: q.where(total_amount__gte=Decimal("Infinity")), "orders.total_amount takes a decimal"),
        (lambda q: q.where(total_amount=[1, 2]), "orders.total_amount takes a decimal"),
        (lambda q: q.where(total_amount=True), "orders.total_amount takes a decimal"),
        (lambda q: q.where(version="2"), "orders.version takes an int; got str '2'"),
        (lambda q: q.where(version=2.0), "orders.version takes an int"),
        (lambda q: q.where(notes=5), "orders.notes takes a string; got int 5"),
        (lambda q: q.where(notes__contains=None), "orders.notes__contains takes a string; got NoneType None"),
        (lambda q: q.where(status__in="pending"), "status__in takes a non-empty list"),
        (lambda q: q.where(status__in=[]), "status__in takes a non-empty list"),
        (lambda q: q.where(status__in=["pending", "nope"]), "invalid value 'nope'"),
        (lambda q: q.where(total_amount__between=(1,)), "total_amount__between takes a (low, high) pair"),
        (lambda q: q.where(total_amount__between=(5, 1)), "needs low <= high"),
        (lambda q: q.between("created_at", "2026-02-01", "2026-01-01"), "needs low <= high"),
        (lambda q: q.where(created_at__gte="soon"), "cannot read 'soon' as a date"),
        (lambda q: q.where(created_at__gte="-3 fortnights"), "unknown unit 'fortnight'"),
        (lambda q: q.where(created_at__gte="Jan 5 2026 9:00 XYZT"), "write an offset such as -05:00"),
        (lambda q: q.where(created_at__gte=20260105), "got int 20260105"),
        (lambda q: q.where(created_at__gte="-999999y"), "cannot read '-999999y' as a date"),
        (lambda q: q.where(created_at__lt=dt.datetime.max), "out of the representable date range"),
        (lambda q: q.where(created_at__contains="2026"), "operator 'contains' does not apply to orders.created_at"),
        (lambda q: q.order_by("-totl_amount"), "did you mean 'total_amount'?"),
        (lambda q: q.order_by(3), "order_by takes field names"),
        (lambda q: q.order_by("status", "-status"), "lists status more than once"),
        (lambda q: q.search(3), "search() takes a string"),
        (lambda q: q.search("x" * 513), "'search' parameter would be 513 characters; the API accepts at most 512"),
        (lambda q: q.where(notes__in=[f"note {n:04d}" for n in range(500)]), "the API accepts at most 4096"),
        (lambda q: q.limit(-1), "limit() takes an int >= 0"),
        (lambda q: q.limit(True), "limit() takes an int >= 0"),
        (lambda q: q.page_size(0), "page_size() takes an int >= 1"),
        (lambda q: q.near(91, 0, radius_km=1), "lat must be within [-90, 90]"),
        (lambda q: q.near(0, 181, radius_km=1), "lng must be within [-180, 180]"),
        (lambda q: q.near(0, 0, radius_km=-1), "radius_km must be >= 0"),
        (lambda q: q.near("40", 0, radius_km=1), "lat must be a number"),
        (lambda q: q.near(0, 0, radius_km=float("inf")), "radius_km must be finite"),
        (lambda q: q.within_bbox(10, 0, 0, 10), "min_lat <= max_lat"),
    ],
)
def test_bad_queries_fail_before_any_request(
    client: Stateset, counter: RequestCounter, build: Build, message: str
) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        build(orders(client))
    assert counter.count == 0


def test_query_error_is_a_configuration_and_value_error() -> None:
    assert issubclass(QueryError, ConfigurationError)
    assert issubclass(QueryError, ValueError)


def test_geo_and_search_only_where_the_operation_has_them(client: Stateset, counter: RequestCounter) -> None:
    returns = SyncQuery(client.returns.list, "list_returns")
    with pytest.raises(QueryError, match=r"returns has no geographic filters; near\(\) is not available"):
        returns.near(0, 0, radius_km=1)
    with pytest.raises(QueryError, match=r"within_bbox\(\) is not available"):
        returns.within_bbox(0, 0, 1, 1)
    inventory = SyncQuery(client.inventory.list, "list_inventory")
    with pytest.raises(QueryError, match=r"unknown field 'created_at' for inventory"):
        inventory.created_after("-1d")
    assert counter.count == 0


def test_unknown_operation(client: Stateset) -> None:
    with pytest.raises(QueryError, match=r"operation 'list_order' does not accept queries.*did you mean 'list_orders'"):
        SyncQuery(client.orders.list, "list_order")


def test_types_per_kind(client: Stateset) -> None:
    products = SyncQuery(client.products.list, "list_products")
    assert products.where(is_active=True).params == {"filter": '[["is_active","eq",true]]'}
    with pytest.raises(QueryError, match=re.escape("operator 'gt' does not apply to products.is_active")):
        products.where(is_active__gt=False)
    with pytest.raises(QueryError, match=r"products.is_active takes a bool; got int 1"):
        products.where(is_active=1)
    payments = SyncQuery(client.payments.list, "list_payments")
    ident = uuid.UUID(int=7)
    assert payments.where(order_id=ident).params["filter"] == f'[["order_id","eq","{ident}"]]'
    assert payments.where(order_id=str(ident).upper()).params["filter"] == f'[["order_id","eq","{ident}"]]'
    assert payments.where(order_id__startswith="0000").params["filter"] == '[["order_id","startswith","0000"]]'
    with pytest.raises(QueryError, match=re.escape("payments.order_id takes a UUID")):
        payments.where(order_id="ord-1")
    with pytest.raises(QueryError, match=re.escape("payments.order_id takes a UUID")):
        payments.where(order_id=7)
    with pytest.raises(QueryError, match=re.escape("operator 'gt' does not apply to payments.order_id")):
        payments.where(order_id__gt=ident)


def test_number_kind() -> None:
    # No operation has a plain `number` field today; the kind is still honoured if one appears.
    from stateset._query._fields import Field, _scalar

    field = Field("weight", "number", nullable=False)
    assert _scalar(field, "x.weight", 2, dt.datetime.now, False) == 2
    assert _scalar(field, "x.weight", Decimal("2.5"), dt.datetime.now, False) == 2.5
    with pytest.raises(QueryError, match=re.escape("takes a number")):
        _scalar(field, "x.weight", "2", dt.datetime.now, False)


def test_search_only_where_the_operation_has_it(client: Stateset) -> None:
    # Every filterable operation searches today; a future one that does not is refused.
    import dataclasses

    q = orders(client)
    object.__setattr__(q, "_spec", dataclasses.replace(q._spec, search=False))
    with pytest.raises(QueryError, match=re.escape("orders does not support search")):
        q.search("x")

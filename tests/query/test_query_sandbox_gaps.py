"""Documented query semantics the sandbox once got wrong: Unicode case and offset date-times.

Search and ``icontains`` fold case with Python's ``str.casefold()`` on both sides (SQLite's
``lower()`` folds ASCII only); date-times compare as moments whatever offset they were sent with.
"""

from __future__ import annotations

import datetime as dt
import uuid

from stateset import Stateset
from stateset._query import SyncQuery


def _order(client: Stateset, notes: str) -> None:
    client.orders.create(
        customer_id=str(uuid.uuid4()),
        items=[{"product_id": str(uuid.uuid4()), "quantity": 1, "unit_price": "1.00"}],
        notes=notes,
    )


def test_search_finds_an_exact_non_ascii_substring(client: Stateset) -> None:
    _order(client, "Crème ÉCLAIR")
    assert SyncQuery(client.orders.list, "list_orders").search("ÉCLAIR").count() == 1


def test_icontains_folds_non_ascii_case(client: Stateset) -> None:
    _order(client, "Crème ÉCLAIR")
    assert SyncQuery(client.orders.list, "list_orders").where(notes__icontains="éclair").count() == 1


def test_client_supplied_date_times_compare_as_moments(client: Stateset) -> None:
    due = dt.datetime(2026, 2, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    client.work_orders.create(title="t", priority="high", parts_required={"A": 1}, due_date=due)
    q = SyncQuery(client.work_orders.list, "list_work_orders")
    # 12:00+05:00 is 07:00Z: before 08:00Z.
    assert q.where(due_date__lt="2026-02-01T08:00:00Z").count() == 1

"""First page of a query (filter + search + sort) over 100k orders, beside a plain list page.

Seeds a file-backed sandbox straight through its store (the API would take minutes for
100k orders) and keeps the file in the temp directory for the next run (``--fresh``
reseeds), serves it with uvicorn in a thread, then alternates the two requests and
reports medians. Target: the query's first page under 50 ms.

    .venv/bin/python benchmarks/bench_query.py [--orders 100000] [--rounds 30] [--fresh] [--json]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _fixtures import order
from _harness import Row, emit, median

from stateset import Stateset
from stateset._query import SyncQuery
from stateset.sandbox import Sandbox

NOTES = ["Leave at the front desk, please.", "Gift wrap, no invoice", None, "Ring twice", "gift for Ana"]


def seed(sb: Sandbox, n: int) -> None:
    with sb.store.transaction():
        for i in range(n):
            doc = order(i)
            # Stored moments carry milliseconds, like the API's own writes.
            for key in ("created_at", "updated_at", "order_date"):
                doc[key] = doc[key].replace("Z", ".000Z")
            doc["notes"] = NOTES[i % len(NOTES)]
            sb.store.put("order", doc)


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--fresh", action="store_true", help="reseed even if a seeded file exists")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    # "_v2": the store's indexed-column layout; a file of the old layout is left to older checkouts.
    db = Path(tempfile.gettempdir()) / f"stateset_bench_query_{args.orders}_v2.db"
    if args.fresh:
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()
    with Sandbox(db=db) as sb:
        started = time.perf_counter()
        if sb.store.count("order") != args.orders:
            sb.reset()
            seed(sb, args.orders)
        seed_s = time.perf_counter() - started
        with sb.serve_in_thread(port=0) as url, Stateset(api_key="sk_test_bench", base_url=url) as client:
            query = (
                SyncQuery(client.orders.list, "list_orders")
                .where(status__in=["pending", "confirmed"], total_amount__gte="500")
                .search("gift")
                .order_by("-total_amount", "id")
                .page_size(20)
            )

            def first_query_page() -> Any:
                return next(iter(query.pages()))

            def first_list_page() -> Any:
                return client.orders.list(page_size=20).first_page

            assert len(first_query_page().items) == 20
            for _ in range(3):  # warm-up: connections, SQLite page cache
                first_query_page()
                first_list_page()
            q_ms, l_ms = [], []
            for _ in range(args.rounds):
                q_ms.append(timed(first_query_page))
                l_ms.append(timed(first_list_page))
    q, base = median(q_ms), median(l_ms)
    rows = [
        Row(
            "query_first_page",
            f"filter+search+sort, {args.orders} orders",
            round(q, 2),
            "ms",
            baseline="unfiltered list first page",
            baseline_value=round(base, 2),
            target="< 50 ms",
            ok=q < 50,
        ),
        Row("query_first_page", "seed via store (0 = reused file)", round(seed_s, 1), "s"),
    ]
    emit(rows)


if __name__ == "__main__":
    main()

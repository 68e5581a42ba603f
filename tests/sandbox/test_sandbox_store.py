"""The store's indexed columns: moments, folded search text, covering list queries, old-layout files."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import httpx
import pytest
from sandbox_world import data

from stateset.sandbox import Sandbox
from stateset.sandbox._columns import SEP, Layout, moment_us, search_text
from stateset.sandbox._filters import FieldSpec, Where, apply_filter, apply_search, sort_order
from stateset.sandbox._store import Store

ORDERS = "/api/v1/orders"
KEY = {"X-API-Key": "sk_test_store"}


def test_moments_are_utc_microseconds() -> None:
    z = moment_us("2026-02-01T07:00:00Z")
    assert moment_us("2026-02-01T12:00:00+05:00") == z
    assert moment_us("2026-02-01T07:00:00") == z  # naive is UTC
    assert moment_us(dt.datetime(2026, 2, 1, 7, tzinfo=dt.UTC)) == z
    assert moment_us("2026-02-01T07:00:00.000001Z") == z + 1
    assert moment_us("not a moment") == "not a moment"
    assert moment_us(None) is None


def test_search_text_is_casefolded_and_separated() -> None:
    doc = {"a": "Straße ÉCLAIR", "b": None, "c": 12, "d": ["X", "Ω"]}
    assert search_text(doc, ("a", "b", "c", "d")) == SEP.join(["strasse éclair", "", "12", '["x","ω"]'])
    assert search_text(doc, ()) is None


def test_a_needle_with_the_separator_searches_field_by_field() -> None:
    spec = FieldSpec(frozenset({"a", "b"}), search=("a", "b"), search_column="search_text")
    where = Where()
    apply_search(spec, "X", where)
    assert where.sql == "(instr(search_text, ?) > 0)"
    assert where.params == ["x"]
    where = Where()
    apply_search(spec, f"x{SEP}y", where)
    assert "search_text" not in where.sql
    assert where.params == [f"x{SEP}y"] * 2


def test_the_list_query_and_its_count_read_only_the_covering_index() -> None:
    store = Store(layouts={"order": Layout(numeric=("total_amount",), search=("notes",))})
    store.put("order", {"id": "a", "status": "pending", "total_amount": "10.00", "notes": "Gift"})
    where = "status IN (?, ?) AND n_total_amount >= ? AND instr(search_text, ?) > 0"
    params = ["pending", "confirmed", "5", "gift"]
    for sql in (
        f"SELECT seq FROM r_order WHERE {where} ORDER BY n_total_amount DESC, id ASC, seq LIMIT 20",
        f"SELECT COUNT(*) FROM r_order WHERE {where}",
    ):
        plan = " ".join(row[3] for row in store._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "COVERING INDEX ix_order_status" in plan, plan
    assert store.query("order", where, params, "n_total_amount DESC, id, seq", 20, 0, count=True)[1] == 1


def test_pages_picked_per_status_equal_the_plain_query() -> None:
    store = Store(layouts={"order": Layout(numeric=("total_amount",), search=("notes",))})
    for n in range(60):
        doc = {"id": f"o{n:02d}", "status": "abc"[n % 3], "total_amount": str(n * 7 % 11), "notes": "gift" * (n % 2)}
        store.put("order", doc)
    numeric = frozenset({"total_amount"})
    spec = FieldSpec(numeric | {"status"}, numeric, columns={"status": "status", "total_amount": "n_total_amount"})
    where = Where()
    apply_filter(spec, '[["total_amount", "gte", 2], ["status", "in", ["c", "a", "c"]]]', where)
    assert len(where.partitions()) == 2
    order = sort_order(spec, "-total_amount")
    for offset in range(0, 45, 4):
        plain = store.query("order", where.sql, where.params, order, 5, offset, count=True)
        split = store.query(
            "order", where.sql, where.params, order, 5, offset, count=True, partitions=where.partitions()
        )
        assert split == plain
    assert plain[1] > 30


def test_an_index_of_another_definition_is_replaced(tmp_path: Path) -> None:
    layout = {"order": Layout(numeric=("total_amount",), search=("notes",))}
    store = Store(str(tmp_path / "s.db"), layout)
    store.put("order", {"id": "a", "status": "pending"})
    store._conn.execute("DROP INDEX ix_order_status")
    store._conn.execute("CREATE INDEX ix_order_status ON r_order (status)")
    store.close()
    store = Store(str(tmp_path / "s.db"), layout)
    assert store.count("order") == 1
    (sql,) = store._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_order_status'").fetchone()
    assert sql.endswith("(status, n_total_amount, search_text, id, created_us)")
    store.close()


def _old_layout_file(path: Path, docs: list[dict[str, object]]) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE r_order (id TEXT PRIMARY KEY, seq INTEGER, status TEXT, customer_id TEXT, parent_id TEXT,"
        " created_at TEXT, lat REAL, lng REAL, doc TEXT)"
    )
    conn.execute("CREATE INDEX ix_order_status ON r_order (status)")
    for seq, doc in reversed(list(enumerate(docs, 1))):
        row = (doc["id"], seq, doc["status"], doc["customer_id"], None, doc["created_at"], None, None, json.dumps(doc))
        conn.execute("INSERT INTO r_order VALUES (?,?,?,?,?,?,?,?,?)", row)
    conn.commit()
    conn.close()


def test_a_file_of_the_old_layout_is_rebuilt_in_order(tmp_path: Path) -> None:
    with Sandbox() as sb, sb.client() as client:
        template = client.orders.create(
            customer_id=str(uuid.uuid4()), items=[{"product_id": str(uuid.uuid4()), "quantity": 1, "unit_price": "1"}]
        ).to_dict()
    docs = [
        {**template, "id": str(uuid.UUID(int=n)), "total_amount": amount, "notes": notes, "created_at": at}
        for n, (amount, notes, at) in enumerate(
            [("5.00", "ÉCLAIR", "2026-01-01T12:00:00+05:00"), ("20.00", None, "2026-01-01T08:00:00Z")], 1
        )
    ]
    _old_layout_file(tmp_path / "old.db", docs)
    with Sandbox(db=tmp_path / "old.db") as sb, httpx.Client(transport=sb.transport(), base_url="http://t") as c:
        page = data(c.get(ORDERS, headers=KEY, params={"sort": "created_at"}))
        assert [o["id"] for o in page["items"]] == [docs[0]["id"], docs[1]["id"]]  # 07:00Z before 08:00Z
        assert [o["id"] for o in data(c.get(ORDERS, headers=KEY))["items"]] == [d["id"] for d in docs]
        found = data(c.get(ORDERS, headers=KEY, params={"search": "éclair", "filter": '[["total_amount","lt",6]]'}))
        assert [o["id"] for o in found["items"]] == [docs[0]["id"]]
        assert sb.store.count("order") == 2


def test_offset_date_times_sort_and_filter_as_moments(client: httpx.Client) -> None:
    for due in ("2026-02-01T12:00:00+05:00", "2026-02-01T08:00:00Z", "2026-02-01T01:00:00-05:00"):
        body = {"title": due, "priority": "high", "parts_required": {"A": 1}, "due_date": due}
        data(client.post("/api/v1/work-orders", json=body), 201)
    page = data(client.get("/api/v1/work-orders", params={"sort": "due_date"}))
    assert [w["title"][11:13] for w in page["items"]] == ["01", "12", "08"]  # 06:00Z, 07:00Z, 08:00Z
    before = '[["due_date", "lt", "2026-02-01T02:30:00-05:00"]]'  # 07:30Z
    assert data(client.get("/api/v1/work-orders", params={"filter": before}))["total"] == 2


def test_indexes_a_layout_no_longer_keeps_are_dropped(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"), {"outbox": Layout()})
    store.put("outbox", {"id": "a", "status": "pending"})
    store.close()
    store = Store(str(tmp_path / "s.db"), {"outbox": Layout(lists=False)})
    assert store.get("outbox", "a") == {"id": "a", "status": "pending"}
    names = [n for (n,) in store._conn.execute("SELECT name FROM sqlite_master WHERE type='index'")]
    assert [n for n in names if n.startswith("ix_")] == []
    store.close()


def test_add_inserts_new_documents_and_counters_hand_out_blocks() -> None:
    store = Store(layouts={"order": Layout(numeric=("total_amount",))})
    store.add("order", [{"id": "a", "total_amount": "1.50"}, {"id": "b", "total_amount": "2"}], parent_id="p")
    store.add("order", [])
    assert [d["id"] for d in store.children("order", "p")] == ["a", "b"]
    with pytest.raises(sqlite3.IntegrityError):
        store.add("order", [{"id": "a"}])
    assert store.next_values("n", 3, 100) == 100
    assert store.next_value("n") == 103
    with pytest.raises(ValueError, match="at least 1"):
        store.next_values("n", 0)
    store.close()


def test_rows_with_other_null_columns_keep_their_order_and_values() -> None:
    store = Store(layouts={"order": Layout(numeric=("total_amount",), search=("notes",))})
    docs = [
        {"id": "a", "status": "pending", "total_amount": "1.50", "notes": "x"},
        {"id": "b", "total_amount": None},
        {"id": "c", "status": "pending", "total_amount": "3"},
        {"id": "d", "status": "pending", "total_amount": "4", "notes": "y"},
    ]
    store.add("order", docs)
    store.put("order", {"id": "e", "status": None})
    store.put("order", {"id": "a", "status": "shipped", "total_amount": "9"})  # replaced in place
    rows = store._conn.execute("SELECT id, status, n_total_amount, search_text FROM r_order ORDER BY seq").fetchall()
    assert rows == [
        ("a", "shipped", 9.0, ""),
        ("b", None, None, ""),
        ("c", "pending", 3.0, ""),
        ("d", "pending", 4.0, "y"),
        ("e", None, None, ""),
    ]
    assert [d["id"] for d in store.all("order")] == ["a", "b", "c", "d", "e"]
    store.close()


def test_parent_and_lat_indexes_skip_rows_without_one_and_still_serve_lookups() -> None:
    store = Store(layouts={"order": Layout()})
    store.add("order", [{"id": "a", "_geo": {"lat": 1.0, "lng": 2.0}}, {"id": "b"}])
    store.add("order", [{"id": "c"}], parent_id="p")
    sql = dict(store._conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())
    assert sql["ix_order_parent_id"].endswith("(parent_id) WHERE parent_id IS NOT NULL")
    assert sql["ix_order_lat"].endswith("(lat) WHERE lat IS NOT NULL")
    for where, params in (("parent_id = ?", ["p"]), ("lat BETWEEN ? AND ?", [0, 2])):
        plan = " ".join(
            r[-1] for r in store._conn.execute(f"EXPLAIN QUERY PLAN SELECT seq FROM r_order WHERE {where}", params)
        )
        assert "INDEX ix_order_" in plan, plan
    assert [d["id"] for d in store.children("order", "p")] == ["c"]
    store.close()

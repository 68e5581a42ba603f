"""SQLite storage: one table per resource kind holding JSON documents plus indexed columns.

Each kind's table has the narrow columns of its :class:`~._columns.Layout` (status,
moments, amounts, folded search text) beside the document, with ``seq`` (insertion order)
as the rowid, so every index carries it and list pages need no table reads until the page's
own documents are fetched. A table written by an older layout is rebuilt when first used.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import math
import operator
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ._columns import Layout, fold, moment_us, numeric_column, row_values

Json = Any
_KIND = re.compile(r"^[a-z_]+$")
_PLAIN = Layout()


def haversine_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in kilometres (registered as a SQL function)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Store:
    """A single SQLite connection behind a re-entrant lock.

    One connection serialised by a lock (rather than a pool) makes every request's
    read-check-write sequence atomic, which is what idempotency and the state machines
    need; SQLite is fast enough that the lock is not the bottleneck at sandbox loads.
    """

    def __init__(self, path: str = ":memory:", layouts: Mapping[str, Layout] | None = None) -> None:
        self.path = path
        self.lock = threading.RLock()
        self._layouts = dict(layouts or {})
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        for name, arity, fn in (("haversine_km", 4, haversine_km), ("moment_us", 1, moment_us), ("casefold", 1, fold)):
            self._conn.create_function(name, arity, fn, deterministic=True)
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            # Room for the hot part of a large table's list indexes (the default is 2 MB),
            # bounded: the page cache is memory of the process that embeds the sandbox.
            self._conn.execute("PRAGMA cache_size=-16384")
        self._known: set[str] = set()
        self._depth = 0
        self._conn.executescript(
            "CREATE TABLE IF NOT EXISTS idempotency (scope TEXT, key TEXT, fingerprint TEXT,"
            " status INTEGER, headers TEXT, body BLOB, PRIMARY KEY (scope, key));"
            "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER);"
        )

    def layout(self, kind: str) -> Layout:
        """Return the indexed-column layout of ``kind`` (no amounts or search unless declared)."""
        return self._layouts.get(kind, _PLAIN)

    def close(self) -> None:
        """Close the connection."""
        with self.lock:
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and run the block in one transaction (nested blocks join it)."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                # Tables created inside the rolled-back transaction are gone too.
                self._known.clear()
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """Run the block atomically inside the current transaction (batch items)."""
        with self.lock:
            self._conn.execute("SAVEPOINT item")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK TO item")
                self._known.clear()
                self._conn.execute("RELEASE item")
                raise
            self._conn.execute("RELEASE item")

    def _table(self, kind: str) -> str:
        t = f"r_{kind}"
        if kind not in self._known:
            if not _KIND.match(kind):
                raise ValueError(f"bad kind {kind!r}")
            layout = self.layout(kind)
            with self.transaction():
                have = [r[1] for r in self._conn.execute(f"PRAGMA table_info({t})")]
                if have and have != [name for name, _ in layout.columns()]:
                    self._rebuild(kind, layout)
                elif not have:
                    self._create(kind, layout)
                self._index(kind, layout)
            self._known.add(kind)
        return t

    def _create(self, kind: str, layout: Layout) -> None:
        columns = ", ".join(f"{name} {sql_type}" for name, sql_type in layout.columns())
        self._conn.execute(f"CREATE TABLE r_{kind} ({columns})")

    def _index(self, kind: str, layout: Layout) -> None:
        wanted = {
            f"ix_{kind}_{name}": f"CREATE INDEX ix_{kind}_{name} ON r_{kind} {columns}"
            for name, columns in layout.indexes().items()
        }
        have = dict(
            self._conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=?", (f"r_{kind}",))
        )
        for name, sql in have.items():
            # An index of another layout, or one this layout no longer keeps.
            if name.startswith("ix_") and wanted.get(name) != sql:
                self._conn.execute(f"DROP INDEX {name}")
        for name, sql in wanted.items():
            if have.get(name) != sql:
                self._conn.execute(sql)

    def _rebuild(self, kind: str, layout: Layout) -> None:
        """Move a table written by another layout (or an older sandbox) to ``layout``."""
        t, old = f"r_{kind}", f"r_{kind}_old"
        indexes = self._conn.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=?", (t,))
        for (name,) in indexes.fetchall():
            if name.startswith("ix_"):
                self._conn.execute(f"DROP INDEX {name}")
        self._conn.execute(f"ALTER TABLE {t} RENAME TO {old}")
        self._create(kind, layout)
        # Fresh seqs in the old order (older tables did not enforce unique seqs).
        rows = self._conn.execute(f"SELECT parent_id, doc FROM {old} ORDER BY seq, rowid")
        for parent, doc in rows:
            self._insert(t, layout, row_values(json.loads(doc), layout, None, parent))
        self._conn.execute(f"DROP TABLE {old}")

    def _insert(self, table: str, layout: Layout, values: list[Json]) -> None:
        present = _present(values)
        self._conn.execute(_insert_sql(table, layout, present), list(itertools.compress(values, present)))

    def next_value(self, name: str, start: int = 1) -> int:
        """Return the next value of a named counter (order numbers, integer ids)."""
        return self.next_values(name, 1, start)

    def next_values(self, name: str, count: int, start: int = 1) -> int:
        """Take the next ``count`` values of a named counter at once; return the first."""
        if count < 1:
            raise ValueError(f"count must be at least 1, not {count}")
        with self.lock:
            row = self._conn.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()
            first = start if row is None else int(row[0]) + 1
            self._conn.execute("INSERT OR REPLACE INTO counters VALUES (?, ?)", (name, first + count - 1))
            return first

    def put(self, kind: str, doc: dict[str, Json], parent_id: str | None = None) -> None:
        """Insert or replace a document (keyed by ``doc['id']``)."""
        t = self._table(kind)
        ident = str(doc["id"])
        with self.lock:
            row = self._conn.execute(f"SELECT seq, parent_id FROM {t} WHERE id=?", (ident,)).fetchone()
            # A new row's seq is left to SQLite (one past the largest): insertion order.
            seq = row[0] if row else None
            parent = parent_id if parent_id is not None else (row[1] if row else None)
            layout = self.layout(kind)
            self._insert(t, layout, row_values(doc, layout, seq, parent))

    def add(self, kind: str, docs: Sequence[dict[str, Json]], parent_id: str | None = None) -> None:
        """Insert new documents, whose ids no stored document has (fresh UUIDs), in one statement.

        Unlike :meth:`put`, it neither looks for a row to replace nor lets SQLite look:
        ``INSERT OR REPLACE`` costs a create about half as much again as a plain insert.
        """
        t = self._table(kind)
        layout = self.layout(kind)
        rows = [row_values(doc, layout, None, parent_id) for doc in docs]
        with self.lock:
            # Consecutive rows with the same columns share a statement, in input order (seq).
            for present, group in itertools.groupby(rows, _present):
                values = [list(itertools.compress(row, present)) for row in group]
                self._conn.executemany(_insert_sql(t, layout, present, "INSERT"), values)

    def get(self, kind: str, ident: str) -> dict[str, Json] | None:
        """Return the document with this id, or None."""
        t = self._table(kind)
        with self.lock:
            row = self._conn.execute(f"SELECT doc FROM {t} WHERE id=?", (ident,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def delete(self, kind: str, ident: str) -> bool:
        """Delete a document; return whether it existed."""
        t = self._table(kind)
        with self.lock:
            return self._conn.execute(f"DELETE FROM {t} WHERE id=?", (ident,)).rowcount > 0

    def children(self, kind: str, parent_id: str) -> list[dict[str, Json]]:
        """Return the documents of ``kind`` attached to ``parent_id``, oldest first."""
        docs, _ = self.query(kind, "parent_id = ?", [parent_id], "seq", None, 0)
        return docs

    def query(
        self,
        kind: str,
        where: str,
        params: list[Json],
        order: str,
        limit: int | None,
        offset: int,
        *,
        count: bool = False,
        partitions: list[tuple[str, list[Json]]] | None = None,
    ) -> tuple[list[dict[str, Json]], int]:
        """Select documents; return (page, total matching) where total is -1 unless ``count``.

        A page is chosen by ``seq`` first and its documents read afterwards, so a query the
        indexes cover reads only the documents it returns (not those it filters or skips).
        ``partitions``: disjoint WHERE fragments whose union is ``where`` (one per value of
        an ``IN``); the page is then picked among each fragment's own top rows, which an
        index can deliver in order without sorting every match.
        """
        t = self._table(kind)
        clause = f" WHERE {where}" if where else ""
        with self.lock:
            if limit is None:
                sql = f"SELECT doc FROM {t}{clause} ORDER BY {order or 'seq'}"
                docs = [json.loads(doc) for (doc,) in self._conn.execute(sql, params)]
            else:
                docs = self._page(t, clause, params, order or "seq", limit, offset, partitions or [])
            total = -1
            if count:
                total = int(self._conn.execute(f"SELECT COUNT(*) FROM {t}{clause}", params).fetchone()[0])
        return docs, total

    def _page(
        self,
        t: str,
        clause: str,
        params: list[Json],
        order: str,
        limit: int,
        offset: int,
        partitions: list[tuple[str, list[Json]]],
    ) -> list[Json]:
        if len(partitions) > 1:
            # The global top (offset + limit) rows are among each partition's own top ones.
            top = " UNION ALL ".join(
                f"SELECT seq FROM (SELECT seq FROM {t} WHERE {where} ORDER BY {order} LIMIT ?)"
                for where, _ in partitions
            )
            clause = f" WHERE seq IN ({top})"
            params = [p for _, fragment in partitions for p in (*fragment, limit + offset)]
        sql = f"SELECT seq FROM {t}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
        seqs = [seq for (seq,) in self._conn.execute(sql, [*params, limit, offset])]
        if not seqs:
            return []
        marks = ",".join("?" * len(seqs))
        docs = dict(self._conn.execute(f"SELECT seq, doc FROM {t} WHERE seq IN ({marks})", seqs).fetchall())
        return [json.loads(docs[seq]) for seq in seqs]

    def aggregate(self, kind: str, select: str, where: str = "", params: tuple[Json, ...] = ()) -> tuple[Json, ...]:
        """Run ``SELECT <select> FROM <kind> [WHERE <where>]`` and return the single row."""
        t = self._table(kind)
        clause = f" WHERE {where}" if where else ""
        with self.lock:
            return tuple(self._conn.execute(f"SELECT {select} FROM {t}{clause}", params).fetchone())

    def all(self, kind: str) -> list[dict[str, Json]]:
        """Return every document of ``kind`` in insertion order."""
        return self.query(kind, "", [], "seq", None, 0)[0]

    def count(self, kind: str) -> int:
        """Return how many documents of ``kind`` exist."""
        return self.query(kind, "", [], "seq", 0, 0, count=True)[1]

    def kinds(self) -> list[str]:
        """Return the resource kinds that have a table."""
        with self.lock:
            rows = self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'r\\_%' ESCAPE '\\'"
            ).fetchall()
        return sorted(r[0][2:] for r in rows)

    def wipe(self) -> None:
        """Drop every document, counter and idempotency record."""
        with self.transaction():
            for kind in self.kinds():
                self._conn.execute(f"DELETE FROM r_{kind}")
            self._conn.execute("DELETE FROM counters")
            self._conn.execute("DELETE FROM idempotency")

    def idem_get(self, scope: str, key: str) -> tuple[str, int, str, bytes] | None:
        """Return the stored (fingerprint, status, headers JSON, body) for a key, if any."""
        with self.lock:
            row = self._conn.execute(
                "SELECT fingerprint, status, headers, body FROM idempotency WHERE scope=? AND key=?",
                (scope, key),
            ).fetchone()
        return None if row is None else (row[0], int(row[1]), row[2], bytes(row[3]))

    def idem_put(self, scope: str, key: str, fingerprint: str, status: int, headers: str, body: bytes) -> None:
        """Record the response for an idempotency key (in the caller's transaction)."""
        with self.lock:
            self._conn.execute(
                "INSERT INTO idempotency VALUES (?,?,?,?,?,?)", (scope, key, fingerprint, status, headers, body)
            )


def _present(row: list[Json]) -> tuple[bool, ...]:
    """Which of a row's values are not null (the columns its INSERT names)."""
    return tuple(map(operator.is_not, row, itertools.repeat(None)))


@functools.cache
def _insert_sql(table: str, layout: Layout, present: tuple[bool, ...], verb: str = "INSERT OR REPLACE") -> str:
    """The INSERT of a row that has values for the ``present`` columns (built once per shape).

    Null columns are left out rather than bound: Python 3.11's sqlite3 adapts every bound
    ``None`` through a protocol lookup that raises and formats an AttributeError, which
    cost a batch item more than SQLite's own work on its ten or so null columns.
    """
    numeric = {numeric_column(f) for f in layout.numeric}
    names = [name for (name, _), keep in zip(layout.columns(), present, strict=True) if keep]
    marks = ",".join("CAST(? AS REAL)" if name in numeric else "?" for name in names)
    return f"{verb} INTO {table} ({','.join(names)}) VALUES ({marks})"

"""The narrow, indexed columns the store keeps beside each JSON document, and how they are derived.

List queries filter, search and sort on these columns so SQLite can answer from an index
without reading (or parsing) documents. Their values are written by Python, so they follow
Python's semantics exactly: moments are UTC microseconds since the epoch (chronological
whatever offset the text carried), search text is ``str.casefold()``-ed (full Unicode case
folding, where SQLite's ``lower()`` folds ASCII only).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from ._encode import dumps
from ._errors import ApiError

Json = Any
# Joins the searchable fields in ``search_text``: a needle without it cannot match across two fields.
SEP = "\x1f"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


@dataclass(frozen=True)
class Layout:
    """Which document fields a resource kind keeps as indexed columns.

    ``numeric``: decimal fields stored as ``n_<field>`` REAL columns (filters and sorts on
    amounts); the first one also leads the covering list index after ``status``.
    ``search``: fields folded into the ``search_text`` column that free-text search reads.
    ``lists``: whether list queries filter or sort the kind; a kind that is only appended
    and read by id or in ``seq`` order (the outbox) keeps no other index, since every
    index costs each insert a B-tree write.
    """

    numeric: tuple[str, ...] = ()
    search: tuple[str, ...] = ()
    lists: bool = True

    def columns(self) -> list[tuple[str, str]]:
        """Return ``(name, SQL type)`` of every column of the kind's table, in order."""
        fixed = [
            ("seq", "INTEGER PRIMARY KEY"),
            ("id", "TEXT NOT NULL UNIQUE"),
            ("status", "TEXT"),
            ("customer_id", "TEXT"),
            ("parent_id", "TEXT"),
            ("created_us", "INTEGER"),
            ("lat", "REAL"),
            ("lng", "REAL"),
            ("search_text", "TEXT"),
        ]
        return [*fixed, *((numeric_column(f), "REAL") for f in self.numeric), ("doc", "TEXT")]

    def indexes(self) -> dict[str, str]:
        """Return index name suffix -> what follows ``ON <table>``: the columns, maybe a WHERE.

        The ``status`` index covers the common list query (status filter, amount bound or
        sort, search, ``id`` tie-break, ``created_at`` sort) so it and its count never read
        the table's rows. ``parent_id`` and ``lat`` are only ever compared with ``=`` or
        ``BETWEEN``, which no null matches, so their indexes skip the (many) rows without
        one: a create writes two index entries fewer.
        """
        if not self.lists:
            return {}
        status = ["status"]
        if self.numeric or self.search:
            status += [numeric_column(self.numeric[0])] if self.numeric else []
            status += ["search_text", "id", "created_us"]
        out = {"status": f"({', '.join(status)})"}
        for name in ("customer_id", "created_us", *(numeric_column(f) for f in self.numeric)):
            out[name] = f"({name})"
        for name in ("parent_id", "lat"):
            out[name] = f"({name}) WHERE {name} IS NOT NULL"
        return out


def numeric_column(field: str) -> str:
    """Return the column holding a numeric field."""
    return f"n_{field}"


def moment_us(value: Json) -> Json:
    """Return an RFC 3339 moment as UTC microseconds since the epoch (a SQL function too).

    Naive moments are UTC. Anything that is not a moment comes back unchanged, so it still
    compares (as text, after every moment) instead of failing the query.
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - _EPOCH) // _MICROSECOND


def parse_moment(value: str, name: str) -> int:
    """A query parameter's RFC 3339 moment as UTC microseconds (naive is UTC); 400 if it is not one.

    For comparisons with the ``created_us`` column: text left unparsed would compare
    after every number and match all or nothing.
    """
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(
            400, f"invalid value for parameter '{name}'", f"{name}: expected an RFC 3339 date-time"
        ) from None
    micros: int = moment_us(moment)
    return micros


def fold(value: Json) -> Json:
    """Return ``value`` as case-folded text (``None`` stays ``None``); registered as SQL ``casefold``."""
    if value is None:
        return None
    return _text(value).casefold()


def search_text(doc: dict[str, Json], fields: tuple[str, ...]) -> str | None:
    """Return the folded, separator-joined text of ``fields`` (None when the kind has no search)."""
    if not fields:
        return None
    parts = []
    for f in fields:
        value = doc.get(f)
        parts.append(value.casefold() if type(value) is str else fold(value) or "")  # strings: most fields
    return SEP.join(parts)


def sql_value(value: Json) -> Json:
    """Return a document value as SQLite's ``json_extract`` would (what ``CAST`` sees)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return value


def _text(value: Json) -> str:
    value = sql_value(value)
    return value if isinstance(value, str) else str(value)


def row_values(doc: dict[str, Json], layout: Layout, seq: int | None, parent_id: str | None) -> list[Json]:
    """Return the column values of one row, in :meth:`Layout.columns` order.

    Numeric columns get the raw value; the INSERT casts it (``CAST(? AS REAL)``) so that
    SQLite, which also converts the filter's bound values, parses both sides alike.
    """
    geo = doc.get("_geo") or {}
    created = doc.get("created_at")
    return [
        seq,
        str(doc["id"]),
        _optional_text(doc.get("status")),
        _optional_text(doc.get("customer_id")),
        parent_id,
        None if created is None else _moment_of_text(str(created)),
        geo.get("lat"),
        geo.get("lng"),
        search_text(doc, layout.search),
        *(sql_value(doc.get(f)) for f in layout.numeric),
        dumps(doc),
    ]


@functools.lru_cache(maxsize=256)
def _moment_of_text(text: str) -> Json:
    """:func:`moment_us` of a stamp: the documents a request writes share a few."""
    return moment_us(text)


def _optional_text(value: Json) -> str | None:
    return None if value is None else str(value)

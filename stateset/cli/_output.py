"""Rendering results: ``--output table|json|jsonl|yaml``.

Tables are the default on a terminal and JSON when stdout is piped, so ``stateset
orders list | jq`` just works. Results are turned into plain JSON shapes first (generated
models through ``to_dict()``), so every format shows the same data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import json
import os
import sys
import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

__all__ = ["FORMATS", "default_format", "plain", "render", "render_stream"]

FORMATS = ("table", "json", "jsonl", "yaml")
_MAX_COLUMNS = 7
_MAX_CELL = 40
#: Columns worth a table's width first; the rest follow in the order the API sent them.
_PRIORITY = ("id", "order_number", "number", "name", "sku", "email", "status", "total_amount", "quantity", "reason")


def plain(value: Any) -> Any:
    """A JSON-shaped copy of ``value``: models, dates, UUIDs and decimals become JSON types."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def default_format(stream: IO[str] | None = None) -> str:
    """``table`` on a terminal, ``json`` otherwise."""
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return "table" if callable(isatty) and isatty() else "json"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _console(stream: IO[str]) -> Any:
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit with 1 here; `render` ends the output and lets the command finish.
            self.quiet = True
            raise BrokenPipeError

    return PipeConsole(file=stream, soft_wrap=False)


def _table(data: Any, stream: IO[str]) -> None:
    from rich.table import Table

    console = _console(stream)
    if not console.is_terminal:
        console.width = max(console.width, 160)
    if isinstance(data, list) and all(isinstance(row, dict) for row in data) and data:
        # Columns: scalar fields of the rows, in first-seen order, at most a screenful.
        columns: list[str] = []
        for row in data:
            for key, value in row.items():
                if key not in columns and not isinstance(value, dict | list):
                    columns.append(key)
        columns = columns or list(data[0])
        rank = {name: i for i, name in enumerate(_PRIORITY)}
        columns = sorted(columns, key=lambda c: (rank.get(c, len(rank)), columns.index(c)))[:_MAX_COLUMNS]
        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, no_wrap=column == "id", overflow="fold")
        for row in data:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        console.print(table)
        console.print(f"[dim]{len(data)} item{'s' if len(data) != 1 else ''}[/dim]", highlight=False)
    elif isinstance(data, dict):
        table = Table("field", "value", show_header=False)
        for key, value in data.items():
            table.add_row(key, _cell(value))
        console.print(table)
    elif isinstance(data, list):
        console.print("[dim]no items[/dim]" if not data else "\n".join(_cell(v) for v in data))
    else:
        console.print(_cell(data), markup=False, highlight=False)


def render(value: Any, fmt: str, stream: IO[str] | None = None) -> None:
    """Write ``value`` to ``stream`` (stdout) in format ``fmt``.

    A reader that leaves early (``| head``) ends the output, not the command, which goes
    on to its own exit status (a bulk load with failures still exits 1).
    """
    stream = stream or sys.stdout
    with _reader_may_leave(stream):
        _render(value, fmt, stream)
        stream.flush()


def _render(value: Any, fmt: str, stream: IO[str]) -> None:
    data = plain(value)
    if fmt == "json":
        stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for item in data if isinstance(data, list) else [data]:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        import yaml

        stream.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        _table(data, stream)


def render_stream(items: Iterable[Any], fmt: str, stream: IO[str] | None = None) -> None:
    """Write a list result; JSON Lines are streamed item by item as pages arrive."""
    stream = stream or sys.stdout
    if fmt != "jsonl":
        render(list(items), fmt, stream)
        return
    with _reader_may_leave(stream):  # and then no further page is fetched
        for item in items:
            stream.write(json.dumps(plain(item), ensure_ascii=False) + "\n")
            stream.flush()


@contextlib.contextmanager
def _reader_may_leave(stream: IO[str]) -> Iterator[None]:
    """End the output quietly when its reader has gone (a closed pipe)."""
    try:
        yield
    except BrokenPipeError:
        # What is still buffered would fail again at exit: send it, and the rest, nowhere.
        try:
            fd = stream.fileno()
        except (OSError, ValueError):  # not a file (an in-memory stream): nothing to redirect
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)

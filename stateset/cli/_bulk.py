"""``stateset bulk create|update|delete RESOURCE --file F``: many calls from a file, resumably.

Rows come from JSON Lines (one object per line) or CSV (a header row; dotted column
names nest, cells that look like JSON arrays/objects are parsed) and are read lazily.
The engine is ``stateset._bulk.run_bulk``: deterministic idempotency keys, adaptive
concurrency, a crash-safe ``--checkpoint`` (rerun the same command to resume after a
crash or Ctrl-C) and a per-item ``--results`` JSONL file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from ._output import render

__all__ = ["command", "read_rows"]


def _cell(value: str) -> Any:
    text = value.strip()
    if text[:1] in ("[", "{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return value
    return value


def read_rows(path: Path, fmt: str | None = None) -> Iterator[Any]:
    """Yield the rows of a ``.jsonl``/``.ndjson`` or ``.csv`` file, lazily.

    A UTF-8 BOM is accepted. A malformed file (not UTF-8, bad JSON, a CSV row with more
    cells than the header, a duplicate header, conflicting dotted columns) raises
    :class:`click.BadParameter` naming the file and line.
    """
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
    # surrogateescape: a bad byte becomes a lone surrogate, found per line below, so the
    # error names the line it is on (a strict decoder fails a whole chunk ahead of it).
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        if fmt == "csv":
            yield from _csv_rows(path, fh)
            return
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            _check_text(path, number, line)
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise _bad(path, number, f"not valid JSON ({exc.msg})") from None


def _bad(path: Path, line: int | None, problem: str) -> click.BadParameter:
    where = f"{path}:{line}" if line is not None else str(path)
    return click.BadParameter(f"{where}: {problem}", param_hint="--file")


def _check_text(path: Path, line: int, *texts: str | None) -> None:
    """Refuse text with bytes that were not UTF-8 (read as lone surrogates)."""
    for text in texts:
        if text is None:
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise _bad(path, line, "not UTF-8 text (save the file as UTF-8)") from None


def _csv_rows(path: Path, fh: TextIO) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(fh)
    try:
        headers = reader.fieldnames or []
        _check_text(path, reader.line_num, *headers)
        duplicate = next((h for h in headers if headers.count(h) > 1), None)
        if duplicate is not None:
            raise _bad(path, reader.line_num, f"the header names column {duplicate!r} twice")
        for row in reader:
            if None in row:  # DictReader's home for cells beyond the header
                extra = len(row[None])
                raise _bad(path, reader.line_num, f"{len(headers) + extra} cells, but the header has {len(headers)}")
            _check_text(path, reader.line_num, *row.values())
            yield _nest(path, reader.line_num, row)
    except csv.Error as exc:  # e.g. a cell over csv.field_size_limit()
        # DictReader.line_num is only updated after a good row; the inner reader's is current.
        raise _bad(path, reader.reader.line_num, f"not valid CSV ({exc})") from None


def _nest(path: Path, line: int, row: dict[str, str]) -> dict[str, Any]:
    """One CSV row as an object: dotted column names nest, empty cells are left out."""
    item: dict[str, Any] = {}
    for key, value in row.items():
        if value in (None, ""):
            continue
        target = item
        *parents, last = key.split(".")
        for depth, part in enumerate(parents, 1):
            target = target.setdefault(part, {})
            if not isinstance(target, dict):
                prefix = ".".join(parents[:depth])
                raise _bad(path, line, f"column {key!r} nests under {prefix!r}, which this row sets to a non-object")
        if last in target:
            raise _bad(path, line, f"column {key!r} and a column nested under it are both set")
        target[last] = _cell(value)
    return item


def _check_distinct(file: Path, results: Path | None, checkpoint: Path | None) -> None:
    """Refuse --results or --checkpoint naming the input file (or each other): it would be written over."""
    named = [("--file", file), ("--results", results), ("--checkpoint", checkpoint)]
    seen: dict[Path, str] = {}
    for option, path in named:
        if path is None:
            continue
        resolved = path.expanduser().resolve()
        if resolved in seen:
            raise click.UsageError(f"{option} {path} is the same file as {seen[resolved]}")
        seen[resolved] = option


def _run(kind: str, resource: str, file: Path, options: dict[str, Any]) -> None:
    from stateset._optional import import_optional

    from ._app import settings

    _check_distinct(file, options["results"], options["checkpoint"])
    bulk = import_optional("stateset._bulk", extra=None, feature="`stateset bulk`", install="upgrade stateset")
    state = settings()
    with state.client() as client:
        name = resource.replace("-", "_")
        target = getattr(client, name, None)
        call = getattr(target, kind, None) if target is not None else None
        if call is None:
            raise click.BadParameter(f"{resource} has no {kind} operation", param_hint="RESOURCE")
        batch_call = getattr(target, f"batch_{kind}", None) if options["batch"] else None
        result = bulk.run_bulk(
            call,
            read_rows(file, options["format"]),
            kind=kind,
            batch_call=batch_call,
            concurrency=options["concurrency"],
            batch_size=options["batch_size"],
            on_error=options["on_error"],
            progress=not options["quiet"],
            checkpoint=options["checkpoint"],
            outcomes_path=options["results"],
        )
    summary = {
        "run_id": result.run_id,
        "total": result.total,
        "succeeded": result.succeeded,
        "failed": result.failed,
        "skipped": result.skipped,
        "retries": result.retries,
        "stopped": result.stopped,
        "elapsed_s": round(result.elapsed, 3),
    }
    render(summary, "jsonl")  # one JSON line; a reader gone early cannot change the exit status
    for outcome in list(result.failures)[:5]:
        click.echo(f"  item {outcome.index}: {type(outcome.error).__name__}: {outcome.error}", err=True)
    if result.failed:
        where = f"; every outcome is in {options['results']}" if options["results"] else ""
        click.echo(f"{result.failed} item(s) failed{where}", err=True)
        raise click.exceptions.Exit(1)


def _bulk_command(kind: str, help_: str) -> click.Command:
    @click.command(kind, help=help_)
    @click.argument("resource")
    @click.option("--file", "file", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), help="Default: by the file extension.")
    @click.option("--checkpoint", type=click.Path(dir_okay=False, path_type=Path), help="Resume file.")
    @click.option("--results", type=click.Path(dir_okay=False, path_type=Path), help="Per-item outcomes (JSONL).")
    @click.option("--concurrency", type=click.IntRange(1, 64), default=8, show_default=True)
    @click.option("--batch/--no-batch", default=False, help="Use the batch endpoint when the resource has one.")
    @click.option("--batch-size", type=click.IntRange(1, 100), default=100, show_default=True)
    @click.option("--on-error", type=click.Choice(["continue", "stop"]), default="continue", show_default=True)
    @click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
    def run(resource: str, file: Path, fmt: str | None, **options: Any) -> None:
        _run(kind, resource, file, {**options, "format": fmt})

    return run


@click.group("bulk", no_args_is_help=True)
def command() -> None:
    r"""Create, update or delete many objects from a JSONL or CSV file, resumably.

    \b
    stateset bulk create orders --file orders.jsonl --checkpoint run.ckpt --results results.jsonl
    Exit status 1 when any item failed (its error is in the results file).
    """


command.add_command(_bulk_command("create", "Create one object per row: stateset bulk create orders --file F."))
command.add_command(_bulk_command("update", "Update objects; each row has an id and the fields to change."))
command.add_command(_bulk_command("delete", "Delete objects; each row is an id or an object with an id."))

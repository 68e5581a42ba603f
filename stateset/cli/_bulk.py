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
from typing import Any

import click

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
    """Yield the rows of a ``.jsonl``/``.ndjson`` or ``.csv`` file, lazily."""
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "jsonl")
    with path.open(encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            for row in csv.DictReader(fh):
                item: dict[str, Any] = {}
                for key, value in row.items():
                    if key is None or value in (None, ""):
                        continue
                    target = item
                    *parents, last = key.split(".")
                    for part in parents:
                        target = target.setdefault(part, {})
                    target[last] = _cell(value)
                yield item
            return
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.BadParameter(f"{path}:{number}: not valid JSON ({exc.msg})", param_hint="--file") from None


def _run(kind: str, resource: str, file: Path, options: dict[str, Any]) -> None:
    from stateset._optional import import_optional

    from ._app import settings

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
    click.echo(json.dumps(summary))
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

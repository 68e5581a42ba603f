"""``stateset explore``: a shell for the API with completion from the contract.

Type a command without the leading ``stateset`` (``orders list --status pending``); Tab
completes resources, operations, options and enum values; history is kept across
sessions; ``help``, ``help orders`` and ``exit`` do what they say. Commands run exactly
as on the command line, with the same profile, flags and output formats.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from typing import Any

import click
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from ._catalog import Catalog, load_catalog

__all__ = ["ApiCompleter", "command", "run_line", "suggestions"]

_COMMON_OPTIONS = ("--output", "--help")
_OUTPUTS = ("table", "json", "jsonl", "yaml")


def suggestions(catalog: Catalog, words: list[str], current: str) -> list[str]:
    """What can follow ``words`` when the word being typed is ``current``."""
    groups = catalog.resources()
    names = {name.replace("_", "-"): ops for name, ops in groups.items()}
    if not words:
        return [n for n in [*sorted(names), "help", "exit"] if n.startswith(current)]
    ops = names.get(words[0])
    if ops is None:
        return []
    if len(words) == 1:
        return [op.command for op in ops if op.command.startswith(current)]
    op = next((o for o in ops if o.command == words[1]), None)
    if op is None:
        return []
    fields = {f.option: f for f in (*op.options, *(op.body or ()))}
    previous = words[-1]
    if previous in ("--output", "-o"):
        return [v for v in _OUTPUTS if v.startswith(current)]
    if previous in fields and fields[previous].enum:
        return [v for v in fields[previous].enum if v.startswith(current)]
    extra = ["--max-items", "--page-size"] if op.paginated else []
    if op.body is not None:
        extra += ["--data", "--field"]
    options = [*fields, *extra, *_COMMON_OPTIONS]
    return [o for o in options if o.startswith(current) and o not in words]


class ApiCompleter(Completer):
    """A prompt_toolkit completer over `suggestions`."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        try:
            words = shlex.split(text)
        except ValueError:
            return
        current = "" if not text or text[-1].isspace() else words.pop()
        for word in suggestions(self.catalog, words, current):
            yield Completion(word, start_position=-len(current))


def _global_args(state: Any) -> list[str]:
    args: list[str] = []
    for flag, value in (
        ("--profile", state.profile),
        ("--base-url", state.base_url),
        ("--api-key", state.api_key),
        ("--output", state.output),
        ("--timeout", state.timeout),
        ("--max-retries", state.max_retries),
    ):
        if value is not None:
            args += [flag, str(value)]
    return args + (["--verbose"] if state.verbose else [])


def run_line(line: str, global_args: list[str]) -> int:
    """Run one shell line as a ``stateset`` command; return its exit code."""
    from ._app import cli

    try:
        words = shlex.split(line)
    except ValueError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 2
    if not words:
        return 0
    if words[0] == "help":
        words = [*words[1:], "--help"]
    try:
        code = cli.main(args=[*global_args, *words], prog_name="stateset", standalone_mode=False)
    except click.exceptions.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        return 130
    return code if isinstance(code, int) else 0


@click.command("explore")
@click.option("--history", "history_file", type=click.Path(dir_okay=False), help="History file (default: state dir).")
@click.pass_context
def command(ctx: click.Context, history_file: str | None) -> None:
    """An interactive shell with completion of resources, operations, options and enum values."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    from ._app import settings

    if history_file is None:
        from pathlib import Path

        from platformdirs import user_state_dir

        state_dir = Path(user_state_dir("stateset", appauthor=False))
        state_dir.mkdir(parents=True, exist_ok=True)
        history_file = str(state_dir / "explore_history")
    session: PromptSession[str] = PromptSession(
        history=FileHistory(history_file),
        completer=ApiCompleter(load_catalog()),
        complete_while_typing=False,
    )
    global_args = _global_args(settings(ctx))
    click.echo("Stateset explorer: Tab completes, `help` lists commands, `exit` or Ctrl-D quits.")
    while True:
        try:
            line = session.prompt("stateset> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if line.strip() in ("exit", "quit"):
            break
        run_line(line, global_args)

"""The explorer: completion logic, line execution, and a real terminal session."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from _cli_helpers import KEY, STATESET_BIN, Runner
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from stateset.cli._catalog import load_catalog
from stateset.cli._explore import ApiCompleter, run_line, suggestions


def test_suggestions() -> None:
    catalog = load_catalog()
    assert suggestions(catalog, [], "ord") == ["orders"]
    assert "exit" in suggestions(catalog, [], "")
    assert suggestions(catalog, ["orders"], "li") == ["list"]
    assert suggestions(catalog, ["nothing"], "") == []
    assert suggestions(catalog, ["orders", "fly"], "") == []
    assert suggestions(catalog, ["orders", "list", "--status"], "pe") == ["pending"]
    assert suggestions(catalog, ["orders", "list", "-o"], "j") == ["json", "jsonl"]
    assert "--max-items" in suggestions(catalog, ["orders", "list"], "--m")
    assert "--status" not in suggestions(catalog, ["orders", "list", "--status", "pending"], "--st")
    assert "--data" in suggestions(catalog, ["returns", "create"], "--d")


def test_completer() -> None:
    completer = ApiCompleter(load_catalog())
    found = [c.text for c in completer.get_completions(Document("orders up"), CompleteEvent())]
    assert found == ["update", "update-status"]
    assert [c.text for c in completer.get_completions(Document("orders "), CompleteEvent())][:2] == [
        "add-item",
        "archive",
    ]
    assert list(completer.get_completions(Document('orders "unclosed'), CompleteEvent())) == []


def test_run_line(sandbox_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--base-url", sandbox_url, "--api-key", KEY, "--output", "json"]
    assert run_line("orders list --max-items 1", args) == 0
    assert '"order_number"' in capsys.readouterr().out
    assert run_line("", args) == 0
    assert run_line('orders "unclosed', args) == 2
    assert run_line("orders get 00000000-0000-0000-0000-000000000000", args) == 4
    assert run_line("orders list --status nope", args) == 2
    assert run_line("help orders", args) == 0
    assert "update-status" in capsys.readouterr().out


def test_run_line_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    import click

    from stateset.cli import _app

    def abort(*_: Any, **__: Any) -> None:
        raise click.exceptions.Abort()

    monkeypatch.setattr(_app.cli, "main", abort)
    assert run_line("orders list", []) == 130


def test_explore_command_with_scripted_prompt(run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import prompt_toolkit

    lines: list[Any] = ["orders list --max-items 1 -o json", KeyboardInterrupt(), "", EOFError()]

    class FakeSession:
        def __init__(self, **kwargs: Any) -> None:
            assert isinstance(kwargs["completer"], ApiCompleter)

        def prompt(self, message: str) -> str:
            item = lines.pop(0)
            if isinstance(item, BaseException):
                raise item
            return str(item)

    monkeypatch.setattr(prompt_toolkit, "PromptSession", FakeSession)
    result = run(
        "--base-url",
        sandbox_url,
        "--api-key",
        KEY,
        "-v",
        "--timeout",
        "9",
        "--max-retries",
        "1",
        "-p",
        "none",
        "explore",
        code=None,
    )
    # The profile "none" does not exist, so the command inside fails with exit 2 but the shell goes on.
    assert "Stateset explorer" in result.stdout
    assert "no profile 'none'" in result.stderr
    assert not lines
    lines[:] = ["exit"]
    run("--base-url", sandbox_url, "--api-key", KEY, "explore", "--history", os.devnull)


def test_default_history_location(run: Runner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import prompt_toolkit

    class FakeSession:
        def __init__(self, **kwargs: Any) -> None:
            self.history = kwargs["history"]

        def prompt(self, message: str) -> str:
            return "quit"

    monkeypatch.setattr(prompt_toolkit, "PromptSession", FakeSession)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    run("explore")
    assert (tmp_path / "stateset").is_dir()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_explorer_in_a_real_terminal(sandbox_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "STATESET_BASE_URL": sandbox_url,
        "STATESET_API_KEY": KEY,
        "TERM": "xterm",
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "XDG_STATE_HOME": str(tmp_path),
    }
    child = pexpect.spawn(str(STATESET_BIN), ["explore"], env=env, encoding="utf-8", timeout=20, dimensions=(40, 160))
    try:
        child.expect("stateset>")
        child.send("ord")
        child.send("\t")
        child.expect("ers")  # Tab completed "ord" to "orders" (the terminal only redraws the rest)
        child.send(" get-by")
        child.send("\t")
        child.expect("-number")
        child.send(" ORD-1001 -o json\r")
        child.expect('"order_number": "ORD-1001"')
        child.expect("stateset>")
        child.send("orders list --sta")
        child.send("\t")
        child.expect("tus")
        child.send(" pend\t")
        child.expect("ing")
        child.send(" --max-items 2 -o jsonl\r")
        child.expect('"status": "pending"')
        child.expect("stateset>")
        child.send("exit\r")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert (tmp_path / "stateset" / "explore_history").read_text().count("orders") >= 2

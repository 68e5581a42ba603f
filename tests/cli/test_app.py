"""The root command's plumbing: listing, entry points, interrupts, logging."""

from __future__ import annotations

import io
import runpy
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from _cli_helpers import KEY, ROOT, Runner

from stateset.cli import _app, cli, main
from stateset.cli._catalog import _cache_dir, load_catalog
from stateset.cli._config import ConfigFile
from stateset.cli._output import render
from stateset.cli._spec import load_specdiff


def test_list_commands() -> None:
    names = cli.list_commands(click.Context(cli))
    assert {"config", "api", "orders", "webhook-endpoints"} <= set(names)


def test_main_and_dash_m(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    monkeypatch.setattr(sys, "argv", ["stateset", "--version"])
    with pytest.raises(SystemExit):
        main()
    with pytest.raises(SystemExit):
        runpy.run_module("stateset.cli", run_name="__main__")
    assert "0.1.0" in capsys.readouterr().out


def test_keyboard_interrupt_exits_130(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    from stateset.cli import _config_commands

    def interrupted(*_: Any, **__: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_config_commands, "config_path", interrupted)
    assert "Interrupted" in run("config", "path", code=130).stderr


def test_retries_are_logged_with_verbose(run: Runner) -> None:
    result = run(
        "-v", "--base-url", "http://127.0.0.1:9", "--api-key", KEY, "--max-retries", "1", "orders", "list", code=8
    )
    assert "retrying in" in result.stderr
    assert KEY not in result.stderr


def test_settings_outside_the_root() -> None:
    with click.Context(click.Command("x")) as ctx:
        assert _app.settings(ctx).verbose is False


def test_secrets_when_config_is_broken(isolated_env: Path) -> None:
    isolated_env.parent.mkdir(parents=True)
    isolated_env.write_text("[broken")
    assert _app.Settings(api_key=KEY).secrets() == (KEY, KEY)


def test_describe_error_details() -> None:
    class Detailed(Exception):
        def __init__(self) -> None:
            self.message = "bad thing"
            self.details = {"field": "x"}

    assert _app.describe_error(Detailed()) == "Detailed: bad thing — {'field': 'x'}"


def test_misc_catalog_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_catalog().find("webhook_endpoints.list").group == "webhook-endpoints"
    monkeypatch.delenv("STATESET_CLI_CACHE")
    assert "stateset" in str(_cache_dir())


def test_specdiff_import_adds_repo_to_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(ROOT)])
    assert callable(load_specdiff().main)
    assert str(ROOT) in sys.path


def test_dumps_without_current(tmp_path: Path) -> None:
    assert "current" not in ConfigFile(tmp_path / "c.toml", None, {"a": {"output": "json"}}).dumps()


def test_table_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    render([{"id": "1"}], "table", out)
    assert "1 item" in out.getvalue()


def test_package_is_lazy() -> None:
    import stateset.cli

    with pytest.raises(AttributeError, match="nothing"):
        _ = stateset.cli.nothing


def test_config_path_without_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from stateset.cli._config import config_path

    monkeypatch.setitem(sys.modules, "platformdirs", None)
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "stateset" / "config.toml"
    assert config_path({}).parts[-3:] == (".config", "stateset", "config.toml")


def test_settings_repr_hides_the_key() -> None:
    assert KEY not in repr(_app.Settings(api_key=KEY))
    assert "api_key=<set>" in repr(_app.Settings(api_key=KEY))

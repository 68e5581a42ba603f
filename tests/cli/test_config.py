"""Profiles: the file, its permissions, precedence and never printing a key."""

from __future__ import annotations

import json
import stat
import sys
import types
from pathlib import Path

import pytest
from _cli_helpers import KEY, Runner

from stateset import ConfigurationError
from stateset.cli._config import ConfigFile, coerce, mask, profile_settings


def test_init_writes_0600_file_in_0700_dir(run: Runner, isolated_env: Path) -> None:
    out = run("config", "init").stdout
    assert str(isolated_env) in out
    assert stat.S_IMODE(isolated_env.stat().st_mode) == 0o600
    assert stat.S_IMODE(isolated_env.parent.stat().st_mode) == 0o700
    assert "already exists" in run("config", "init", code=2).stderr
    run("config", "init", "--force")
    assert run("config", "path").stdout.strip() == str(isolated_env)


def test_set_get_use_list(run: Runner, isolated_env: Path) -> None:
    run("config", "set", "base_url", "https://staging.example.com", "-p", "staging")
    out = run("config", "set", "api_key", KEY, "-p", "staging").stdout
    assert KEY not in out
    assert "sk_test_…ABCD" in out
    run("config", "set", "max_retries", "4", "--profile", "staging")
    run("config", "set", "api_key_keyring", "false", "-p", "other")
    assert run("config", "get", "base_url", "-p", "staging").stdout.strip() == "https://staging.example.com"
    assert run("config", "get", "api_key", "-p", "staging").stdout.strip() == "sk_test_…ABCD"
    assert run("config", "get", "api_key_keyring", "-p", "other").stdout.strip() == "false"
    # The first profile written becomes current.
    assert run("config", "get", "max_retries").stdout.strip() == "4"
    assert "not set" in run("config", "get", "timeout", code=2).stderr
    run("config", "use", "other")
    listing = run("config", "list").stdout
    assert KEY not in listing
    assert "* other" in listing
    assert "sk_test_…ABCD" in listing
    rows = json.loads(run("config", "list", "-o", "json").stdout)
    assert {r["profile"]: r["current"] for r in rows} == {"other": True, "staging": False}
    assert KEY not in isolated_env.read_text() or stat.S_IMODE(isolated_env.stat().st_mode) == 0o600
    assert "no profile 'nope'" in run("config", "use", "nope", code=2).stderr


def test_list_empty_and_bad_values(run: Runner) -> None:
    assert "No profiles" in run("config", "list").stdout
    assert "no profile selected" in run("config", "set", "output", "json", code=2).stderr
    assert "output must be one of" in run("config", "set", "output", "xml", "-p", "a", code=2).stderr
    assert "max_retries must be" in run("config", "set", "-p", "a", "--", "max_retries", "-1", code=2).stderr
    assert "must be true or false" in run("config", "set", "api_key_keyring", "maybe", "-p", "a", code=2).stderr
    assert "letters, digits" in run("config", "set", "output", "json", "-p", "bad name", code=2).stderr
    assert "api_key only" in run("config", "set", "base_url", "x", "-p", "a", "--keyring", code=2).stderr


def test_corrupt_file_names_file_and_line(run: Runner, isolated_env: Path) -> None:
    run("config", "init")
    isolated_env.write_text(isolated_env.read_text() + "\n[profiles.broken\n")
    result = run("config", "list", code=2)
    assert str(isolated_env) in result.stderr
    assert "line" in result.stderr
    result = run("orders", "list", code=2)
    assert "not valid TOML" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("current = 3\n", "'current' must be a string"),
        ("[profiles]\nx = 1\n", "must be a table"),
        ("[profiles.a]\ncolour = 'red'\n", "unknown setting"),
        ("[profiles.a]\ntimeout = 'soon'\n", "timeout must be"),
        ("[profiles.a]\nmax_retries = inf\n", "max_retries must be a non-negative int, not inf"),
        ("[profiles.a]\nmax_retries = 1.7\n", "max_retries must be a non-negative int, not 1.7"),
        ("[profiles.a]\ntimeout = nan\n", "timeout must be a finite, non-negative float"),
        ("[profiles.a]\ntimeout = inf\n", "timeout must be a finite, non-negative float"),
    ],
)
def test_invalid_documents(isolated_env: Path, text: str, message: str) -> None:
    isolated_env.parent.mkdir(parents=True)
    isolated_env.write_text(text)
    with pytest.raises(ConfigurationError, match=message):
        ConfigFile.load()


def test_unreadable_file(isolated_env: Path) -> None:
    isolated_env.mkdir(parents=True)  # a directory where the file should be
    with pytest.raises(ConfigurationError, match="cannot read"):
        ConfigFile.load()


def test_save_is_atomic_and_failed_write_leaves_old_file(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = ConfigFile(isolated_env, "a", {"a": {"base_url": "http://a.example", "api_key": 'q"uote\x7f'}})
    config.save()
    assert ConfigFile.load().profiles["a"]["api_key"] == 'q"uote\x7f'
    before = isolated_env.read_text()
    config.profiles["a"]["base_url"] = "http://b.example"

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        config.save()
    assert isolated_env.read_text() == before
    assert [p.name for p in isolated_env.parent.iterdir()] == ["config.toml"]


def test_precedence_flag_over_env_over_profile(run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    dead = "http://127.0.0.1:9"
    run("config", "set", "base_url", dead, "-p", "p1")
    run("config", "set", "api_key", KEY, "-p", "p1")
    run("config", "set", "max_retries", "0", "-p", "p1")
    run("config", "set", "timeout", "5", "-p", "p1")
    # Profile only: the dead URL is used -> connection error.
    assert run("orders", "list", "--max-items", "1", code=8)
    # Environment beats the profile.
    monkeypatch.setenv("STATESET_BASE_URL", sandbox_url)
    assert json.loads(run("orders", "list", "--max-items", "1").stdout)
    # A flag beats the environment.
    monkeypatch.setenv("STATESET_BASE_URL", dead)
    assert json.loads(run("--base-url", sandbox_url, "orders", "list", "--max-items", "1").stdout)
    # Flags for timeout and retries beat the profile's.
    run("--base-url", dead, "--timeout", "3", "--max-retries", "0", "orders", "list", code=8)


def test_profile_selected_by_flag_env_and_current(
    run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("config", "set", "base_url", "http://127.0.0.1:9", "-p", "dead")
    run("config", "set", "max_retries", "0", "-p", "dead")
    run("config", "set", "api_key", KEY, "-p", "dead")
    run("config", "set", "base_url", sandbox_url, "-p", "live")
    run("config", "set", "api_key", KEY, "-p", "live")
    run("config", "set", "output", "yaml", "-p", "live")
    run("orders", "list", "--max-items", "1", code=8)  # current = dead (the first written)
    monkeypatch.setenv("STATESET_PROFILE", "live")
    assert run("orders", "list", "--max-items", "1").stdout.startswith("- ")  # yaml from the profile
    assert run("-p", "dead", "orders", "list", code=8)
    assert "no profile 'ghost'" in run("-p", "ghost", "orders", "list", code=2).stderr


def test_api_key_from_env_var_reference(run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run("config", "set", "base_url", sandbox_url, "-p", "envkey")
    run("config", "set", "api_key_env", "MY_STATESET_KEY", "-p", "envkey")
    run("orders", "list", code=2)  # the variable is not set: no key
    monkeypatch.setenv("MY_STATESET_KEY", KEY)
    assert json.loads(run("orders", "list", "--max-items", "1").stdout)
    assert "sk_test_…ABCD" in run("config", "list").stdout


def test_keyring(run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store: dict[tuple[str, str], str] = {}
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: store.get((service, user))  # type: ignore[attr-defined]
    fake.set_password = lambda service, user, value: store.__setitem__((service, user), value)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    run("config", "set", "base_url", sandbox_url, "-p", "kr")
    out = run("config", "set", "api_key", KEY, "-p", "kr", "--keyring").stdout
    assert KEY not in out
    assert store == {("stateset", "kr"): KEY}
    assert json.loads(run("orders", "list", "--max-items", "1").stdout)
    monkeypatch.setitem(sys.modules, "keyring", None)
    assert "pip install keyring" in run("orders", "list", code=2).stderr
    assert "(not set)" in run("config", "list").stdout


def test_profile_settings_for_the_sdk(isolated_env: Path) -> None:
    assert profile_settings() == {}
    ConfigFile(isolated_env, "s", {"s": {"base_url": "http://s.example", "api_key_env": "K", "timeout": 2.5}}).save()
    env = {"STATESET_CONFIG": str(isolated_env)}
    assert profile_settings(environ={**env, "K": KEY}) == {
        "base_url": "http://s.example",
        "timeout": 2.5,
        "api_key": KEY,
        "profile": "s",
    }
    assert profile_settings(environ=env)["profile"] == "s"
    with pytest.raises(ConfigurationError, match="no profile"):
        profile_settings("x", environ={"STATESET_CONFIG": str(isolated_env)})


def test_mask_and_coerce() -> None:
    assert mask(None) == ""
    assert mask("sk_test_abc") == "sk_test_…"
    assert mask("sk_live_0123456789wxyz") == "sk_live_…wxyz"
    assert mask("0123456789abcdef") == "…cdef"
    assert coerce("timeout", "1.5") == 1.5
    assert coerce("api_key_keyring", True) is True
    with pytest.raises(ConfigurationError):
        coerce("api_key_keyring", 3)


def test_default_path_uses_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from stateset.cli._config import config_path

    monkeypatch.delenv("STATESET_CONFIG")
    assert config_path().name == "config.toml"
    assert "stateset" in str(config_path())


@pytest.mark.parametrize("setting", ["max_retries = inf", "max_retries = 1.7", "timeout = -inf"])
def test_a_bad_number_in_a_profile_is_a_one_line_config_error(run: Runner, isolated_env: Path, setting: str) -> None:
    isolated_env.parent.mkdir(parents=True)
    isolated_env.write_text(f"current = 'a'\n[profiles.a]\n{setting}\n")
    result = run("orders", "list", code=2)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error:")
    assert setting.split()[0] in result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "Infinity"])
def test_timeout_flag_must_be_finite(run: Runner, value: str) -> None:
    result = run("--timeout", value, "orders", "list", code=2)
    assert "not a finite number of seconds" in result.stderr

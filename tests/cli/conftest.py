"""Fixtures for the CLI tests: served sandboxes, an isolated config, a CliRunner helper."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli_helpers import ALLOWED, KEY, Runner

from stateset.sandbox import Sandbox


@pytest.fixture(scope="session")
def catalog_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One catalog cache for the session (building it parses the contract once)."""
    return tmp_path_factory.mktemp("cli-cache")


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """A demo-seeded sandbox served over HTTP, shared by the session."""
    with Sandbox(seed="demo") as sandbox, sandbox.serve_in_thread(port=0) as url:
        yield url


@pytest.fixture
def fresh_sandbox() -> Iterator[tuple[Sandbox, str]]:
    """An empty sandbox of its own, served over HTTP."""
    with Sandbox() as sandbox, sandbox.serve_in_thread(port=0) as url:
        yield sandbox, url


@pytest.fixture(scope="session")
def restricted_url() -> Iterator[str]:
    """A sandbox that accepts only the ALLOWED key."""
    with Sandbox(api_keys=[ALLOWED]) as sandbox, sandbox.serve_in_thread(port=0) as url:
        yield url


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, catalog_cache: Path) -> Path:
    """No STATESET_* variables from the outside; config file in tmp_path."""
    for name in list(os.environ):
        if name.startswith("STATESET_"):
            monkeypatch.delenv(name)
    config = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("STATESET_CONFIG", str(config))
    monkeypatch.setenv("STATESET_CLI_CACHE", str(catalog_cache))
    return config


@pytest.fixture
def run() -> Runner:
    return Runner()


@pytest.fixture
def api(run: Runner, sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`run` pointed at the shared sandbox through the environment."""
    monkeypatch.setenv("STATESET_BASE_URL", sandbox_url)
    monkeypatch.setenv("STATESET_API_KEY", KEY)
    return run

"""Constants and helpers shared by the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click.testing

from stateset.cli import cli

KEY = "sk_test_cli_secret_0000ABCD"
ALLOWED = "sk_test_allowed_key_9999WXYZ"
ROOT = Path(__file__).resolve().parents[2]
STATESET_BIN = Path(sys.executable).parent / "stateset"


class Runner:
    """Invoke the real root command in-process (counts for coverage)."""

    def __init__(self) -> None:
        self.runner = click.testing.CliRunner()

    def __call__(self, *args: str, input: str | None = None, code: int | None = 0) -> click.testing.Result:
        result = self.runner.invoke(cli, list(args), input=input, catch_exceptions=False, prog_name="stateset")
        if code is not None:
            assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        return result


def run_binary(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """Run the installed `stateset` console script in a fresh process."""
    full_env = {k: v for k, v in os.environ.items()}
    full_env.update(env or {})
    return subprocess.run(
        [str(STATESET_BIN), *args], capture_output=True, text=True, env=full_env, timeout=timeout, **kw
    )

"""The installed console script and `python -m stateset.cli`, in fresh processes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from _cli_helpers import ALLOWED, KEY, STATESET_BIN, run_binary

from stateset import Stateset
from stateset.sandbox import Sandbox


def test_help_lists_everything() -> None:
    done = run_binary("--help")
    assert done.returncode == 0
    assert "orders" in done.stdout
    assert "Exit codes" in done.stdout


def test_list_and_formats_against_served_sandbox(sandbox_url: str) -> None:
    env = {"STATESET_BASE_URL": sandbox_url, "STATESET_API_KEY": KEY}
    rows = json.loads(run_binary("orders", "list", "--max-items", "3", env=env).stdout)
    assert len(rows) == 3
    lines = run_binary("orders", "list", "--max-items", "2", "-o", "jsonl", env=env).stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines]
    table = run_binary("orders", "list", "--max-items", "2", "-o", "table", env=env).stdout
    assert "ORD-" in table


def test_exit_codes_in_a_real_process(sandbox_url: str, restricted_url: str) -> None:
    env = {"STATESET_BASE_URL": sandbox_url, "STATESET_API_KEY": KEY}
    missing = run_binary("orders", "get", "00000000-0000-0000-0000-000000000000", env=env)
    assert missing.returncode == 4
    assert "request id" in missing.stderr
    wrong = "sk_test_not_allowed_77777777"
    denied = run_binary("-v", "orders", "list", env={"STATESET_BASE_URL": restricted_url, "STATESET_API_KEY": wrong})
    assert denied.returncode == 3
    assert wrong not in denied.stdout + denied.stderr
    ok = run_binary(
        "orders", "list", "--max-items", "1", env={"STATESET_BASE_URL": restricted_url, "STATESET_API_KEY": ALLOWED}
    )
    assert ok.returncode == 0
    refused = run_binary("--max-retries", "0", "orders", "list", env={**env, "STATESET_BASE_URL": "http://127.0.0.1:9"})
    assert refused.returncode == 8
    assert run_binary("orders", "list", "--status", "nope", env=env).returncode == 2


def test_config_file_mode_and_masking(tmp_path: Path, sandbox_url: str) -> None:
    config = tmp_path / "cfg" / "config.toml"
    env = {"STATESET_CONFIG": str(config)}
    assert run_binary("config", "set", "api_key", KEY, "-p", "dev", env=env).returncode == 0
    assert run_binary("config", "set", "base_url", sandbox_url, "-p", "dev", env=env).returncode == 0
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    listing = run_binary("config", "list", env=env)
    assert KEY not in listing.stdout
    assert "sk_test_…ABCD" in listing.stdout
    assert json.loads(run_binary("orders", "list", "--max-items", "1", env=env).stdout)
    config.write_text("current = \n")
    broken = run_binary("config", "list", env=env)
    assert broken.returncode == 2
    assert str(config) in broken.stderr
    assert "line 1" in broken.stderr


def test_python_dash_m(sandbox_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "stateset.cli", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert "0.1.0" in done.stdout


def _reader_leaves(args: list[str], url: str, *, lines: int) -> tuple[int, bytes]:
    """Run ``stateset args``, read ``lines`` lines of its stdout, close it; (exit code, stderr)."""
    env = {**os.environ, "STATESET_BASE_URL": url, "STATESET_API_KEY": KEY}
    with subprocess.Popen(
        [str(STATESET_BIN), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        for _ in range(lines):
            assert process.stdout.readline()
        process.stdout.close()
        return process.wait(timeout=60), process.stderr.read()


def test_a_reader_that_stops_early_ends_the_command_quietly(fresh_sandbox: tuple[Sandbox, str]) -> None:
    _, url = fresh_sandbox
    items = [{"product_id": "SKU-1", "quantity": 1, "unit_price": "9.99"}]
    orders = [{"customer_id": f"c-{n}", "items": items, "notes": "x" * 900} for n in range(400)]
    with Stateset(api_key=KEY, base_url=url) as client:
        result = client.orders.bulk_create(orders)
    assert result.succeeded == 400  # ~400 KB of output: far more than a pipe holds
    for output in ("jsonl", "table"):  # `stateset orders list -o jsonl | head -1`
        assert _reader_leaves(["orders", "list", "-o", output], url, lines=1) == (0, b""), output


def test_a_reader_gone_early_does_not_hide_a_failed_bulk_load(
    fresh_sandbox: tuple[Sandbox, str], tmp_path: Path
) -> None:
    _, url = fresh_sandbox
    rows = tmp_path / "orders.jsonl"
    good = {"customer_id": "c-1", "items": [{"product_id": "SKU-1", "quantity": 1, "unit_price": "9.99"}]}
    rows.write_text(json.dumps(good) + "\n" + json.dumps({"customer_id": "c-2", "items": "none"}) + "\n")
    # `| true`: nobody reads the summary
    code, stderr = _reader_leaves(["bulk", "create", "orders", "--file", str(rows), "--quiet"], url, lines=0)
    assert code == 1
    assert b"1 item(s) failed" in stderr

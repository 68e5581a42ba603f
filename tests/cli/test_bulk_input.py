"""bulk commands on bad input and bad paths: one-line usage errors, and nothing lost on the way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _cli_helpers import KEY, Runner

from stateset._bulk import parse_checkpoint
from stateset.sandbox import Sandbox

CUSTOMER = "6f1c2b1e-0000-4000-8000-000000000001"


def order_line(n: int) -> str:
    row = {"customer_id": CUSTOMER, "items": [{"product_id": "SKU-1", "quantity": 1, "unit_price": "2.00"}]}
    return json.dumps({**row, "notes": f"row-{n}"}) + "\n"


def one_error(stderr: str) -> str:
    """The one ``Error:`` line of a usage or config error (click may print the usage above it)."""
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, stderr
    return errors[0]


@pytest.fixture
def fresh(run: Runner, fresh_sandbox: tuple[Sandbox, str], monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """`run` pointed at an empty sandbox of its own (returned, to count what it stored)."""
    monkeypatch.setenv("STATESET_BASE_URL", fresh_sandbox[1])
    monkeypatch.setenv("STATESET_API_KEY", KEY)
    return fresh_sandbox[0]


@pytest.mark.parametrize("batch", ["--no-batch", "--batch"])
def test_a_bad_line_mid_file_keeps_checkpoint_and_results_consistent(
    run: Runner, fresh: Sandbox, tmp_path: Path, batch: str
) -> None:
    data, ckpt, results = tmp_path / "o.jsonl", tmp_path / "run.ckpt", tmp_path / "results.jsonl"
    data.write_text("".join(order_line(n) for n in range(150)) + "{broken\n")
    args = ["bulk", "create", "orders", "--file", str(data), "--checkpoint", str(ckpt), "--results", str(results)]
    failed = run(*args, batch, "--batch-size", "50", "-q", code=2)
    assert "o.jsonl:151: not valid JSON" in one_error(failed.stderr)
    done = parse_checkpoint(ckpt.read_bytes()).done
    stored = {o.notes for o in fresh.client().orders.list(page_size=100)}
    assert stored == {f"row-{i}" for i in done}  # every created order is recorded as done
    assert {json.loads(line)["index"] for line in results.read_text().splitlines()} == done


@pytest.mark.parametrize("option", ["--checkpoint", "--results"])
@pytest.mark.parametrize("where", ["directory", "missing parent"])
def test_an_unusable_checkpoint_or_results_path_is_a_one_line_error(
    api: Runner, tmp_path: Path, option: str, where: str
) -> None:
    data = tmp_path / "o.jsonl"
    data.write_text(order_line(0))
    path = tmp_path / "d" if where == "directory" else tmp_path / "nope" / "f"
    if where == "directory":
        path.mkdir()
    failed = api("bulk", "create", "orders", "--file", str(data), option, str(path), "-q", code=2)
    assert str(path) in one_error(failed.stderr)

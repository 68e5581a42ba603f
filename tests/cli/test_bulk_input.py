"""bulk commands on bad input and bad paths: one-line usage errors, and nothing lost on the way."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from _cli_helpers import KEY, Runner

from stateset._bulk import parse_checkpoint
from stateset.cli._bulk import read_rows
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


MALFORMED = {
    "bad.jsonl": (b'{"a": 1}\n\xff\xfe\n', "bad.jsonl:2: not UTF-8 text"),
    "bad.csv": (b"a,b\n1,2\n3,\xff\n", "bad.csv:3: not UTF-8 text"),
    "big.csv": (b"a,b\n1,2\n" + b"x" * 200_000 + b",y\n", "big.csv:3: not valid CSV (field larger than field limit"),
    "nest.csv": (b"items,items.product_id\n[],x\n", "nest.csv:2: column 'items.product_id' nests under 'items'"),
    "nest2.csv": (b'items.product_id,items\nx,"{""a"": 1}"\n', "nest2.csv:2: column 'items' and a column nested"),
    "ragged.csv": (b"a,b\n1,2\n1,2,3,4\n", "ragged.csv:3: 4 cells, but the header has 2"),
    "dup.csv": (b"a,notes,notes\n1,x,y\n", "dup.csv:1: the header names column 'notes' twice"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_is_a_one_line_error_naming_file_and_line(api: Runner, tmp_path: Path, name: str) -> None:
    content, message = MALFORMED[name]
    data = tmp_path / name
    data.write_bytes(content)
    with pytest.raises(click.BadParameter, match=re.escape(message)):
        list(read_rows(data))
    failed = api("bulk", "create", "orders", "--file", str(data), "-q", code=2)
    assert message in one_error(failed.stderr)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_utf8_bom_is_accepted(tmp_path: Path, suffix: str) -> None:
    data = tmp_path / f"bom{suffix}"
    data.write_bytes(b"\xef\xbb\xbf" + (b'{"a": "1"}\n' if suffix == ".jsonl" else b"a\n1\n"))
    assert list(read_rows(data)) == [{"a": "1"}]


def test_a_short_csv_row_leaves_its_missing_cells_out(tmp_path: Path) -> None:
    data = tmp_path / "short.csv"
    data.write_text("a,b.c\n1\n")
    assert list(read_rows(data)) == [{"a": "1"}]


@pytest.mark.parametrize("option", ["--results", "--checkpoint"])
def test_results_or_checkpoint_may_not_be_the_input_file(
    api: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    data = tmp_path / "o.jsonl"
    data.write_text(order_line(0))
    before = data.read_bytes()
    monkeypatch.chdir(tmp_path)
    failed = api("bulk", "create", "orders", "--file", str(data), option, "./o.jsonl", "-q", code=2)
    assert "is the same file as --file" in one_error(failed.stderr)
    same = api("bulk", "create", "orders", "--file", "o.jsonl", "--results", "r", "--checkpoint", "./r", code=2)
    assert "--checkpoint r is the same file as --results" in one_error(same.stderr)
    assert data.read_bytes() == before


def test_data_file_that_is_not_utf8_is_a_usage_error(api: Runner, tmp_path: Path) -> None:
    body = tmp_path / "bin.json"
    body.write_bytes(b'{"reason":\n"\xff"}')
    failed = api("orders", "create", "--data", f"@{body}", code=2)
    assert f"{body}:2: not UTF-8 text" in one_error(failed.stderr)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf{}")
    from stateset.cli._operations import read_data

    assert read_data(f"@{bom}") == "{}"

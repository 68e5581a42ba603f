"""bulk create/update/delete from files, including a SIGKILL in the middle of 10,000 rows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from _cli_helpers import KEY, STATESET_BIN, Runner

from stateset import Stateset
from stateset.cli._bulk import read_rows
from stateset.sandbox import Sandbox

CUSTOMER = "6f1c2b1e-0000-4000-8000-000000000001"


def order_row(n: int) -> dict[str, object]:
    return {"customer_id": CUSTOMER, "items": [{"product_id": f"SKU-{n}", "quantity": 1, "unit_price": "2.00"}]}


def test_bulk_create_jsonl_with_failures(api: Runner, tmp_path: Path) -> None:
    rows = [order_row(n) for n in range(5)] + [{"customer_id": CUSTOMER, "items": []}]
    data = tmp_path / "orders.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    results = tmp_path / "results.jsonl"
    result = api("bulk", "create", "orders", "--file", str(data), "--results", str(results), "-q", code=1)
    summary = json.loads(result.stdout)
    assert (summary["total"], summary["succeeded"], summary["failed"]) == (6, 5, 1)
    assert "UnprocessableEntityError" in result.stderr
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    assert len(lines) == 6
    assert [line["index"] for line in lines if not line["ok"]] == [5]


def test_bulk_create_csv_and_delete(api: Runner, tmp_path: Path) -> None:
    data = tmp_path / "orders.csv"
    items = json.dumps([{"product_id": "SKU-C", "quantity": 2, "unit_price": "3.00"}]).replace('"', '""')
    address = "shipping_address.street,shipping_address.city,shipping_address.state,shipping_address.postal_code"
    data.write_text(
        f"customer_id,items,notes,{address},shipping_address.country\n"
        f'{CUSTOMER},"{items}",,1 Rue X,Paris,IDF,75001,FR\n'
    )
    assert list(read_rows(data)) == [
        {
            "customer_id": CUSTOMER,
            "items": [{"product_id": "SKU-C", "quantity": 2, "unit_price": "3.00"}],
            "shipping_address": {
                "street": "1 Rue X",
                "city": "Paris",
                "state": "IDF",
                "postal_code": "75001",
                "country": "FR",
            },
        }
    ]
    results = tmp_path / "r.jsonl"
    summary = json.loads(api("bulk", "create", "orders", "--file", str(data), "--results", str(results), "-q").stdout)
    assert summary["succeeded"] == 1
    created = json.loads(results.read_text())["id"]
    ids = tmp_path / "ids.jsonl"
    ids.write_text(json.dumps(created) + "\n")
    assert json.loads(api("bulk", "delete", "orders", "--file", str(ids), "-q").stdout)["succeeded"] == 1


def test_bulk_batch_mode(api: Runner, tmp_path: Path) -> None:
    data = tmp_path / "o.jsonl"
    data.write_text("\n".join(json.dumps(order_row(n)) for n in range(30)))
    out = api("bulk", "create", "orders", "--file", str(data), "--batch", "--batch-size", "10", "-q").stdout
    assert json.loads(out)["succeeded"] == 30


def test_bulk_errors(api: Runner, tmp_path: Path) -> None:
    data = tmp_path / "o.jsonl"
    data.write_text("{broken\n")
    assert "o.jsonl:1: not valid JSON" in api("bulk", "create", "orders", "--file", str(data), "-q", code=2).stderr
    assert "no create operation" in api("bulk", "create", "analytics", "--file", str(data), code=2).stderr
    assert "no create operation" in api("bulk", "create", "nothing", "--file", str(data), code=2).stderr
    cell = tmp_path / "c.csv"
    cell.write_text('a,b\n"[not json",x\n')
    assert list(read_rows(cell)) == [{"a": "[not json", "b": "x"}]


def test_bulk_10k_killed_and_resumed(tmp_path: Path) -> None:
    data = tmp_path / "orders.jsonl"
    data.write_text("".join(json.dumps(order_row(n)) + "\n" for n in range(10_000)))
    checkpoint, results = tmp_path / "run.ckpt", tmp_path / "results.jsonl"
    args = [
        str(STATESET_BIN),
        "bulk",
        "create",
        "orders",
        "--file",
        str(data),
        "--checkpoint",
        str(checkpoint),
        "--results",
        str(results),
        "--concurrency",
        "8",
        "-q",
    ]
    with Sandbox() as sandbox, sandbox.serve_in_thread(port=0) as url:
        env = {**os.environ, "STATESET_BASE_URL": url, "STATESET_API_KEY": KEY}
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if results.exists() and len(results.read_bytes().splitlines()) >= 1000:
                break
            assert proc.poll() is None, "finished before it could be killed"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        done_before = len(results.read_bytes().splitlines())
        assert 1000 <= done_before < 10_000
        resumed = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
        assert resumed.returncode == 0, resumed.stderr
        summary = json.loads(resumed.stdout)
        assert summary["failed"] == 0
        assert summary["skipped"] + summary["succeeded"] == 10_000
        assert summary["skipped"] > 0
        with Stateset(api_key=KEY, base_url=url) as client:
            # Exactly 10,000 orders: items in flight at the kill were replayed by idempotency key.
            assert client.orders.list(page_size=1).total == 10_000


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_read_rows_format_override(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "rows.txt"
    path.write_text('{"a": 1}\n' if fmt == "jsonl" else "a\n1\n")
    assert list(read_rows(path, fmt)) == [{"a": 1 if fmt == "jsonl" else "1"}]

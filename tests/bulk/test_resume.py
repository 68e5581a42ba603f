"""Kill a bulk run with SIGKILL mid-flight, resume it from its checkpoint: exactly N objects."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stateset import Stateset
from stateset._bulk import parse_checkpoint, run_bulk
from stateset.sandbox import Sandbox

CHILD = Path(__file__).with_name("_bulk_child.py")


def _done(path: Path) -> int:
    return len(parse_checkpoint(path.read_bytes()).done) if path.exists() else 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize(("mode", "n"), [("single", 400), ("batch", 2000)])
def test_sigkill_then_resume_is_exactly_once(tmp_path: Path, mode: str, n: int) -> None:
    seed = random.randrange(1_000_000)
    kill_after = random.Random(seed).randint(n // 10, n // 2)
    ckpt = tmp_path / "run.ckpt"
    with Sandbox(db=tmp_path / "db.sqlite", faults={"rate": 0.1, "seed": seed}) as sb, sb.serve_in_thread() as url:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        child = subprocess.Popen([sys.executable, str(CHILD), url, str(ckpt), str(n), mode], env=env)
        deadline = time.monotonic() + 60
        while _done(ckpt) < kill_after and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait()
        before = _done(ckpt)
        assert 0 < before < n, f"seed {seed}: killed after {before} items"

        client = Stateset(api_key="sk_test_bulk", base_url=url, max_retries=10)
        items = (
            {
                "customer_id": "6f1c2b1e-0000-4000-8000-000000000001",
                "items": [{"product_id": "p-1", "quantity": 1, "unit_price": "1.00"}],
                "notes": f"bulk-{i}",
            }
            for i in range(n)
        )
        batch = client.orders.batch_create if mode == "batch" else None
        result = run_bulk(client.orders.create, items, kind="create", batch_call=batch, batch_size=20, checkpoint=ckpt)
        assert result.failed == 0, f"seed {seed}"
        assert result.skipped >= before
        assert result.skipped + result.succeeded == n
        sb.set_faults(None)
        assert client.orders.list(page_size=1).total == n, f"seed {seed}"
        notes = [o.notes for o in client.orders.list(page_size=100)]
        assert len(set(notes)) == len(notes) == n, f"seed {seed}"
        assert _done(ckpt) == n
        client.close()

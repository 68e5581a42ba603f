"""An input that raises mid-run: the calls in flight finish and are recorded, then the error is raised."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from _bulk_helpers import order

from stateset._bulk import arun_bulk, parse_checkpoint, run_bulk
from stateset.sandbox import Sandbox

N = 150


def _stored(sb: Sandbox) -> set[int]:
    """The input index of every order the sandbox holds (from its notes, ``bulk-<n>``)."""
    notes = [o.notes for o in sb.client().orders.list(page_size=100)]
    assert len(notes) == len(set(notes))  # nothing twice
    return {int(n.removeprefix("bulk-")) for n in notes}


def _last(kwargs: dict[str, Any]) -> bool:
    """Whether a call carries one of the last rows (held in flight until the input fails)."""
    body = kwargs["items"][-1] if "items" in kwargs else kwargs["body"]
    return int(body["notes"].removeprefix("bulk-")) >= N - 8


def _check(sb: Sandbox, ckpt: Path, results: Path, started: int) -> None:
    done = set(parse_checkpoint(ckpt.read_bytes()).done)
    stored = _stored(sb)
    assert stored == done  # the server did nothing the checkpoint does not know
    assert len(done) == started > N - 8  # every call in flight finished and was recorded
    streamed = {json.loads(line)["index"] for line in results.read_text().splitlines()}
    assert streamed == done


@pytest.mark.parametrize("batched", [False, True], ids=["single", "batch"])
def test_sync_input_error_records_what_was_in_flight(sb: Sandbox, tmp_path: Path, batched: bool) -> None:
    client = sb.client()
    failed = threading.Event()
    started: list[int] = []
    lock = threading.Lock()

    def held(fn: Any) -> Any:
        def call(**kwargs: Any) -> Any:
            with lock:
                started.append(len(kwargs["items"]) if "items" in kwargs else 1)
            if _last(kwargs):
                assert failed.wait(5)  # still in flight when the input fails
            return fn(**kwargs)

        return call

    def rows() -> Iterator[dict[str, Any]]:
        yield from (order(i) for i in range(N))
        failed.set()
        raise ValueError("bad row 151")

    ckpt, results = tmp_path / "run.ckpt", tmp_path / "results.jsonl"
    batch_call = held(client.orders.batch_create) if batched else None
    with pytest.raises(ValueError, match="bad row 151"):
        run_bulk(
            held(client.orders.create), rows(), kind="create", batch_call=batch_call, batch_size=50,
            checkpoint=ckpt, outcomes_path=results,
        )  # fmt: skip
    _check(sb, ckpt, results, sum(started))
    # A resume sends only what was never sent, so every row ends up stored once.
    again = run_bulk(
        client.orders.create, (order(i) for i in range(N)), kind="create",
        batch_call=client.orders.batch_create if batched else None, batch_size=50, checkpoint=ckpt,
    )  # fmt: skip
    assert again.skipped == sum(started)
    assert _stored(sb) == set(range(N))


async def test_async_input_error_records_what_was_in_flight(sb: Sandbox, tmp_path: Path) -> None:
    client = sb.async_client()
    failed = asyncio.Event()
    started: list[int] = []

    async def create(**kwargs: Any) -> Any:
        started.append(1)
        if _last(kwargs):
            await failed.wait()
            await asyncio.sleep(0.01)
        return await client.orders.create(**kwargs)

    async def rows() -> AsyncIterator[dict[str, Any]]:
        for i in range(N):
            yield order(i)
        await asyncio.sleep(0.05)  # let the last calls start (and wait for the failure)
        failed.set()
        raise ValueError("bad row 151")

    ckpt, results = tmp_path / "run.ckpt", tmp_path / "results.jsonl"
    with pytest.raises(ValueError, match="bad row 151"):
        await arun_bulk(create, rows(), kind="create", checkpoint=ckpt, outcomes_path=results)
    _check(sb, ckpt, results, len(started))
    await client.aclose()


def test_an_input_error_before_any_call_still_writes_the_header(tmp_path: Path) -> None:
    def broken() -> Iterator[dict[str, int]]:
        yield {"n": 0}
        raise RuntimeError("source failed")

    ckpt = tmp_path / "c.ckpt"
    with pytest.raises(RuntimeError, match="source failed"):
        run_bulk(lambda **_: {"id": "x"}, broken(), kind="create", checkpoint=ckpt)
    assert parse_checkpoint(ckpt.read_bytes()).header is not None


async def test_cancelling_an_async_run_cancels_the_calls_in_flight() -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    async def create(*, body: dict[str, Any], idempotency_key: str) -> None:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    async def run() -> None:
        await arun_bulk(create, [{"n": 0}], kind="create")

    task = asyncio.ensure_future(run())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancelled == [True]

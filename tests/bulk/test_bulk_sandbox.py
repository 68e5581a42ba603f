"""End-to-end runs through the in-process sandbox: faults, validation, kinds, rate limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from _bulk_helpers import order

from stateset import UnprocessableEntityError
from stateset._bulk import BulkOutcome, BulkProgress, arun_bulk, run_bulk
from stateset.sandbox import Sandbox

N = 1000


def _stored(sb: Sandbox) -> int:
    sb.set_faults(None)
    return int(sb.stats()["objects"]["order"])


@pytest.mark.parametrize("batched", [False, True], ids=["single", "batch"])
def test_faults_sync_exactly_once(batched: bool) -> None:
    with Sandbox(faults={"rate": 0.2, "seed": 7}) as sb:
        client = sb.client(max_retries=10)
        result = run_bulk(
            client.orders.create,
            (order(i) for i in range(N)),
            kind="create",
            batch_call=client.orders.batch_create if batched else None,
            batch_size=50,
            concurrency=32,
        )
        injected = sb.stats()["faults"]["injected"]
        assert injected.get("commit_then_drop", 0) > 0
        assert (result.succeeded, result.failed, result.total) == (N, 0, N)
        assert _stored(sb) == N
        assert client.orders.list(page_size=1).total == N
        notes = {o.notes for o in client.orders.list(page_size=100)}
        assert len(notes) == N  # every input once, none twice
        assert sb.stats()["replays"] > 0


@pytest.mark.parametrize("batched", [False, True], ids=["single", "batch"])
async def test_faults_async_exactly_once(batched: bool) -> None:
    with Sandbox(faults={"rate": 0.2, "seed": 11}) as sb:
        client = sb.async_client(max_retries=10)

        async def items() -> AsyncIterator[dict[str, Any]]:
            for i in range(N):
                yield order(i)

        result = await arun_bulk(
            client.orders.create,
            items(),
            kind="create",
            batch_call=client.orders.batch_create if batched else None,
            batch_size=50,
            concurrency=32,
        )
        assert sb.stats()["faults"]["injected"].get("commit_then_drop", 0) > 0
        assert (result.succeeded, result.failed) == (N, 0)
        assert _stored(sb) == N
        assert await client.orders.list(page_size=1).total == N
        await client.aclose()


@pytest.mark.parametrize("batched", [False, True], ids=["single", "batch"])
def test_validation_failures_are_per_item(sb: Sandbox, batched: bool) -> None:
    client = sb.client()
    items = [order(i, quantity=-1 if i % 10 == 3 else 1) for i in range(40)]
    result = run_bulk(
        client.orders.create,
        items,
        kind="create",
        batch_call=client.orders.batch_create if batched else None,
        batch_size=7,
        retain="all",
    )
    assert (result.succeeded, result.failed) == (36, 4)
    assert sorted(o.index for o in result.failures) == [3, 13, 23, 33]
    for failure in result.failures:
        assert isinstance(failure.error, UnprocessableEntityError)
        assert "quantity must be at least 1" in failure.error.message
    outcomes = list(result.outcomes())
    assert [o.index for o in outcomes] == list(range(40))
    assert all(o.id for o in outcomes if o.ok)
    assert sb.stats()["objects"]["order"] == 36


def test_missing_field_fails_client_side_per_item(sb: Sandbox) -> None:
    client = sb.client()
    items = [order(0), {"customer_id": "x"}, order(2)]
    result = run_bulk(client.orders.create, items, kind="create")
    assert (result.succeeded, result.failed) == (2, 1)
    assert "missing the required field 'items'" in str(result.failures[0].error)


def test_update_and_delete_kinds(sb: Sandbox) -> None:
    client = sb.client()
    created = run_bulk(client.orders.create, [order(i) for i in range(10)], kind="create", retain="all")
    ids = [o.id for o in created.outcomes()]
    updates: list[Any] = [{"id": i, "notes": "changed"} for i in ids[:5]] + [(i, {"notes": "changed"}) for i in ids[5:]]
    updated = run_bulk(client.orders.update, updates, kind="update")
    assert (updated.succeeded, updated.failed) == (10, 0)
    assert {o.notes for o in client.orders.list()} == {"changed"}
    deleted = run_bulk(client.orders.delete, [*ids[:4], {"id": ids[4]}, "missing-id"], kind="delete")
    assert (deleted.succeeded, deleted.failed) == (5, 1)
    assert deleted.failures[0].index == 5
    assert client.orders.list(page_size=1).total == 5


def test_rate_limit_backs_off_and_finishes(sb: Sandbox) -> None:
    events: list[BulkProgress] = []
    with Sandbox(rate_limit=(40, 1.0)) as limited:
        client = limited.client(max_retries=0)
        result = run_bulk(
            client.orders.create,
            (order(i) for i in range(120)),
            kind="create",
            concurrency=16,
            max_attempts=20,
            progress=events.append,
        )
        assert (result.succeeded, result.failed) == (120, 0)
        assert result.retries > 0
        assert events[-1].final
        assert events[-1].errors.get("RateLimitError", 0) > 0
        assert min(e.concurrency for e in events) < 16
        assert limited.stats()["objects"]["order"] == 120


def test_on_item_streams_every_outcome(sb: Sandbox, tmp_path: Any) -> None:
    client = sb.client()
    seen: list[BulkOutcome[Any]] = []
    path = tmp_path / "outcomes.jsonl"
    result = run_bulk(
        client.orders.create,
        [order(0), order(1, quantity=0)],
        kind="create",
        on_item=seen.append,
        outcomes_path=path,
        retain="none",
    )
    assert result.failures == []
    assert sorted(o.index for o in seen) == [0, 1]
    lines = path.read_text().splitlines()
    assert len(lines) == 2
    assert '"status": 422' in next(line for line in lines if '"ok": false' in line)

"""Batch answers and refusals: ids-only results, typed per-item errors, no outcome built for
an unseen success, and a malformed item failing alone rather than with its batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _bulk_helpers import CUSTOMER, order

from stateset import ConfigurationError, ConflictError, UnprocessableEntityError
from stateset._bulk import BulkOutcome, arun_bulk, batch_key, run_bulk
from stateset._bulk._plan import split_key
from stateset.sandbox import Sandbox


def items(n: int) -> Iterator[dict[str, int]]:
    return ({"n": i} for i in range(n))


def test_minimal_batch_results_keep_ids_and_typed_errors(tmp_path: Path) -> None:
    def batch(*, items: list[dict[str, int]], idempotency_key: str, prefer: str) -> dict[str, Any]:
        err = {"error": "Unprocessable Entity", "message": "quantity must be at least 1", "details": "items.0"}
        return {
            "results": [
                {"index": 0, "status": 201, "id": "a"},
                {"index": 1, "status": 422, "id": None, "error": err},
                {"index": 2, "status": 201, "id": 7},
            ]
        }

    path = tmp_path / "outcomes.jsonl"
    result = run_bulk(lambda **_: None, items(3), kind="create", batch_call=batch, outcomes_path=path)
    assert (result.succeeded, result.failed) == (2, 1)
    error = result.failures[0].error
    assert isinstance(error, UnprocessableEntityError)
    assert (error.message, error.details, error.status_code) == ("quantity must be at least 1", "items.0", 422)
    lines = sorted((json.loads(line)["index"], json.loads(line)) for line in path.read_text().splitlines())
    assert [doc.get("id") for _, doc in lines] == ["a", None, "7"]
    assert BulkOutcome(0, id="a").to_json() == {"index": 0, "ok": True, "id": "a"}


def test_batch_outcomes_build_no_success_that_no_one_sees() -> None:
    from stateset._bulk._result import batch_outcomes

    answer = {
        "results": [{"index": 0, "status": 201, "id": "a"}, {"index": 2, "status": 409, "error": {"message": "dup"}}]
    }
    unseen, outcomes = batch_outcomes((10, 11, 12), answer, keep_successes=False)
    assert unseen == [10]
    assert [(o.index, type(o.error).__name__) for o in outcomes] == [(11, "StatesetError"), (12, "ConflictError")]
    unseen, outcomes = batch_outcomes((10, 11, 12), answer)
    assert unseen == []
    assert [(o.index, o.id, o.ok) for o in outcomes] == [(10, "a", True), (11, None, False), (12, None, False)]


def _malformed_mix(n: int) -> list[Any]:
    """Valid orders, with items the client cannot build a body from at 3, 40 and n - 1."""
    rows: list[Any] = [order(i) for i in range(n)]
    rows[3] = {"customer_id": CUSTOMER, "items": "not a list"}
    rows[40] = 7
    rows[n - 1] = {"customer_id": CUSTOMER, "items": [{"product_id": "p-1", "quantity": -1, "unit_price": "1"}]}
    return rows


def _check_malformed(sb: Sandbox, result: Any, n: int) -> None:
    """Only the malformed items failed, each alone and typed; every other item is stored once."""
    errors = {o.index: o.error for o in result.failures}
    assert sorted(errors) == [3, 40, n - 1]
    assert isinstance(errors[3], ConfigurationError)
    assert isinstance(errors[40], ConfigurationError)
    assert isinstance(errors[n - 1], UnprocessableEntityError)  # built fine: the server refused it
    assert (result.succeeded, result.failed) == (n - 3, 3)
    notes = [o.notes for o in sb.client().orders.list(page_size=100)]
    assert sorted(notes) == sorted(f"bulk-{i}" for i in range(n) if i not in errors)


def _counting_batches(client: Any) -> tuple[list[int], Any]:
    """``client.orders.batch_create``, wrapped to record each batch's size in the list."""
    sent: list[int] = []

    def batch_create(**kwargs: Any) -> Any:
        sent.append(len(kwargs["items"]))
        return client.orders.batch_create(**kwargs)

    return sent, batch_create


def test_a_malformed_item_fails_alone_not_its_batch(sb: Sandbox) -> None:
    client = sb.client()
    sent, batch_create = _counting_batches(client)
    result = run_bulk(client.orders.create, _malformed_mix(100), kind="create", batch_call=batch_create, batch_size=50)
    _check_malformed(sb, result, 100)
    assert len(sent) < 40  # halving: the good items still travel in batches


async def test_a_malformed_item_fails_alone_async(sb: Sandbox) -> None:
    client = sb.async_client()
    result = await arun_bulk(
        client.orders.create, _malformed_mix(60), kind="create", batch_call=client.orders.batch_create, batch_size=25
    )
    _check_malformed(sb, result, 60)


def test_split_keys_name_exact_item_sets() -> None:
    assert split_key("r1", (0, 1)) == split_key("r1", [0, 1])
    assert split_key("r1", (0, 1)) != split_key("r1", (0, 2))  # same first index and size
    assert split_key("r1", (0, 1)) != split_key("r2", (0, 1))
    assert split_key("r1", (0, 1)) != batch_key("r1", 0, 2)


def test_own_keyed_items_fail_alone_and_replay_across_runs(sb: Sandbox) -> None:
    """Rerunning with new run ids and the items' own keys replays every item: nothing twice."""
    client = sb.client()
    rows = [{**order(i), "idempotency_key": f"own-{i}"} for i in range(10)]
    rows[7] = {"customer_id": CUSTOMER, "items": "bad", "idempotency_key": "own-7"}
    for _ in range(2):
        result = run_bulk(client.orders.create, rows, kind="create", batch_call=client.orders.batch_create)
        assert (result.succeeded, result.failed) == (9, 1)
        assert isinstance(result.failures[0].error, ConfigurationError)
    assert client.orders.list(page_size=1).total == 9
    assert sb.stats()["replays"] >= 9


def _own(key: str, n: int) -> dict[str, Any]:
    return {**order(n), "idempotency_key": f"ext-{key}"}


def test_own_keys_are_exactly_once_whatever_the_batch(sb: Sandbox) -> None:
    """A superset rerun under a new run id creates only the new own-keyed rows."""
    client = sb.client()
    sent, batch_create = _counting_batches(client)
    rows = [_own(k, i) for i, k in enumerate("abc")]
    first = run_bulk(client.orders.create, rows, kind="create", batch_call=batch_create)
    rows = [_own(k, i) for i, k in enumerate("abcd")] + [order(10), order(11)]
    second = run_bulk(client.orders.create, rows, kind="create", batch_call=batch_create)
    assert (first.succeeded, second.succeeded, second.failed) == (3, 6, 0)
    notes = sorted(o.notes for o in client.orders.list(page_size=100))
    assert notes == ["bulk-0", "bulk-1", "bulk-10", "bulk-11", "bulk-2", "bulk-3"]
    assert sent == [2]  # only the rows without a key of their own travel in a batch


@pytest.mark.parametrize("batched", [False, True])
def test_a_repeated_own_key_in_one_run_conflicts(sb: Sandbox, batched: bool) -> None:
    client = sb.client()
    rows = [_own("same", 0), order(1), _own("same", 2)]
    batch_call = client.orders.batch_create if batched else None
    result = run_bulk(client.orders.create, rows, kind="create", batch_call=batch_call, concurrency=1)
    assert (result.succeeded, result.failed) == (2, 1)
    failure = result.failures[0]
    assert failure.index == 2
    assert isinstance(failure.error, ConflictError)
    assert sorted(o.notes for o in client.orders.list(page_size=100)) == ["bulk-0", "bulk-1"]

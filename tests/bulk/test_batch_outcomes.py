"""Reading batch answers: ids-only results, typed per-item errors, no outcome built for an unseen success."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stateset import UnprocessableEntityError
from stateset._bulk import BulkOutcome, run_bulk


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

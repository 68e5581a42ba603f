"""The engine against fake calls: retries, stopping, batches, laziness, checkpoints, sinks."""

from __future__ import annotations

import asyncio
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _bulk_helpers import api_error

from stateset import ConfigurationError, RateLimitError, StatesetError, UnprocessableEntityError
from stateset._bulk import BulkOutcome, BulkProgress, arun_bulk, parse_checkpoint, run_bulk
from stateset._bulk._progress import _Line, make_reporter


class FakeCreate:
    """A thread-safe fake ``create``: fails per a script keyed by body["n"], records keys."""

    def __init__(self, script: dict[int, list[Exception]] | None = None) -> None:
        self.script = {k: list(v) for k, v in (script or {}).items()}
        self.keys: list[str] = []
        self.prefers: list[str | None] = []
        self.lock = threading.Lock()

    def __call__(self, *, body: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        with self.lock:
            self.keys.append(idempotency_key)
            pending = self.script.get(body["n"])
            if pending:
                raise pending.pop(0)
        return {"id": f"id-{body['n']}"}

    def batch(self, *, items: list[dict[str, Any]], idempotency_key: str, prefer: str | None = None) -> dict[str, Any]:
        """Answers like the API: ids only for ``prefer="return=minimal"``, else the objects too."""
        with self.lock:
            self.keys.append(idempotency_key)
            self.prefers.append(prefer)
        results: list[dict[str, Any]] = [{"index": i, "status": 201, "id": f"id-{b['n']}"} for i, b in enumerate(items)]
        if prefer != "return=minimal":
            for result, b in zip(results, items, strict=True):
                result["data"] = {"id": f"id-{b['n']}", "n": b["n"]}
        return {"results": results, "succeeded": len(items), "failed": 0}


def items(n: int) -> Iterator[dict[str, int]]:
    return ({"n": i} for i in range(n))


FAST_429 = {"Retry-After": "0"}


def test_transient_errors_retry_with_the_same_key() -> None:
    fake = FakeCreate({3: [api_error(429, FAST_429), api_error(429, FAST_429)]})
    result = run_bulk(fake, items(10), kind="create", run_id="r")
    assert (result.succeeded, result.failed, result.retries) == (10, 0, 2)
    assert fake.keys.count("bulk-r-3") == 3


def test_attempts_are_bounded() -> None:
    fake = FakeCreate({1: [api_error(429, FAST_429)] * 3})
    result = run_bulk(fake, items(3), kind="create", max_attempts=2)
    assert (result.succeeded, result.failed, result.retries) == (2, 1, 1)
    assert isinstance(result.failures[0].error, RateLimitError)
    with pytest.raises(RateLimitError):
        result.raise_for_failures()


def test_raw_exceptions_become_typed_outcomes() -> None:
    fake = FakeCreate({2: [ValueError("bad body")]})
    result = run_bulk(fake, items(5), kind="create")
    assert (result.succeeded, result.failed) == (4, 1)
    error = result.failures[0].error
    assert type(error) is StatesetError
    assert isinstance(error.__cause__, ValueError)
    result_ok = run_bulk(FakeCreate(), items(2), kind="create")
    result_ok.raise_for_failures()


def test_stop_on_error_lets_in_flight_finish() -> None:
    fake = FakeCreate({0: [api_error(422)], 1: [api_error(503)] * 5})
    result = run_bulk(fake, items(1000), kind="create", on_error="stop", concurrency=2)
    assert result.stopped
    assert result.total < 1000
    assert result.failed >= 1
    assert isinstance(result.failures[0].error, UnprocessableEntityError)
    assert result.succeeded + result.failed <= result.total


async def test_stop_on_error_async_abandons_waiting_retries() -> None:
    async def create(*, body: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        if body["n"] == 0:
            raise api_error(503)
        await asyncio.sleep(0.05)
        if body["n"] == 1:
            raise api_error(422)
        return {"id": body["n"]}

    result = await arun_bulk(create, items(100), kind="create", on_error="stop", concurrency=2)
    assert result.stopped
    assert sorted(o.index for o in result.failures) == [0, 1]
    assert {type(o.error).__name__ for o in result.failures} == {"InternalServerError", "UnprocessableEntityError"}


def test_bad_items_fail_without_a_call_and_can_stop() -> None:
    calls: list[str] = []

    def delete(item_id: str, *, idempotency_key: str) -> None:
        calls.append(item_id)

    result = run_bulk(delete, ["a", {"no": "id"}, "c"], kind="delete")
    assert (result.succeeded, result.failed, calls) == (2, 1, ["a", "c"])
    assert isinstance(result.failures[0].error, ConfigurationError)
    stopped = run_bulk(delete, [{"no": "id"}, "x", "y"], kind="delete", on_error="stop")
    assert stopped.stopped
    assert stopped.succeeded == 0


def test_batch_results_are_mapped_back_to_inputs() -> None:
    def batch(*, items: list[dict[str, int]], idempotency_key: str) -> dict[str, Any]:
        results: list[Any] = []
        for i, body in enumerate(items):
            if body["n"] % 5 == 1:
                err = {"error": "Unprocessable Entity", "message": f"bad {body['n']}", "details": "d"}
                results.append({"index": i, "status": 422, "data": None, "error": err})
            elif body["n"] % 5 == 2:
                results.append({"index": i, "status": 500, "error": "exploded"})
            elif body["n"] % 5 == 3:
                continue  # no result for this item
            else:
                results.append({"index": i, "status": 201, "data": {"id": body["n"]}})
        results.append({"index": 99, "status": 201})  # out of range: ignored
        results.append({"index": "x"})
        return {"results": results}

    result = run_bulk(lambda **_: None, items(20), kind="create", batch_call=batch, batch_size=5, retain="all")
    assert (result.succeeded, result.failed) == (8, 12)
    by_index = {o.index: o for o in result.outcomes()}
    assert by_index[0].id == "0"
    assert isinstance(by_index[1].error, UnprocessableEntityError)
    assert by_index[1].error.message == "bad 1"
    assert by_index[2].error is not None
    assert by_index[2].error.status_code == 500  # type: ignore[attr-defined]
    assert "no result" in str(by_index[3].error)


def test_batch_asks_for_ids_only_when_no_success_is_seen(tmp_path: Path) -> None:
    quiet = FakeCreate()
    path = tmp_path / "o"
    result = run_bulk(quiet, items(12), kind="create", batch_call=quiet.batch, batch_size=5, outcomes_path=path)
    assert (result.succeeded, quiet.prefers) == (12, ["return=minimal"] * 3)
    assert '"id": "id-11"' in path.read_text()  # ids are all the file needs
    for options in ({"retain": "all"}, {"on_item": lambda outcome: None}):
        seen = FakeCreate()
        kept = run_bulk(seen, items(7), kind="create", batch_call=seen.batch, batch_size=5, **options)  # type: ignore[arg-type]
        assert seen.prefers == [None, None]
        assert kept.succeeded == 7
    assert [(o.id, o.value) for o in kept.outcomes()] == []  # on_item only: nothing retained
    everything = run_bulk(seen, items(3), kind="create", batch_call=seen.batch, retain="all")
    expected = [(f"id-{n}", {"id": f"id-{n}", "n": n}) for n in range(3)]
    assert [(o.id, o.value) for o in everything.outcomes()] == expected


def test_batch_keys_are_deterministic_per_slot() -> None:
    fake = FakeCreate()
    run_bulk(fake, items(25), kind="create", batch_call=fake.batch, batch_size=10, run_id="r")
    assert sorted(fake.keys) == ["bulk-r-b0+10", "bulk-r-b10+10", "bulk-r-b20+5"]
    own = FakeCreate()
    keyed = [{"n": i, "idempotency_key": f"k{i}"} for i in range(3)]
    mixed = [keyed[0], {"n": 5}, keyed[1], keyed[2], {"n": 6}]
    run_bulk(own, mixed, kind="create", batch_call=own.batch, batch_size=10, run_id="r")
    # Own keys go out alone under themselves; only derived-key items are batched.
    assert sorted(own.keys) == ["bulk-r-b1+2", "k0", "k1", "k2"]
    single = FakeCreate()
    run_bulk(single, keyed, kind="create")
    assert sorted(single.keys) == ["k0", "k1", "k2"]


@pytest.mark.parametrize(("batched", "n"), [(False, 20_000), (True, 100_000)], ids=["single", "batch"])
def test_lazy_input_is_bounded(batched: bool, n: int) -> None:
    concurrency, batch_size = 4, 25
    fake = FakeCreate()
    pulled = 0
    completed = 0
    ahead: list[int] = []

    def source() -> Iterator[dict[str, int]]:
        nonlocal pulled
        for i in range(n):
            pulled += 1
            ahead.append(pulled - completed)
            yield {"n": i}

    def done(_: Any) -> None:
        nonlocal completed
        completed += 1

    result = run_bulk(
        fake,
        source(),
        kind="create",
        batch_call=fake.batch if batched else None,
        concurrency=concurrency,
        batch_size=batch_size,
        on_item=done,
    )
    assert (result.succeeded, result.total, completed) == (n, n, n)
    assert max(ahead) <= concurrency * batch_size
    assert result.failures == []
    assert list(result.outcomes()) == []


async def test_async_accepts_sync_iterables_and_coroutines() -> None:
    async def create(*, body: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"id": body["n"]}

    async def batch(*, items: list[dict[str, int]], idempotency_key: str, prefer: str) -> dict[str, Any]:
        assert prefer == "return=minimal"
        return {"results": [{"index": i, "status": 201, "id": b["n"]} for i, b in enumerate(items)]}

    result = await arun_bulk(create, [{"n": i} for i in range(50)], kind="create", retain="all")
    assert [o.id for o in result.outcomes()] == [str(i) for i in range(50)]
    batched = await arun_bulk(create, items(50), kind="create", batch_call=batch, batch_size=8)
    assert batched.succeeded == 50


async def test_async_rate_limit_pause_with_nothing_in_flight() -> None:
    calls = 0

    async def create(*, body: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise api_error(429, {"Retry-After": "0.05"})
        return {"id": body["n"]}

    result = await arun_bulk(create, items(3), kind="create", concurrency=1)
    assert (result.succeeded, result.retries) == (3, 1)


def test_checkpoint_resume_skips_done_items(tmp_path: Path) -> None:
    ckpt = tmp_path / "run.ckpt"
    first = FakeCreate({5: [api_error(422)]})
    r1 = run_bulk(first, items(10), kind="create", checkpoint=ckpt)
    assert (r1.succeeded, r1.failed) == (9, 1)
    state = parse_checkpoint(ckpt.read_bytes())
    assert state.done == frozenset(set(range(10)) - {5})
    assert state.header is not None
    second = FakeCreate()
    r2 = run_bulk(second, items(10), kind="create", checkpoint=ckpt)
    assert (r2.succeeded, r2.skipped, r2.run_id) == (1, 9, state.header.run_id)
    assert second.keys == [f"bulk-{state.header.run_id}-5"]
    with pytest.raises(ConfigurationError, match="belongs to run"):
        run_bulk(second, items(10), kind="create", checkpoint=ckpt, run_id="other")


def test_batch_resume_resends_only_missing_items(tmp_path: Path) -> None:
    ckpt = tmp_path / "batch.ckpt"
    fake = FakeCreate()
    run_bulk(fake, items(30), kind="create", batch_call=fake.batch, batch_size=10, checkpoint=ckpt, run_id="r")
    # Forget slot 1 entirely and item 25 of slot 2, as if the process died before syncing.
    lines = ckpt.read_text().splitlines()
    kept = [lines[0], "[0,1,2,3,4,5,6,7,8,9]", "[20,21,22,23,24,26,27,28,29]"]
    ckpt.write_text("\n".join(kept) + "\n")
    again = FakeCreate()
    result = run_bulk(again, items(30), kind="create", batch_call=again.batch, batch_size=10, checkpoint=ckpt)
    assert (result.succeeded, result.skipped) == (11, 19)
    assert sorted(again.keys) == ["bulk-r-b10+10", "bulk-r-b25+1"]


def test_progress_callback_and_line_reporter() -> None:
    events: list[BulkProgress] = []
    result = run_bulk(
        FakeCreate({1: [api_error(422)]}), [{"n": i} for i in range(4)], kind="create", progress=events.append
    )
    assert events[-1].final
    assert (events[-1].done, events[-1].total, events[-1].failed) == (4, 4, 1)
    assert events[-1].errors == {"UnprocessableEntityError": 1}
    assert "4/4 done" in events[-1].line()
    assert "UnprocessableEntityError 1" in events[-1].line()
    assert result.rate > 0

    stream = io.StringIO()
    line = _Line(stream, tty=False)
    line.update(events[0])
    line.update(events[1])  # within 2 s of the last line: not printed
    line.close(events[-1])
    assert stream.getvalue().count("\n") == 2
    tty = io.StringIO()
    live = _Line(tty, tty=True)
    live.update(events[0])
    live.close(events[-1])
    assert tty.getvalue().startswith("\r")


def test_make_reporter_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert make_reporter(False) is None
    assert isinstance(make_reporter(True, io.StringIO()), _Line)

    class Closed(io.StringIO):
        def isatty(self) -> bool:
            raise ValueError("closed")

    assert isinstance(make_reporter(True, Closed()), _Line)
    run_bulk(FakeCreate(), items(3), kind="create", progress=True)
    assert "3 done" in capsys.readouterr().err


def test_retain_option_is_checked() -> None:
    with pytest.raises(ValueError, match="retain"):
        run_bulk(FakeCreate(), items(1), kind="create", retain="some")  # type: ignore[arg-type]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_a_rich_bar_or_a_live_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from stateset._bulk._progress import _Rich

    screen = FakeTerminal()
    reporter = make_reporter(True, screen)
    assert isinstance(reporter, _Rich)
    events: list[BulkProgress] = []
    run_bulk(FakeCreate(), [{"n": i} for i in range(5)], kind="create", progress=events.append)
    reporter.update(events[0])
    reporter.close(events[-1])
    assert "failed" in screen.getvalue()

    monkeypatch.setitem(sys.modules, "rich.progress", None)  # as if the cli extra were missing
    fallback = make_reporter(True, FakeTerminal())
    assert isinstance(fallback, _Line)


def test_outcome_json_for_non_api_errors() -> None:
    from stateset._bulk._core import END

    assert BulkOutcome(3, error=StatesetError("x")).to_json() == {
        "index": 3,
        "ok": False,
        "error": "StatesetError",
        "message": "x",
    }
    assert BulkOutcome(1, value=object()).id is None
    assert BulkOutcome(2, value={"id": 5}).id == "5"  # derived from the value when not given
    assert repr(END) == "END"

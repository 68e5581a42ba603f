"""Pure parts: keys, item shapes, call arguments, retry classification, AIMD, checkpoints."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bulk_helpers import api_error

from stateset import APIConnectionError, ConfigurationError, StatesetError
from stateset._bulk import AIMD, CheckpointHeader, batch_key, item_key, parse_checkpoint, run_bulk
from stateset._bulk._checkpoint import Checkpoint, resolve_header
from stateset._bulk._core import Options
from stateset._bulk._plan import (
    call_arguments,
    is_transient,
    new_run_id,
    retry_delay,
    split_item,
    to_stateset_error,
    window_size,
)


def test_keys_are_deterministic_and_distinct() -> None:
    assert item_key("r1", 7) == item_key("r1", 7) == "bulk-r1-7"
    assert item_key("r1", 7) != item_key("r2", 7)
    assert batch_key("r1", 100, 50) == "bulk-r1-b100+50"
    assert batch_key("r1", 100, 50) != batch_key("r1", 100, 49)
    assert batch_key("r1", 100, 50) != batch_key("r2", 100, 50)
    assert new_run_id() != new_run_id()


def test_split_item_shapes() -> None:
    assert split_item("create", {"a": 1}) == (None, {"a": 1}, None)
    assert split_item("create", {"a": 1, "idempotency_key": "k"}) == (None, {"a": 1}, "k")
    assert split_item("update", {"id": "o1", "notes": "n"}) == ("o1", {"notes": "n"}, None)
    assert split_item("update", ("o1", {"notes": "n"})) == ("o1", {"notes": "n"}, None)
    assert split_item("delete", "o1") == ("o1", None, None)
    assert split_item("delete", {"id": "o1", "idempotency_key": "k"}) == ("o1", None, "k")
    with pytest.raises(ConfigurationError, match="needs an 'id'"):
        split_item("update", {"notes": "n"})
    with pytest.raises(ConfigurationError, match="pair"):
        split_item("update", "o1")
    with pytest.raises(ConfigurationError, match="kind must be"):
        split_item("upsert", {})  # type: ignore[arg-type]
    assert split_item("delete", 42) == ("42", None, None)
    assert split_item("create", {"a": 1, "idempotency_key": None}) == (None, {"a": 1}, None)


@pytest.mark.parametrize("bad", [None, "", True, 1.5, ["o1"], b"o1"])
def test_an_id_that_names_nothing_is_refused_not_sent_as_text(bad: object) -> None:
    """``str(None)`` would delete an order called "None"."""
    for item in (bad, {"id": bad}):
        with pytest.raises(ConfigurationError, match="id must be"):
            split_item("delete", item)
    with pytest.raises(ConfigurationError, match="id must be"):
        split_item("update", (bad, {"notes": "n"}))


@pytest.mark.parametrize("bad", ["", 5, ["k"]])
def test_an_own_key_must_be_text(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="idempotency_key"):
        split_item("create", {"a": 1, "idempotency_key": bad})


def test_call_arguments() -> None:
    assert call_arguments("create", None, {"a": 1}, "k") == ((), {"body": {"a": 1}, "idempotency_key": "k"})
    assert call_arguments("update", "o1", {"a": 1}, "k") == (("o1",), {"body": {"a": 1}, "idempotency_key": "k"})
    assert call_arguments("delete", "o1", None, "k") == (("o1",), {"idempotency_key": "k"})


def test_window_size() -> None:
    assert window_size(4, 100, batched=True) == 400
    assert window_size(4, 100, batched=False) == 8


def test_transient_classification_and_delay() -> None:
    for status in (408, 429, 500, 503):
        assert is_transient(api_error(status))
    assert is_transient(APIConnectionError("reset"))
    for status in (400, 404, 409, 422):
        assert not is_transient(api_error(status))
    assert not is_transient(StatesetError("x"))
    assert retry_delay(1, api_error(500)) == 0.5
    assert retry_delay(3, api_error(500)) == 2.0
    assert retry_delay(10, api_error(500)) == 8.0
    assert retry_delay(1, api_error(429, {"Retry-After": "3"})) == 3.0
    assert retry_delay(2, api_error(429)) == 1.0


def test_to_stateset_error() -> None:
    typed = api_error(422)
    assert to_stateset_error(typed) is typed
    wrapped = to_stateset_error(KeyError("k"))
    assert type(wrapped) is StatesetError
    assert isinstance(wrapped.__cause__, KeyError)
    assert "KeyError" in str(wrapped)


def test_aimd() -> None:
    a = AIMD.start(8)
    assert a.capacity(0.0) == 8
    assert a.on_success() is a  # already at the ceiling
    b = a.on_throttle(now=10.0, retry_after=2.0)
    assert (b.limit, b.capacity(11.0), b.capacity(12.0)) == (4.0, 0, 4)
    c = b.on_throttle(now=11.0, retry_after=5.0)  # same burst: longer pause, no second halving
    assert (c.limit, c.paused_until) == (4.0, 16.0)
    d = c.on_throttle(now=20.0, retry_after=None)
    assert (d.limit, d.paused_until) == (2.0, 21.0)
    e = d
    for _ in range(20):
        e = e.on_success()
    assert 5 <= e.capacity(30.0) <= 8
    floor = AIMD.start(1).on_throttle(0.0, 0.0)
    assert floor.capacity(1.0) == 1


def test_options_validation() -> None:
    with pytest.raises(ConfigurationError, match="at least 1"):
        Options("create", False, 0, 10, "continue", 1, None)
    with pytest.raises(ConfigurationError, match="on_error"):
        Options("create", False, 1, 10, "ignore", 1, None)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="only supported for kind='create'"):
        Options("delete", True, 1, 10, "continue", 1, None)
    with pytest.raises(ConfigurationError, match="at most 100"):
        Options("create", True, 1, 101, "continue", 1, None)
    assert Options("create", False, 1, 101, "continue", 1, None).batch_size == 101  # unused unbatched


@pytest.mark.parametrize("name", ["concurrency", "batch_size", "max_attempts"])
@pytest.mark.parametrize("value", [True, "4", None, 2.0])
def test_options_must_be_ints(tmp_path: Path, name: str, value: object) -> None:
    ckpt = tmp_path / "run.ckpt"
    with pytest.raises(ConfigurationError, match=f"{name} must be an int"):
        run_bulk(lambda **_: None, [{"n": 1}], kind="create", checkpoint=ckpt, **{name: value})  # type: ignore[arg-type]
    assert not ckpt.exists()


@pytest.mark.parametrize("progress", [5, "yes", 0.5])
def test_progress_must_be_a_bool_none_or_callable(tmp_path: Path, progress: object) -> None:
    ckpt = tmp_path / "run.ckpt"
    with pytest.raises(ConfigurationError, match="progress must be"):
        run_bulk(lambda **_: None, [{"n": 1}], kind="create", progress=progress, checkpoint=ckpt)  # type: ignore[arg-type]
    assert not ckpt.exists()  # refused before the checkpoint was written
    assert run_bulk(lambda **_: None, [{"n": 1}], kind="create", progress=None).succeeded == 1


def test_batch_size_over_the_endpoint_limit_is_refused_up_front() -> None:
    calls: list[int] = []
    with pytest.raises(ConfigurationError, match="at most 100"):
        run_bulk(calls.append, [{"n": 1}], kind="create", batch_call=calls.append, batch_size=101)
    assert calls == []


HEADER = CheckpointHeader("run1", "create", "batch", 100)


def test_parse_checkpoint_ignores_torn_last_line() -> None:
    head = HEADER.to_json().encode() + b"\n"
    assert parse_checkpoint(b"").header is None
    full = head + b"[0,1,2]\n[5]\n"
    state = parse_checkpoint(full)
    assert (state.header, state.done, state.valid_length) == (HEADER, frozenset({0, 1, 2, 5}), len(full))
    torn = parse_checkpoint(full + b"[6,7")
    assert (torn.done, torn.valid_length) == (frozenset({0, 1, 2, 5}), len(full))
    garbage = parse_checkpoint(full + b"\x00\x00\n")  # terminated but unparseable last line
    assert garbage.valid_length == len(full)
    for cut in (1, 10, 30, len(head) - 1):  # a header torn anywhere before its newline
        half_header = parse_checkpoint(head[:cut])
        assert (half_header.header, half_header.valid_length) == (None, 0)


def test_parse_checkpoint_rejects_foreign_files() -> None:
    head = HEADER.to_json().encode() + b"\n"
    with pytest.raises(ConfigurationError, match="bad header"):
        parse_checkpoint(b'{"hello": 1}\n[1]\n')
    with pytest.raises(ConfigurationError, match="incomplete"):
        parse_checkpoint(b'{"stateset_bulk": 1, "run_id": "r"}\n')
    with pytest.raises(ConfigurationError, match="line 2"):
        parse_checkpoint(head + b'{"x": 1}\n[1]\n')
    with pytest.raises(ConfigurationError, match="line 2"):
        parse_checkpoint(head + b"not json\n[1]\n")


@pytest.mark.parametrize("data", [b"notes", b"notes\n", b"[1,2]", b"[1,2]\n", b"{}", b"\n", b'{"stateset":'])
def test_parse_checkpoint_refuses_a_lone_line_that_is_no_header(data: bytes) -> None:
    with pytest.raises(ConfigurationError, match="not a stateset bulk checkpoint"):
        parse_checkpoint(data)


def test_checkpoint_never_overwrites_a_foreign_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"notes")
    with pytest.raises(ConfigurationError, match=r"notes\.txt: not a stateset bulk checkpoint"):
        Checkpoint(notes)
    with pytest.raises(ConfigurationError, match="not a stateset bulk checkpoint"):
        run_bulk(lambda **_: None, [{"n": 1}], kind="create", checkpoint=notes)
    assert notes.read_bytes() == b"notes"
    torn = tmp_path / "torn.ckpt"
    torn.write_bytes(HEADER.to_json().encode()[:25])
    ckpt = Checkpoint(torn)
    ckpt.begin(HEADER)  # a torn header is an empty checkpoint: rewritten whole
    ckpt.close()
    assert parse_checkpoint(torn.read_bytes()).header == HEADER


def test_checkpoint_file_cuts_torn_tail_and_appends(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "run.ckpt"  # type: ignore[operator]
    path.write_bytes(HEADER.to_json().encode() + b"\n[1,2]\n[3")
    ckpt = Checkpoint(path)
    assert ckpt.state.done == {1, 2}
    ckpt.begin(HEADER)  # header present: not written again
    ckpt.record([4])
    ckpt.close()
    ckpt.close()
    assert parse_checkpoint(path.read_bytes()).done == {1, 2, 4}
    assert path.read_text().count("stateset_bulk") == 1


def test_checkpoint_syncs_in_groups(tmp_path: pytest.TempPathFactory) -> None:
    now = [0.0]
    path = tmp_path / "new.ckpt"  # type: ignore[operator]
    ckpt = Checkpoint(path, clock=lambda: now[0])
    ckpt.begin(HEADER)
    ckpt.record([1])
    assert parse_checkpoint(path.read_bytes()).done == frozenset()  # buffered
    now[0] = 1.0
    ckpt.record([2])
    assert parse_checkpoint(path.read_bytes()).done == {1, 2}
    ckpt.record(range(3, 600))  # enough items to sync on size
    assert len(parse_checkpoint(path.read_bytes()).done) == 599
    ckpt.close()


def test_resolve_header() -> None:
    wanted = CheckpointHeader("new", "create", "batch", 100)
    assert resolve_header(None, wanted, False) is wanted
    assert resolve_header(HEADER, wanted, False) is HEADER
    with pytest.raises(ConfigurationError, match="belongs to run 'run1'"):
        resolve_header(HEADER, wanted, True)
    with pytest.raises(ConfigurationError, match="batch_size=100"):
        resolve_header(HEADER, CheckpointHeader("run1", "create", "batch", 50), True)
    with pytest.raises(ConfigurationError, match="mode='batch'"):
        resolve_header(HEADER, CheckpointHeader("run1", "create", "single", 100), True)
    single = CheckpointHeader("run1", "create", "single", 100)
    assert resolve_header(single, CheckpointHeader("run1", "create", "single", 7), True) is single


def test_public_names_are_documented() -> None:
    import stateset._bulk as bulk

    for name in bulk.__all__:
        assert getattr(bulk, name).__doc__, name

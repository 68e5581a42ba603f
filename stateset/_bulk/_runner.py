"""`run_bulk` and `arun_bulk`: two thin drivers around the one core in ``_core.py``."""

from __future__ import annotations

import asyncio
import os
import queue
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Sized
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor
from typing import Any, TypeVar

from ._checkpoint import Checkpoint, CheckpointHeader, resolve_header
from ._core import END, PULL, BulkRun, Command, Finished, InputFailed, OnError, Options, Start, Wait
from ._plan import Job, Kind, new_run_id
from ._progress import BulkProgress, check_progress, make_reporter
from ._result import BulkOutcome, BulkResult, OutcomeSink, Retain

__all__ = ["arun_bulk", "run_bulk"]

T = TypeVar("T")

Progress = bool | Callable[[BulkProgress], Any]
PathLike = str | os.PathLike[str]


def run_bulk(
    call: Callable[..., T],
    items: Iterable[Any],
    *,
    kind: Kind,
    batch_call: Callable[..., Any] | None = None,
    concurrency: int = 8,
    batch_size: int = 100,
    on_error: OnError = "continue",
    progress: Progress = False,
    checkpoint: PathLike | None = None,
    run_id: str | None = None,
    retain: Retain = "failures",
    on_item: Callable[[BulkOutcome[T]], Any] | None = None,
    outcomes_path: PathLike | None = None,
    max_attempts: int = 5,
) -> BulkResult[T]:
    """Apply one operation to many items, concurrently and exactly once.

    ``call`` is a bound resource method (``client.orders.create``); ``kind`` says how an
    item maps to a call: ``"create"`` sends the item as the body, ``"update"`` takes a
    mapping with ``"id"`` (or an ``(id, body)`` pair), ``"delete"`` takes ids. With
    ``batch_call`` (e.g. ``client.orders.batch_create``), creates go ``batch_size`` at a
    time. Each item (or batch) carries an idempotency key derived from ``run_id`` and its
    input index, so retries and resumed runs replay instead of duplicating. An item may
    bring its own key in an ``"idempotency_key"`` field: it is then sent alone, with
    ``call``, under that key, even when batching, so it is created once across runs and
    run ids; a second item with the same key in a run fails as a conflict.

    ``batch_call`` is called with ``items=`` and ``idempotency_key=``, plus
    ``prefer="return=minimal"`` when no successful outcome will be seen (``retain`` is
    not ``"all"`` and there is no ``on_item``): the API then answers with ids rather than
    whole objects, which is much cheaper at both ends. Such outcomes carry ``id`` and no
    ``value``; ``outcomes_path=`` only writes ids anyway.

    Items are read lazily: at most ``concurrency * batch_size`` are held at once.
    ``checkpoint=path`` records finished items; running again with the same path skips
    them (and reuses the run id). ``on_error="stop"`` stops sending new items after the
    first failure and returns with ``result.stopped`` set; it never raises for an item
    (call ``result.raise_for_failures()`` for that). If reading ``items`` raises, the
    run starts nothing more, waits for the calls in flight, records their outcomes
    (checkpoint included) and then re-raises that exception. ``progress=True`` shows a progress
    display on stderr; a callable receives each :class:`BulkProgress` instead.

    By default only failed outcomes are kept in memory (``retain="all"`` keeps every
    one); ``on_item=`` and ``outcomes_path=`` (JSON lines) stream every outcome.
    Transient failures (429, 5xx, network) are resent up to ``max_attempts`` times
    with the same key; a 429 also halves the concurrency and pauses for ``retry_after``.

    Example::

        result = run_bulk(client.orders.create, rows, kind="create",
                          batch_call=client.orders.batch_create, checkpoint="load.ckpt")
        print(result.succeeded, result.failed, f"{result.rate:.0f}/s")
    """
    run = _prepare(
        items,
        kind,
        batch_call,
        concurrency,
        batch_size,
        on_error,
        progress,
        checkpoint,
        run_id,
        retain,
        on_item,
        outcomes_path,
        max_attempts,
    )
    flow = run.flow()
    source = iter(items)
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="stateset-bulk")
    finished: queue.SimpleQueue[Finished] = queue.SimpleQueue()
    reply: Any = None
    try:
        while True:
            try:
                command = flow.send(reply)
            except StopIteration as stop:
                result: BulkResult[T] = stop.value
                return result
            if command is PULL:
                try:
                    reply = next(source, END)
                except Exception as exc:  # the core waits for the calls in flight, then re-raises
                    reply = InputFailed(exc)
            elif isinstance(command, Start):
                fn: Callable[..., Any] = batch_call if command.job.batch and batch_call else call
                pool.submit(_execute, fn, command.job, finished.put)
                reply = None
            else:
                reply = _drain(finished, command)
    finally:
        flow.close()
        pool.shutdown(wait=True, cancel_futures=True)


async def arun_bulk(
    call: Callable[..., Awaitable[T]],
    items: Iterable[Any] | AsyncIterable[Any],
    *,
    kind: Kind,
    batch_call: Callable[..., Awaitable[Any]] | None = None,
    concurrency: int = 8,
    batch_size: int = 100,
    on_error: OnError = "continue",
    progress: Progress = False,
    checkpoint: PathLike | None = None,
    run_id: str | None = None,
    retain: Retain = "failures",
    on_item: Callable[[BulkOutcome[T]], Any] | None = None,
    outcomes_path: PathLike | None = None,
    max_attempts: int = 5,
) -> BulkResult[T]:
    """The async twin of :func:`run_bulk`: same arguments, same guarantees.

    ``call`` and ``batch_call`` are the async client's methods
    (``async_client.orders.create``); ``items`` may also be an async iterable. Calls
    run as tasks, at most ``concurrency`` at a time; cancelling the run cancels the
    calls in flight (their items are not checkpointed, so a resume replays them). An
    error reading ``items`` waits for the calls in flight first, as in :func:`run_bulk`.
    """
    run = _prepare(
        items,
        kind,
        batch_call,
        concurrency,
        batch_size,
        on_error,
        progress,
        checkpoint,
        run_id,
        retain,
        on_item,
        outcomes_path,
        max_attempts,
    )
    flow = run.flow()
    source = aiter(items) if isinstance(items, AsyncIterable) else iter(items)
    pending: set[asyncio.Task[Finished]] = set()
    reply: Any = None
    try:
        while True:
            try:
                command = flow.send(reply)
            except StopIteration as stop:
                result: BulkResult[T] = stop.value
                return result
            if command is PULL:
                try:
                    reply = await anext(source, END) if isinstance(source, AsyncIterator) else next(source, END)
                except Exception as exc:  # as in run_bulk
                    reply = InputFailed(exc)
            elif isinstance(command, Start):
                afn: Callable[..., Awaitable[Any]] = batch_call if command.job.batch and batch_call else call
                pending.add(asyncio.ensure_future(_aexecute(afn, command.job)))
                reply = None
            elif isinstance(command, Wait) and pending:
                done, pending = await asyncio.wait(pending, timeout=command.timeout, return_when=FIRST_COMPLETED)
                reply = [t.result() for t in done]
            else:
                await asyncio.sleep(_idle(command))
                reply = []
    finally:
        flow.close()
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


def _drain(finished: queue.SimpleQueue[Finished], command: Command) -> list[Finished]:
    """Block for one completion (or the timeout), then take whatever else is done."""
    assert isinstance(command, Wait), command
    try:
        done = [finished.get(timeout=command.timeout)]
    except queue.Empty:
        return []
    while True:
        try:
            done.append(finished.get_nowait())
        except queue.Empty:
            return done


def _idle(command: Command) -> float:
    """How long to sleep on a Wait with nothing in flight (a retry delay or a 429 pause)."""
    assert isinstance(command, Wait), command
    assert command.timeout is not None, "the core never waits with nothing in flight and nothing due"
    return command.timeout


def _execute(fn: Callable[..., Any], job: Job, report: Callable[[Finished], None]) -> None:
    try:
        outcome = Finished(job, fn(*job.args, **job.kwargs))
    except Exception as exc:  # every failure becomes this item's outcome, never the run's
        outcome = Finished(job, error=exc)
    report(outcome)


async def _aexecute(fn: Callable[..., Awaitable[Any]], job: Job) -> Finished:
    try:
        return Finished(job, await fn(*job.args, **job.kwargs))
    except Exception as exc:
        return Finished(job, error=exc)


def _prepare(
    items: Any,
    kind: Kind,
    batch_call: Any,
    concurrency: int,
    batch_size: int,
    on_error: OnError,
    progress: Progress,
    checkpoint: PathLike | None,
    run_id: str | None,
    retain: Retain,
    on_item: Callable[[BulkOutcome[Any]], Any] | None,
    outcomes_path: PathLike | None,
    max_attempts: int,
) -> BulkRun[Any]:
    """Validate the options, open the checkpoint and build the run (shared by both drivers)."""
    total = len(items) if isinstance(items, Sized) else None
    batched = batch_call is not None
    minimal = batched and retain != "all" and on_item is None
    options = Options(kind, batched, concurrency, batch_size, on_error, max_attempts, total, retain, minimal)
    check_progress(progress)  # before any file is opened
    wanted = CheckpointHeader(run_id or new_run_id(), kind, "batch" if options.batched else "single", batch_size)
    store = Checkpoint(checkpoint) if checkpoint is not None else None
    done: set[int] = set()
    if store is not None:
        wanted = resolve_header(store.state.header, wanted, run_id is not None)
        done = set(store.state.done)
    result: BulkResult[Any] = BulkResult(run_id=wanted.run_id)
    sink = OutcomeSink(result, retain, on_item, outcomes_path)
    if store is not None:
        try:
            store.begin(wanted)
        except BaseException:
            sink.close()
            raise
    return BulkRun(options, wanted.run_id, done, sink, result, store, make_reporter(progress), time.monotonic)

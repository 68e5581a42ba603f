"""The core of a bulk run, written once: a generator that decides, and drivers that do.

:func:`BulkRun.flow` yields commands (read an item, start a job, wait for completions)
and receives their results; the sync driver runs jobs on threads and the async driver
on tasks (see ``_runner.py``). Every decision (keys, batching, retries, stopping,
concurrency) lives here, so both drivers behave the same by construction.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, deque
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from typing import Any, Generic, Literal, TypeVar

from .._checks import integer
from .._errors import ConfigurationError, RateLimitError, StatesetError
from ._adaptive import AIMD
from ._checkpoint import Checkpoint
from ._plan import (
    Job,
    Kind,
    batch_key,
    call_arguments,
    is_transient,
    item_key,
    retry_delay,
    split_item,
    split_key,
    to_stateset_error,
    window_size,
)
from ._progress import BulkProgress, ProgressReporter
from ._result import BulkOutcome, BulkResult, OutcomeSink, Retain, batch_outcomes

__all__ = ["END", "PULL", "BulkRun", "Finished", "InputFailed", "Options", "Start", "Wait"]

T = TypeVar("T")

OnError = Literal["continue", "stop"]

#: The most items one batch call may carry (``maxItems`` of the contract's batch bodies).
MAX_BATCH = 100

#: The ``prefer`` a batch call gets when only ids are wanted back (RFC 7240).
MINIMAL = "return=minimal"


class _Marker:
    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


#: Command: read the next input item; the driver replies with it, or :data:`END`.
PULL = _Marker("PULL")
#: Reply to :data:`PULL` when the input is exhausted.
END = _Marker("END")


@dataclass(frozen=True)
class InputFailed:
    """Reply to :data:`PULL` when reading the input raised ``error``.

    The run then reads and starts nothing more, waits for the calls in flight and
    records their outcomes (checkpoint included), and :meth:`BulkRun.flow` re-raises
    ``error``: whatever the server did is on record, so a resume sends no duplicate.
    """

    error: Exception


@dataclass(frozen=True)
class Start:
    """Command: start ``job`` (the driver replies None at once and reports it when done)."""

    job: Job


@dataclass(frozen=True)
class Wait:
    """Command: wait until a started job finishes, or ``timeout`` seconds (None: no limit).

    The driver replies with the list of :class:`Finished` jobs (possibly empty).
    """

    timeout: float | None


@dataclass(frozen=True)
class Finished:
    """A job's result: the call's return value, or the exception it raised."""

    job: Job
    value: Any = None
    error: Exception | None = None


Command = _Marker | Start | Wait


@dataclass(frozen=True)
class Options:
    """The validated knobs of one run."""

    kind: Kind
    batched: bool
    concurrency: int
    batch_size: int
    on_error: OnError
    max_attempts: int
    total: int | None
    retain: Retain = "failures"
    #: Ask the batch endpoint for ids only (``Prefer: return=minimal``): set when no
    #: successful outcome can be seen (neither kept nor streamed), so nothing is lost.
    minimal: bool = False

    def __post_init__(self) -> None:
        integer(self.concurrency, "concurrency", 1)
        integer(self.max_attempts, "max_attempts", 1)
        integer(self.batch_size, "batch_size", 1, MAX_BATCH if self.batched else None)  # the batch endpoints' limit
        if self.on_error not in ("continue", "stop"):
            raise ConfigurationError(f"on_error must be 'continue' or 'stop', not {self.on_error!r}")
        if self.retain not in ("failures", "all", "none"):
            raise ConfigurationError(f"retain must be 'failures', 'all' or 'none', not {self.retain!r}")
        if self.batched and self.kind != "create":
            raise ConfigurationError("batch_call is only supported for kind='create'")


class BulkRun(Generic[T]):
    """The state of one bulk run; :meth:`flow` is the generator the drivers run."""

    def __init__(
        self,
        options: Options,
        run_id: str,
        done: set[int],
        sink: OutcomeSink[T],
        result: BulkResult[T],
        checkpoint: Checkpoint | None,
        reporter: ProgressReporter | None,
        clock: Callable[[], float],
    ) -> None:
        self.options = options
        self.run_id = run_id
        self._done = done
        self._sink = sink
        self.result = result
        self._checkpoint = checkpoint
        self._reporter = reporter
        self._clock = clock
        self._window = window_size(options.concurrency, options.batch_size, options.batched)
        self._aimd = AIMD.start(options.concurrency)
        self._ready: deque[Job] = deque()
        self._delayed: list[tuple[float, int, Job, StatesetError]] = []
        self._seq = itertools.count()
        self._building: list[tuple[int, Any]] = []
        self._next_index = 0
        self._open = 0  # items read and not yet final
        self._in_flight = 0
        self._input_done = False
        self._stopping = False
        self._input_error: Exception | None = None
        self._errors: Counter[str] = Counter()
        self._started = clock()

    # --- the flow ------------------------------------------------------------------------

    def flow(self) -> Generator[Command, Any, BulkResult[T]]:
        """Yield commands to a driver until every item is final; return the result."""
        try:
            while True:
                # Start what is ready before reading on, so a slow source never idles the calls.
                job = self._next_job(self._clock())
                if job is not None:
                    yield Start(job)
                    continue
                if self._wants_input():
                    item = yield PULL
                    if item is END:
                        self._end_input()
                    elif isinstance(item, InputFailed):
                        self._input_error = item.error
                        self._input_done = self._stopping = True  # finish what is in flight only
                    else:
                        self._add(item)
                    continue
                if self._finished():
                    break
                finished: list[Finished] = yield Wait(self._wake_in(self._clock()))
                for each in finished:
                    self._complete(each, self._clock())
            self._abandon()
            if self._input_error is not None:
                raise self._input_error
            return self.result
        finally:
            self._close()

    # --- input and planning ----------------------------------------------------------------

    def _wants_input(self) -> bool:
        return not (self._input_done or self._stopping) and self._open < self._window

    def _end_input(self) -> None:
        self._input_done = True
        self._flush_batch()

    def _add(self, item: Any) -> None:
        index = self._next_index
        self._next_index += 1
        self.result.total += 1
        size = self.options.batch_size
        if index in self._done:
            self._done.discard(index)  # the set shrinks as the resumed run passes it
            self.result.skipped += 1
        else:
            self._plan_item(index, item)
        if self.options.batched and index % size == size - 1:  # a grid slot is complete
            self._flush_batch()

    def _plan_item(self, index: int, item: Any) -> None:
        try:
            item_id, body, own_key = split_item(self.options.kind, item)
        except ConfigurationError as exc:
            self._record([BulkOutcome(index, error=exc)], release=0)
            return
        self._open += 1
        if self.options.batched and own_key is None:
            self._building.append((index, body))
            return
        # An item's own key goes out on a call of its own: a batch key cannot carry it, and
        # only a single call under that key is exactly-once whatever batch, run id or
        # neighbours the item would have had (and a repeated own key is a conflict).
        key = own_key or item_key(self.run_id, index)
        args, kwargs = call_arguments(self.options.kind, item_id, body, key)
        self._ready.append(Job((index,), key, args, kwargs))

    def _flush_batch(self) -> None:
        if not self._building:
            return
        indexes = tuple(i for i, _ in self._building)
        key = batch_key(self.run_id, indexes[0], len(indexes))
        kwargs = {"items": [body for _, body in self._building], "idempotency_key": key}
        if self.options.minimal:
            kwargs["prefer"] = MINIMAL
        self._ready.append(Job(indexes, key, (), kwargs, batch=True))
        self._building = []

    def _split(self, job: Job) -> None:
        """Requeue the halves of a batch the client refused to build (nothing was sent).

        One malformed item makes the whole request body invalid; halving isolates it
        in about log2(batch_size) local attempts, and the other items still go out
        in batches. A lone item's refusal is its outcome.
        """
        half = len(job.indexes) // 2
        for part in (slice(half, None), slice(0, half)):  # appendleft: first half first
            indexes = job.indexes[part]
            key = split_key(self.run_id, indexes)
            kwargs = {**job.kwargs, "items": job.kwargs["items"][part], "idempotency_key": key}
            self._ready.appendleft(replace(job, indexes=indexes, key=key, kwargs=kwargs))

    # --- scheduling ------------------------------------------------------------------------

    def _next_job(self, now: float) -> Job | None:
        if self._stopping:
            return None
        while self._delayed and self._delayed[0][0] <= now:
            self._ready.appendleft(heapq.heappop(self._delayed)[2])
        if not self._ready or self._in_flight >= self._aimd.capacity(now):
            return None
        self._in_flight += 1
        return self._ready.popleft()

    def _finished(self) -> bool:
        if self._in_flight:
            return False
        if self._stopping:
            return True
        return self._input_done and not (self._ready or self._delayed or self._building)

    def _wake_in(self, now: float) -> float | None:
        times = [self._delayed[0][0]] if self._delayed else []
        if self._ready and now < self._aimd.paused_until:
            times.append(self._aimd.paused_until)
        if not times:
            return None
        return max(0.0, min(times) - now)

    # --- completions -----------------------------------------------------------------------

    def _complete(self, finished: Finished, now: float) -> None:
        self._in_flight -= 1
        job = finished.job
        if finished.error is None:
            self._aimd = self._aimd.on_success()
            if job.batch:
                unseen, outcomes = batch_outcomes(job.indexes, finished.value, self._sink.sees_successes)
                self._record(outcomes, release=len(job.indexes), unseen=unseen)
            else:
                self._record([BulkOutcome(job.indexes[0], value=finished.value)], release=1)
            return
        if job.batch and len(job.indexes) > 1 and isinstance(finished.error, ConfigurationError):
            self._split(job)  # raised while building the request: never sent
            return
        error = to_stateset_error(finished.error)
        self._errors[type(error).__name__] += 1
        attempt = job.attempt + 1
        if is_transient(error) and attempt < self.options.max_attempts and not self._stopping:
            if isinstance(error, RateLimitError):
                self._aimd = self._aimd.on_throttle(now, error.retry_after)
            self.result.retries += 1
            retry = replace(job, attempt=attempt)
            heapq.heappush(self._delayed, (now + retry_delay(attempt, error), next(self._seq), retry, error))
            self._progress()
            return
        self._record([BulkOutcome(i, error=error) for i in job.indexes], release=len(job.indexes))

    def _record(self, outcomes: list[BulkOutcome[T]], release: int, unseen: list[int] | None = None) -> None:
        """Route ``outcomes``; ``unseen``: items that succeeded with no outcome made (none is wanted)."""
        succeeded = unseen or []
        self._sink.add_successes(len(succeeded))
        for outcome in outcomes:
            self._sink.add(outcome)
            if outcome.ok:
                succeeded.append(outcome.index)
            elif self.options.on_error == "stop":
                self._stopping = True
        self._open -= release
        if succeeded and self._checkpoint is not None:
            self._checkpoint.record(succeeded)
        self._progress()

    def _abandon(self) -> None:
        # On stop, retries that were waiting count as failed with their last error;
        # items never sent are neither (resume with the checkpoint to send them).
        for _, _, job, error in self._delayed:
            for index in job.indexes:
                self._sink.add(BulkOutcome(index, error=error))
        self._delayed.clear()
        self.result.stopped = self._stopping

    # --- reporting -------------------------------------------------------------------------

    def _snapshot(self, final: bool = False) -> BulkProgress:
        result = self.result
        elapsed = self._clock() - self._started
        processed = result.succeeded + result.failed
        return BulkProgress(
            done=processed + result.skipped,
            succeeded=result.succeeded,
            failed=result.failed,
            skipped=result.skipped,
            total=self.options.total,
            elapsed=elapsed,
            rate=processed / elapsed if elapsed > 0 else 0.0,
            retries=result.retries,
            errors=dict(self._errors),
            concurrency=self._aimd.capacity(float("inf")),
            final=final,
        )

    def _progress(self) -> None:
        if self._reporter is not None:
            self._reporter.update(self._snapshot())

    def _close(self) -> None:
        self.result.elapsed = self._clock() - self._started
        try:
            if self._reporter is not None:
                self._reporter.close(self._snapshot(final=True))
        finally:
            self._sink.close()
            if self._checkpoint is not None:
                self._checkpoint.close()

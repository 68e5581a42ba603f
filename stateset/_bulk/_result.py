"""What a bulk run returns: per-item outcomes and the run's totals."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any, Generic, Literal, TypeVar

import httpx
from stateset_client.types import Unset

from .._errors import APIStatusError, ConfigurationError, StatesetError, status_error_from_response

__all__ = ["BulkOutcome", "BulkResult", "OutcomeSink", "batch_outcomes"]

T = TypeVar("T")

Retain = Literal["failures", "all", "none"]


@dataclass(frozen=True)
class BulkOutcome(Generic[T]):
    """The outcome of one input item.

    ``index`` is the item's position in the input. On success ``id`` is the id of the
    created or changed object (when it has one) and ``value`` what the API returned for
    it: e.g. the created ``OrderResponse``; ``None`` for deletes, and for batch creates
    whose successes the run neither keeps nor streams (see :func:`run_bulk`), which ask
    the API for ids only. On failure ``error`` is the typed :class:`~stateset.StatesetError`.
    """

    index: int
    value: T | None = None
    error: StatesetError | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        if self.id is None and self.value is not None:
            object.__setattr__(self, "id", _id_of(self.value))

    @property
    def ok(self) -> bool:
        """True when the item succeeded."""
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe summary (what ``outcomes_path=`` writes per line)."""
        if self.error is None:
            return {"index": self.index, "ok": True, "id": self.id}
        doc: dict[str, Any] = {"index": self.index, "ok": False, "error": type(self.error).__name__}
        if isinstance(self.error, APIStatusError):
            doc.update(status=self.error.status_code, message=self.error.message, details=self.error.details)
        else:
            doc["message"] = str(self.error)
        return doc


def batch_outcomes(
    indexes: tuple[int, ...], value: Any, keep_successes: bool = True
) -> tuple[list[int], list[BulkOutcome[Any]]]:
    """The outcome of each item of a batch call, from its ``{"results": [...]}`` answer.

    ``indexes`` are the batch's input positions; a result's ``index`` is its position in
    the batch. A result with an error (or a status of 400 or more) is typed exactly like
    the same error on a single call; an item the answer does not mention has failed.
    Returns ``(unseen, outcomes)``: without ``keep_successes``, successful items are
    only listed in ``unseen`` (by input index), and ``outcomes`` holds the failures.
    """
    found: dict[int, BulkOutcome[Any] | StatesetError | None] = {}
    for entry in _field(value, "results") or ():
        position, status, error, ident, data = _fields(entry, _RESULT_FIELDS)
        if not isinstance(position, int) or not 0 <= position < len(indexes):
            continue
        if error is not None or (isinstance(status, int) and status >= 400):
            found[position] = BulkOutcome(indexes[position], error=_item_error(status, error))
        elif keep_successes:
            found[position] = BulkOutcome(indexes[position], data, id=None if ident is None else str(ident))
        else:
            found[position] = None
    missing = StatesetError("the batch response has no result for this item")
    unseen: list[int] = []
    outcomes: list[BulkOutcome[Any]] = []
    for position, index in enumerate(indexes):
        outcome = found.get(position, missing)
        if outcome is None:
            unseen.append(index)
        else:
            outcomes.append(BulkOutcome(index, error=outcome) if isinstance(outcome, StatesetError) else outcome)
    return unseen, outcomes


_RESULT_FIELDS = ("index", "status", "error", "id", "data")
_MAPPING: dict[type, bool] = {}  # per class: read with .get (a mapping) or getattr (a model)


def _fields(obj: Any, names: tuple[str, ...]) -> list[Any]:
    """Read fields of a generated model or a plain mapping; UNSET reads as None."""
    cls = type(obj)
    mapping = _MAPPING.get(cls)
    if mapping is None:  # isinstance on an ABC is slow, and a batch answer has a hundred entries
        mapping = _MAPPING[cls] = isinstance(obj, Mapping)
    values = [obj.get(n) for n in names] if mapping else [getattr(obj, n, None) for n in names]
    return [None if type(v) is Unset else v for v in values]


def _field(obj: Any, name: str) -> Any:
    """One field of a generated model or a plain mapping (see :func:`_fields`)."""
    return _fields(obj, (name,))[0]


def _item_error(status: Any, error: Any) -> StatesetError:
    """Type a per-item batch error exactly like the same error on a single call."""
    doc = error.to_dict() if hasattr(error, "to_dict") else error
    body = dict(doc) if isinstance(doc, Mapping) else {"message": str(doc)}
    code = status if isinstance(status, int) and status >= 400 else 500
    return status_error_from_response(httpx.Response(code, json=body))


def _id_of(value: Any) -> str | None:
    """The ``id`` of a returned model or mapping, as text (None if it has none)."""
    found = value.get("id") if isinstance(value, Mapping) else getattr(value, "id", None)
    return None if found is None or isinstance(found, Unset) else str(found)


@dataclass
class BulkResult(Generic[T]):
    """The totals of a bulk run, with its failures and (optionally) every outcome.

    By default only failed outcomes stay in memory, so a run of millions of items costs
    no more than its failures; pass ``on_item=`` or ``outcomes_path=`` to stream every
    outcome, or ``retain="all"`` to keep them all for :meth:`outcomes`.
    """

    run_id: str
    #: Items that succeeded in this run.
    succeeded: int = 0
    #: Items that failed in this run (see :attr:`failures`).
    failed: int = 0
    #: Items skipped because the checkpoint says an earlier run completed them.
    skipped: int = 0
    #: Input items read (with ``on_error="stop"``, some may be neither done nor failed).
    total: int = 0
    #: Seconds the run took.
    elapsed: float = 0.0
    #: Calls resent by the bulk engine after a transient error (429, 5xx, network).
    retries: int = 0
    #: True when ``on_error="stop"`` ended the run early.
    stopped: bool = False
    #: Failed outcomes, in completion order (empty with ``retain="none"``).
    failures: list[BulkOutcome[T]] = field(default_factory=list)
    _successes: list[BulkOutcome[T]] = field(default_factory=list, repr=False)

    @property
    def rate(self) -> float:
        """Items processed (succeeded + failed) per second."""
        return (self.succeeded + self.failed) / self.elapsed if self.elapsed > 0 else 0.0

    def outcomes(self) -> Iterator[BulkOutcome[T]]:
        """Iterate the retained outcomes in input order (failures only, unless ``retain="all"``)."""
        return iter(sorted([*self.failures, *self._successes], key=lambda o: o.index))

    def raise_for_failures(self) -> None:
        """Raise the error of the first retained failed item, if any (for callers who want an exception)."""
        if self.failures:
            first = min(self.failures, key=lambda o: o.index)
            assert first.error is not None
            raise first.error


class OutcomeSink(Generic[T]):
    """Route each outcome to the result, the ``on_item`` callback and the JSONL file."""

    def __init__(
        self,
        result: BulkResult[T],
        retain: Retain,
        on_item: Callable[[BulkOutcome[T]], None] | None,
        outcomes_path: str | os.PathLike[str] | None,
    ) -> None:
        self._result = result
        self._retain = retain
        self._on_item = on_item
        self._file: IO[str] | None = None
        if outcomes_path:
            try:
                self._file = open(outcomes_path, "a", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                reason = exc.strerror or exc
                raise ConfigurationError(f"cannot write outcomes to {os.fspath(outcomes_path)}: {reason}") from exc

    @property
    def sees_successes(self) -> bool:
        """Whether a successful outcome goes anywhere (kept, a callback or the file)."""
        return self._retain == "all" or self._on_item is not None or self._file is not None

    def add_successes(self, count: int) -> None:
        """Count successes that no one sees (so none was built)."""
        self._result.succeeded += count

    def add(self, outcome: BulkOutcome[T]) -> None:
        """Count and route one outcome."""
        if outcome.ok:
            self._result.succeeded += 1
            if self._retain == "all":
                self._result._successes.append(outcome)
        else:
            self._result.failed += 1
            if self._retain != "none":
                self._result.failures.append(outcome)
        if self._file is not None:
            self._file.write(json.dumps(outcome.to_json(), default=str) + "\n")
        if self._on_item is not None:
            self._on_item(outcome)

    def close(self) -> None:
        """Close the JSONL file."""
        if self._file is not None:
            self._file.close()
            self._file = None

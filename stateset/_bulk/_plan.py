"""Pure decisions of a bulk run: idempotency keys, call arguments, batching and retries.

Nothing here does I/O or reads a clock, so every rule is a unit-testable function.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .._errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    StatesetError,
)

__all__ = [
    "KEY_FIELD",
    "Job",
    "Kind",
    "batch_key",
    "call_arguments",
    "is_transient",
    "item_key",
    "new_run_id",
    "retry_delay",
    "split_item",
    "split_key",
    "to_stateset_error",
    "window_size",
]

Kind = Literal["create", "update", "delete"]

#: A mapping item may carry its own idempotency key under this field; it is removed
#: from the body sent to the API and used instead of the derived key.
KEY_FIELD = "idempotency_key"

_KINDS = ("create", "update", "delete")
_BACKOFF_BASE = 0.5
_BACKOFF_CAP = 8.0


@dataclass(frozen=True)
class Job:
    """One call to make: a single item, or one batch of items, with its idempotency key.

    ``indexes`` are input positions; ``args``/``kwargs`` are the exact call arguments, so
    a retry of the job resends the same body with the same key.
    """

    indexes: tuple[int, ...]
    key: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(hash=False)
    batch: bool = False
    attempt: int = 0


def new_run_id() -> str:
    """A fresh random run id (the caller passes ``run_id=`` or a checkpoint to reuse one)."""
    return uuid.uuid4().hex


def item_key(run_id: str, index: int) -> str:
    """The idempotency key of input item ``index`` of run ``run_id``."""
    return f"bulk-{run_id}-{index}"


def batch_key(run_id: str, first: int, size: int) -> str:
    """The idempotency key of a batch starting at input ``first`` with ``size`` items.

    Deterministic, so a retried or resumed batch with the same items replays instead of
    creating them again. The batch grid is fixed (``index // batch_size``) and resumed
    runs only ever send a shrinking subset of a grid slot, so ``(first, size)`` names
    one body per run. Only items without their own idempotency key are batched: an item
    that brings one is sent alone under it (see ``BulkRun._plan_item``).
    """
    return f"bulk-{run_id}-b{first}+{size}"


def split_key(run_id: str, indexes: Sequence[int]) -> str:
    """The idempotency key of part of a batch that the client refused to build.

    A batch with a malformed item is split until that item is alone (see
    ``BulkRun._split``); the parts were never sent under any key. A part's key names its
    exact set of input positions, so no resumed run can send a different body under it.
    """
    digest = hashlib.sha256(",".join(map(str, indexes)).encode()).hexdigest()[:40]
    return f"bulk-{run_id}-s{digest}"


def split_item(kind: Kind, item: Any) -> tuple[str | None, Any, str | None]:
    """Return ``(id, body, own_key)`` for an input item of an operation ``kind``.

    * ``create``: the item is the body (a mapping or a model);
    * ``update``: a mapping with ``"id"`` (the rest is the body) or an ``(id, body)`` pair;
    * ``delete``: an id, or a mapping with ``"id"``.

    A mapping's ``"idempotency_key"`` field is taken out of the body and returned as
    ``own_key``. Raises :class:`ConfigurationError` for an item of the wrong shape.
    """
    if kind not in _KINDS:
        raise ConfigurationError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
    own_key: str | None = None
    if (type(item) is dict or isinstance(item, Mapping)) and KEY_FIELD in item:
        own_key = item[KEY_FIELD]
        if own_key is not None and (not isinstance(own_key, str) or not own_key):
            raise ConfigurationError(f"an item's {KEY_FIELD!r} must be a non-empty string or None, not {own_key!r}")
        item = {k: v for k, v in item.items() if k != KEY_FIELD}
    if kind == "create":
        return None, item, own_key
    if isinstance(item, Mapping):
        if "id" not in item:
            raise ConfigurationError(f"a bulk {kind} item needs an 'id' field")
        rest = {k: v for k, v in item.items() if k != "id"}
        return _item_id(kind, item["id"]), (rest if kind == "update" else None), own_key
    if kind == "update":
        if isinstance(item, tuple) and len(item) == 2:
            return _item_id(kind, item[0]), item[1], own_key
        raise ConfigurationError("a bulk update item is a mapping with 'id' or an (id, body) pair")
    return _item_id(kind, item), None, own_key


def _item_id(kind: Kind, value: Any) -> str:
    """An item's id as text: a non-empty string or an int (never ``None`` sent as "None")."""
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise ConfigurationError(f"a bulk {kind} item's id must be a non-empty string or an int, not {value!r}")
    return str(value)


def call_arguments(kind: Kind, item_id: str | None, body: Any, key: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The ``(args, kwargs)`` of the resource call for one item."""
    if kind == "create":
        return (), {"body": body, "idempotency_key": key}
    if kind == "update":
        return (item_id,), {"body": body, "idempotency_key": key}
    return (item_id,), {"idempotency_key": key}


def window_size(concurrency: int, batch_size: int, batched: bool) -> int:
    """How many input items may be read ahead of completion (bounds memory)."""
    return concurrency * batch_size if batched else 2 * concurrency


def is_transient(error: StatesetError) -> bool:
    """Whether a failed call may succeed when resent with the same key (429, 5xx, 408, network)."""
    if isinstance(error, RateLimitError | InternalServerError | APIConnectionError):
        return True
    return isinstance(error, APIStatusError) and error.status_code == 408


def retry_delay(attempt: int, error: StatesetError) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): the server's hint, else backoff."""
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        return min(max(error.retry_after, 0.0), 60.0)
    return float(min(_BACKOFF_CAP, _BACKOFF_BASE * 2 ** (attempt - 1)))


def to_stateset_error(exc: Exception) -> StatesetError:
    """Return ``exc`` if it is already typed, else wrap it (the original is the ``__cause__``)."""
    if isinstance(exc, StatesetError):
        return exc
    error = StatesetError(f"{type(exc).__name__}: {exc}")
    error.__cause__ = exc
    return error

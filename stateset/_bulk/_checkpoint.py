"""Crash-safe, append-only checkpoint of a bulk run.

The file is JSON lines: a header ``{"stateset_bulk": 1, "run_id": ..., "kind": ...,
"mode": ..., "batch_size": ...}`` and then one array of succeeded input indexes per
completed call. Lines are flushed and fsynced in groups; a torn last line (a crash
mid-write) is ignored and cut off before appending. A file that does not start with a
header is refused, never overwritten. Losing the unsynced tail is safe:
those items are resent with the same idempotency keys and the server replays them.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .._errors import ConfigurationError

__all__ = ["Checkpoint", "CheckpointHeader", "CheckpointState", "parse_checkpoint", "resolve_header"]

_MAGIC = "stateset_bulk"
#: How every header line starts (``CheckpointHeader.to_json``): a torn header is a prefix of it.
_OPENING = json.dumps({_MAGIC: 1})[:-1].encode()
_SYNC_EVERY_ITEMS = 512
_SYNC_EVERY_SECONDS = 0.25


@dataclass(frozen=True)
class CheckpointHeader:
    """What a run must keep identical on resume for its idempotency keys to match."""

    run_id: str
    kind: str
    mode: str
    batch_size: int

    def to_json(self) -> str:
        """The header line (without newline)."""
        return json.dumps(
            {_MAGIC: 1, "run_id": self.run_id, "kind": self.kind, "mode": self.mode, "batch_size": self.batch_size}
        )


@dataclass(frozen=True)
class CheckpointState:
    """A parsed checkpoint: its header, the succeeded indexes, and the valid byte length."""

    header: CheckpointHeader | None
    done: frozenset[int] = field(default_factory=frozenset)
    valid_length: int = 0


def parse_checkpoint(data: bytes) -> CheckpointState:
    """Parse checkpoint bytes; after the header, a last line without newline or unparseable is dropped.

    A file whose first line is not a checkpoint header is refused with
    :class:`ConfigurationError` (so a mistyped ``checkpoint=`` never overwrites it), except
    a lone header torn mid-write, which reads as an empty checkpoint. Any other bad line
    means the file was edited, and is refused too rather than risk resuming the wrong run.
    """
    lines = data.split(b"\n")
    # After the last "\n" is either nothing or an unterminated (torn) line: drop it.
    complete, valid = lines[:-1], len(data) - len(lines[-1])
    if not complete:
        if data and not _is_torn_header(data):
            raise ConfigurationError("not a stateset bulk checkpoint (bad header line)")
        return CheckpointState(None, frozenset(), 0)
    header = _header(complete[0])
    if len(complete) > 1 and not _parses(complete[-1]):  # a torn tail may only follow a header
        valid -= len(complete[-1]) + 1
        complete = complete[:-1]
    done: set[int] = set()
    for number, line in enumerate(complete[1:], start=2):
        value = _load(line)
        if not isinstance(value, list) or not all(isinstance(i, int) for i in value):
            raise ConfigurationError(f"checkpoint line {number} is not a list of indexes")
        done.update(value)
    return CheckpointState(header, frozenset(done), valid)


def _is_torn_header(line: bytes) -> bool:
    """Whether an unterminated first line is what the header writer had begun to write."""
    return _OPENING.startswith(line) or line.startswith(_OPENING)


def _parses(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _load(line: bytes) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return None


def _header(line: bytes) -> CheckpointHeader:
    value = _load(line)
    if not isinstance(value, dict) or value.get(_MAGIC) != 1:
        raise ConfigurationError("not a stateset bulk checkpoint (bad header line)")
    try:
        return CheckpointHeader(str(value["run_id"]), str(value["kind"]), str(value["mode"]), int(value["batch_size"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"checkpoint header is incomplete: {exc}") from None


class Checkpoint:
    """An open checkpoint file: read what is done, then append newly succeeded indexes."""

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], float] = time.monotonic) -> None:
        self.path = Path(path)
        self._clock = clock
        with self._os_errors():
            data = self.path.read_bytes() if self.path.exists() else b""
        try:
            self.state = parse_checkpoint(data)
        except ConfigurationError as exc:
            raise ConfigurationError(f"{self.path}: {exc}") from None
        self._file: IO[str] | None = None
        self._unsynced = 0
        self._last_sync = clock()
        if len(data) != self.state.valid_length:
            with self._os_errors(), self.path.open("r+b") as f:  # cut the torn tail so appends stay line-aligned
                f.truncate(self.state.valid_length)

    def begin(self, header: CheckpointHeader) -> None:
        """Open for appending; write ``header`` if the file has none yet."""
        with self._os_errors():
            self._file = self.path.open("a", encoding="utf-8")
        if self.state.header is None:
            self._file.write(header.to_json() + "\n")
            self.sync()

    @contextlib.contextmanager
    def _os_errors(self) -> Iterator[None]:
        """Report a file that cannot be read or written as a ConfigurationError naming it."""
        try:
            yield
        except OSError as exc:
            raise ConfigurationError(f"cannot use {self.path} as a checkpoint: {exc.strerror or exc}") from exc

    def record(self, indexes: Iterable[int]) -> None:
        """Append one line of succeeded indexes; sync every few hundred items or 0.25 s."""
        assert self._file is not None, "begin() first"
        batch = list(indexes)
        self._file.write(json.dumps(batch, separators=(",", ":")) + "\n")
        self._unsynced += len(batch)
        if self._unsynced >= _SYNC_EVERY_ITEMS or self._clock() - self._last_sync >= _SYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        """Flush and fsync what was recorded so far."""
        assert self._file is not None, "begin() first"
        self._file.flush()
        os.fsync(self._file.fileno())
        self._unsynced = 0
        self._last_sync = self._clock()

    def close(self) -> None:
        """Sync and close (safe to call twice)."""
        if self._file is not None:
            self.sync()
            self._file.close()
            self._file = None


def resolve_header(stored: CheckpointHeader | None, wanted: CheckpointHeader, run_id_given: bool) -> CheckpointHeader:
    """The header to run with: the stored one on resume, after checking it still fits.

    Resuming with another run id, kind, mode or batch size would derive other keys and
    could duplicate what the first run sent, so it is refused.
    """
    if stored is None:
        return wanted
    if run_id_given and wanted.run_id != stored.run_id:
        raise ConfigurationError(f"checkpoint belongs to run {stored.run_id!r}, not {wanted.run_id!r}")
    for name in ("kind", "mode") + (("batch_size",) if wanted.mode == "batch" else ()):
        if getattr(stored, name) != getattr(wanted, name):
            raise ConfigurationError(
                f"checkpoint was written with {name}={getattr(stored, name)!r}; resume with the same "
                f"(got {getattr(wanted, name)!r}) so idempotency keys match"
            )
    return stored

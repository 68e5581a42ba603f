"""Progress of a bulk run: a frozen event, and the reporters that show it.

``progress=True`` draws a ``rich`` bar on a terminal when ``rich`` is installed (the
``cli`` extra), else a one-line counter on stderr; when stderr is not a terminal it
prints a plain line every few seconds. ``progress=callable`` receives every
:class:`BulkProgress` instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from .._errors import ConfigurationError

__all__ = ["BulkProgress", "ProgressReporter", "check_progress", "make_reporter"]

_LINE_INTERVAL = 2.0


@dataclass(frozen=True)
class BulkProgress:
    """A snapshot of a bulk run, handed to progress callbacks after each completed call."""

    #: Items finished in this run (succeeded + failed), plus those skipped on resume.
    done: int
    succeeded: int
    failed: int
    skipped: int
    #: Number of input items, when the input has a length; else None.
    total: int | None
    elapsed: float
    #: Items processed per second in this run.
    rate: float
    #: Calls resent by the engine after a transient error.
    retries: int
    #: Errors seen so far (including retried ones), by exception class name.
    errors: Mapping[str, int]
    #: The adaptive limit on calls in flight.
    concurrency: int
    #: True on the last event of the run.
    final: bool = False

    def line(self) -> str:
        """A short human-readable summary."""
        total = f"/{self.total}" if self.total is not None else ""
        errors = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
        return (
            f"bulk: {self.done}{total} done, {self.succeeded} ok, {self.failed} failed, "
            f"{self.rate:.0f} items/s, {self.retries} retries, concurrency {self.concurrency}"
            + (f" [{errors}]" if errors else "")
        )


class ProgressReporter(Protocol):
    """Receives progress events; ``close`` gets the final one."""

    def update(self, event: BulkProgress) -> None:
        """Show an intermediate event."""

    def close(self, event: BulkProgress) -> None:
        """Show the final event and release the display."""


class _Callback:
    def __init__(self, fn: Callable[[BulkProgress], Any]) -> None:
        self._fn = fn

    def update(self, event: BulkProgress) -> None:
        self._fn(event)

    def close(self, event: BulkProgress) -> None:
        self._fn(event)


class _Line:
    """A counter on stderr: redrawn in place on a terminal, a line every 2 s otherwise."""

    def __init__(self, stream: TextIO, tty: bool) -> None:
        self._stream = stream
        self._tty = tty
        self._last: float | None = None

    def update(self, event: BulkProgress) -> None:
        if self._tty:
            self._stream.write("\r" + event.line())
        elif self._last is None or event.elapsed - self._last >= _LINE_INTERVAL:
            self._last = event.elapsed
            self._stream.write(event.line() + "\n")
        self._stream.flush()

    def close(self, event: BulkProgress) -> None:
        self._stream.write(("\r" if self._tty else "") + event.line() + "\n")
        self._stream.flush()


class _Rich:
    def __init__(self, rich_progress: Any, stream: TextIO) -> None:
        from rich.console import Console

        self._bar = rich_progress.Progress(
            *rich_progress.Progress.get_default_columns(),
            rich_progress.TextColumn("{task.fields[info]}"),
            console=Console(file=stream),
            transient=False,
        )
        self._task = self._bar.add_task("bulk", total=None, info="")
        self._bar.start()

    def update(self, event: BulkProgress) -> None:
        info = f"{event.failed} failed, {event.rate:.0f}/s, {event.retries} retries"
        self._bar.update(self._task, completed=event.done, total=event.total, info=info)

    def close(self, event: BulkProgress) -> None:
        self.update(event)
        self._bar.stop()


def check_progress(progress: object) -> None:
    """Raise :class:`~stateset.ConfigurationError` unless ``progress`` is a bool, None or a callable."""
    if not (progress is None or isinstance(progress, bool) or callable(progress)):
        raise ConfigurationError(
            f"progress must be True, False, None or a callable, not {type(progress).__name__} ({progress!r})"
        )


def make_reporter(
    progress: bool | Callable[[BulkProgress], Any], stream: TextIO | None = None
) -> ProgressReporter | None:
    """The reporter for a ``progress=`` argument (None when progress is off; see :func:`check_progress`)."""
    check_progress(progress)
    if progress is False or progress is None:
        return None
    if callable(progress):
        return _Callback(progress)
    out = stream if stream is not None else sys.stderr
    tty = _isatty(out)
    if tty:
        try:
            import rich.progress
        except ImportError:
            return _Line(out, tty=True)
        return _Rich(rich.progress, out)
    return _Line(out, tty=False)


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False

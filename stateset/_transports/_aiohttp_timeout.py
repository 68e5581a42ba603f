"""aiohttp's per-read timeout (``sock_read``) on one timer per connection, not one per read.

aiohttp restarts its read timer on every chunk it receives: it cancels one asyncio timer
and schedules another, two or three times per request. asyncio keeps timers as Python
objects in a heap ordered by a Python ``__lt__``, so this cost the aiohttp backend more
than all of its own per-request work (callgrind, ``orders.get`` at 50 in flight: about
32k of 546k instructions per request).

`lazy_read_timeout` keeps aiohttp's rule (a read fails after ``sock_read`` seconds
without data) with a deadline: each chunk moves it forward, and one timer, when it fires
before the deadline, re-arms itself for it. Stopping the timeout clears the deadline and
lets the timer lapse; a connection that closes cancels it.

This replaces aiohttp's protocol class in a connector only where aiohttp is built as
this module expects, checked once: the connector makes its protocols with
``functools.partial(ResponseHandler, loop=...)``; in aiohttp's source only the two
methods replaced here (and ``__init__``) touch the timer; and aiohttp's own
``_reschedule_timeout`` reads the attributes the replacement reads. Elsewhere, and where
the source cannot be read, aiohttp's own timer is kept.
"""

from __future__ import annotations

import ast
import functools
import inspect
import re
import textwrap
from typing import Any

__all__ = ["lazy_read_timeout"]

#: asyncio may run a timer up to its clock resolution early; a deadline this close counts
#: as reached, so an early run fires the timeout instead of re-arming for a moment.
_EARLY = 1e-3
#: The methods that own the read timer's handle in aiohttp's ResponseHandler.
_OWNERS = frozenset({"__init__", "_drop_timeout", "_reschedule_timeout"})
_NEEDED = ("_drop_timeout", "_reschedule_timeout", "_on_read_timeout", "connection_lost")


def lazy_read_timeout(connector: Any) -> bool:
    """Make ``connector`` build protocols with the deadline-based read timeout.

    Returns whether it did; protocols the connector has built already keep their class.
    """
    factory = getattr(connector, "_factory", None)
    handler = _handler_class()
    if handler is None or not isinstance(factory, functools.partial) or factory.args:
        return False
    if factory.func is not handler.__base__ or set(factory.keywords) != {"loop"}:
        return False
    connector._factory = functools.partial(handler, **factory.keywords)
    return True


@functools.cache
def _handler_class() -> type | None:
    """The protocol class with the deadline-based read timeout, or None (aiohttp differs)."""
    from aiohttp.client_proto import ResponseHandler

    if not _timer_owned_by(ResponseHandler, _OWNERS):
        return None

    class LazyReadTimeout(ResponseHandler):
        """aiohttp's response protocol, its read timer re-armed only when it fires."""

        _deadline: float | None = None

        def _reschedule_timeout(self) -> None:
            timeout = self._read_timeout
            if not timeout:
                self._deadline = None
                return
            loop = self._loop
            deadline = self._deadline = loop.time() + timeout
            handle = self._read_timeout_handle
            if handle is None or handle.when() > deadline:  # none yet, or set for a longer timeout
                if handle is not None:
                    handle.cancel()
                self._read_timeout_handle = loop.call_at(deadline, self._on_deadline)

        def _drop_timeout(self) -> None:
            self._deadline = None  # the timer lapses when it fires

        def _on_deadline(self) -> None:
            self._read_timeout_handle = None
            deadline = self._deadline
            if deadline is None:
                return
            if deadline - self._loop.time() > _EARLY:  # data came since it was set
                self._read_timeout_handle = self._loop.call_at(deadline, self._on_deadline)
                return
            self._deadline = None
            self._on_read_timeout()

        def connection_lost(self, exc: BaseException | None) -> None:
            super().connection_lost(exc)
            handle, self._read_timeout_handle = self._read_timeout_handle, None
            if handle is not None:
                handle.cancel()

    return LazyReadTimeout


def _timer_owned_by(cls: type, owners: frozenset[str]) -> bool:
    """True when, in the source of ``cls`` and its aiohttp bases, only ``owners`` touch the timer.

    Also checks that aiohttp's own ``_reschedule_timeout`` reads the attributes the
    replacement reads (the timeout, the loop and the handle).
    """
    if not all(callable(getattr(cls, name, None)) for name in _NEEDED):
        return False
    try:
        reschedule = inspect.getsource(cls._reschedule_timeout)  # type: ignore[attr-defined]
    except (OSError, TypeError):
        return False
    if not all(
        re.search(rf"self\.{name}\b", reschedule) for name in ("_read_timeout", "_loop", "_read_timeout_handle")
    ):
        return False
    for base in cls.__mro__:
        if not base.__module__.startswith("aiohttp."):
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(base)))
        except (OSError, TypeError, SyntaxError):  # no source to check: keep aiohttp's timer
            return False
        others = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name not in owners
        ]
        if any(_touches_timer(node) for node in others):
            return False
    return True


def _touches_timer(function: ast.AST) -> bool:
    return any(isinstance(node, ast.Attribute) and node.attr == "_read_timeout_handle" for node in ast.walk(function))

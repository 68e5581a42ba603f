"""State shared by every client of one backend: stats and single-flight tables."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._protocol import CacheBackend
from ._serialization import Entry
from ._stats import Recorder

if TYPE_CHECKING:
    import asyncio

__all__ = ["Inline", "shared_state"]


@attrs.define
class _Flight:
    """One in-progress upstream fetch that concurrent identical misses wait for."""

    done: threading.Event = attrs.field(factory=threading.Event)
    entry: Entry | None = None


class _Shared:
    """Per-backend state shared by every client (and ``with_options`` copy) using it."""

    def __init__(self) -> None:
        self.recorder = Recorder()
        self.lock = threading.Lock()
        self.flights: dict[str, _Flight] = {}
        self.aflights: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Future[Entry | None]]]
        self.aflights = weakref.WeakKeyDictionary()

    def join(self, key: str) -> tuple[_Flight, bool]:
        with self.lock:
            flight = self.flights.get(key)
            if flight is not None:
                return flight, False
            flight = self.flights[key] = _Flight()
            return flight, True

    def leave(self, key: str, flight: _Flight) -> None:
        with self.lock:
            self.flights.pop(key, None)
        flight.done.set()

    def ajoin(self, key: str) -> tuple[asyncio.Future[Entry | None], bool]:
        import asyncio  # lazy: `import stateset` stays free of asyncio (a no-op here: a loop runs)

        loop = asyncio.get_running_loop()
        with self.lock:
            table = self.aflights.setdefault(loop, {})
        future = table.get(key)
        if future is not None:
            return future, False
        future = table[key] = loop.create_future()
        return future, True

    def aleave(self, key: str, future: asyncio.Future[Entry | None], entry: Entry | None) -> None:
        import asyncio

        self.aflights.get(asyncio.get_running_loop(), {}).pop(key, None)
        if not future.done():
            future.set_result(entry)


_shared_by_backend: weakref.WeakKeyDictionary[Any, _Shared] = weakref.WeakKeyDictionary()
_shared_lock = threading.Lock()


def shared_state(backend: object) -> _Shared:
    """The stats and single-flight tables of ``backend``."""
    with _shared_lock:
        try:
            found = _shared_by_backend.get(backend)
            if found is None:
                found = _shared_by_backend[backend] = _Shared()
        except TypeError:  # not weak-referenceable (__slots__): state per client instead
            found = _Shared()
        return found


class Inline:
    """Run a non-blocking sync backend (e.g. MemoryCache) from async code."""

    def __init__(self, backend: CacheBackend) -> None:
        self._b = backend

    async def get(self, key: str) -> bytes | None:
        return self._b.get(key)

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return self._b.get_many(keys)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        self._b.set(key, value, ttl)

    async def delete(self, key: str) -> None:
        self._b.delete(key)

    async def incr(self, key: str, ttl: float) -> int:
        return self._b.incr(key, ttl)

"""Usage counters and the failure policy of the cache: count, log rarely, back off."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from .._instrumentation import logger

__all__ = ["CacheStats", "OperationStats", "Recorder"]

#: A failing backend is logged at most once per this many seconds.
ERROR_LOG_INTERVAL = 30.0
#: After a backend error, skip the backend for this long (calls go straight to the API),
#: so an unreachable Redis costs one timeout per interval, not one per call.
BACKOFF_AFTER_ERROR = 1.0


@attrs.frozen
class OperationStats:
    """Cache usage of one operation (its operationId, e.g. ``get_order``)."""

    hits: int
    misses: int


@attrs.frozen
class CacheStats:
    """A snapshot of a cache's counters, from ``client.cache.stats()``.

    Attributes:
        hits: Calls answered without the API (stored entries and coalesced waits).
        misses: Cacheable calls that went to the API.
        coalesced: Of the hits, calls that waited for a concurrent identical request.
        stores: Responses written to the backend.
        invalidations: Counter bumps from writes and explicit ``invalidate``/``clear``.
        evictions: Entries the backend dropped to make room (memory backend).
        errors: Backend failures, each answered by the API instead.
        rejected: Stored values discarded as malformed, forged or expired.
        operations: Hits and misses per operationId.
    """

    hits: int = 0
    misses: int = 0
    coalesced: int = 0
    stores: int = 0
    invalidations: int = 0
    evictions: int = 0
    errors: int = 0
    rejected: int = 0
    operations: Mapping[str, OperationStats] = attrs.field(factory=lambda: MappingProxyType({}))

    @property
    def hit_ratio(self) -> float:
        """The share of cacheable calls served without the API: hits / (hits + misses), or 0.0."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


_FIELDS = ("stores", "invalidations", "errors", "rejected")


class Recorder:
    """The mutable counters behind :class:`CacheStats`, shared by clients of one backend."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(_FIELDS, 0)
        # [hits, misses, coalesced] per operationId (None: requests without one); the
        # totals are their sums, so counting a lookup is one increment.
        self._ops: dict[str | None, list[int]] = {}
        self._last_log = -ERROR_LOG_INTERVAL
        self.down_until = 0.0

    def add(self, field: str, n: int = 1) -> None:
        """Add ``n`` to one counter."""
        with self._lock:
            self._counts[field] += n

    def lookup(self, operation: str | None, hit: bool, coalesced: bool = False) -> None:
        """Count one cacheable call as a hit or a miss, overall and per operation."""
        with self._lock:
            per = self._ops.get(operation)
            if per is None:
                per = self._ops[operation] = [0, 0, 0]
            per[0 if hit else 1] += 1
            if coalesced:
                per[2] += 1

    def failed(self, exc: BaseException, what: str) -> None:
        """Count a backend failure, log it (throttled) and back off the backend briefly."""
        now = time.monotonic()
        with self._lock:
            self._counts["errors"] += 1
            self.down_until = now + BACKOFF_AFTER_ERROR
            quiet = now - self._last_log < ERROR_LOG_INTERVAL
            if not quiet:
                self._last_log = now
        if not quiet:
            logger.warning(
                "stateset cache backend failed during %s (%s: %s); answering from the API. "
                "Further failures are counted in client.cache.stats() and logged at most every %.0f s.",
                what,
                type(exc).__name__,
                exc,
                ERROR_LOG_INTERVAL,
            )

    def available(self) -> bool:
        """False while backing off after a failure."""
        return self.down_until == 0.0 or time.monotonic() >= self.down_until

    def snapshot(self, evictions: int) -> CacheStats:
        """Freeze the counters."""
        with self._lock:
            named = sorted((name, per) for name, per in self._ops.items() if name is not None)
            ops = {name: OperationStats(hits=per[0], misses=per[1]) for name, per in named}
            hits, misses, coalesced = (sum(per[i] for per in self._ops.values()) for i in range(3))
            return CacheStats(
                hits=hits,
                misses=misses,
                coalesced=coalesced,
                **self._counts,
                evictions=evictions,
                operations=MappingProxyType(ops),
            )

    def reset(self) -> None:
        """Zero every counter."""
        with self._lock:
            self._counts = dict.fromkeys(_FIELDS, 0)
            self._ops = {}

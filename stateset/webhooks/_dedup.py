"""Drop duplicate deliveries: the ``DedupStore`` protocol and its in-memory store.

Senders retry until they see a 2xx, and an attacker who captured a request
can replay it inside the timestamp tolerance, so the same message can arrive
more than once. A store remembers message keys in two states:

* **claimed** (a short *lease*): a worker is running the handlers right now;
  any other delivery of the key is refused as ``IN_PROGRESS``;
* **done** (a long *ttl*): the handlers succeeded; later deliveries are
  ``DUPLICATE`` and skipped.

``WebhookRouter`` claims a key before running handlers, marks it done only
after every handler returned, and releases the claim if one raised, so that a
redelivery runs the handlers again. Set ``lease`` above your slowest handler:
once it lapses another worker may claim the same key.
"""

from __future__ import annotations

import enum
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from stateset.webhooks._event import WebhookEvent

DEFAULT_TTL = 3 * 24 * 3600.0
"""Seconds a processed key is remembered: longer than a sender's retry schedule."""

DEFAULT_LEASE = 60.0
"""Seconds a claim lasts if its worker dies without completing or releasing it."""


class ClaimStatus(enum.Enum):
    """What ``DedupStore.claim`` found."""

    ACQUIRED = "acquired"
    """The caller now holds the claim and must ``complete`` or ``release`` it."""
    DUPLICATE = "duplicate"
    """The key was already processed successfully."""
    IN_PROGRESS = "in_progress"
    """Another worker holds a live claim on the key."""


@runtime_checkable
class DedupStore(Protocol):
    """Where processed (and in-flight) webhook message keys are remembered.

    Implementations must make ``claim`` atomic: of any number of concurrent
    callers for one key, exactly one gets ``ClaimStatus.ACQUIRED``.
    """

    def claim(self, key: str) -> ClaimStatus:
        """Try to take the key for processing (a lease that expires)."""
        ...

    def complete(self, key: str) -> None:
        """Mark the key processed, remembered for the store's ttl."""
        ...

    def release(self, key: str) -> None:
        """Drop a claim after a failure so that a redelivery can run; keeps a done key."""
        ...


@runtime_checkable
class AsyncDedupStore(Protocol):
    """The ``async`` twin of ``DedupStore``, for ``WebhookRouter.handle_async``."""

    async def claim(self, key: str) -> ClaimStatus:
        """Try to take the key for processing (a lease that expires)."""
        ...

    async def complete(self, key: str) -> None:
        """Mark the key processed, remembered for the store's ttl."""
        ...

    async def release(self, key: str) -> None:
        """Drop a claim after a failure so that a redelivery can run; keeps a done key."""
        ...


def dedup_key(event: WebhookEvent, body: bytes) -> str:
    """Return the key that identifies one message across its deliveries.

    * Standard Webhooks: the signed ``webhook-id`` (the same on every retry);
    * Stateset scheme (no message id): the event's JSON ``id``;
    * neither: a SHA-256 of the signed timestamp and body, which still
      catches a replay of the very same request.

    Each kind has its own prefix (``m:``, ``e:``, ``h:``) so they never collide.
    """
    if event.msg_id is not None:
        return "m:" + event.msg_id
    own_id = event.raw.get("id")
    if isinstance(own_id, str) and own_id:
        return "e:" + own_id
    digest = hashlib.sha256(event.timestamp.isoformat().encode("ascii") + b"." + body)
    return "h:" + digest.hexdigest()


def check_durations(ttl: float, lease: float) -> None:
    """Raise ``ValueError`` unless both durations are positive, finite seconds."""
    for name, value in (("ttl", ttl), ("lease", lease)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number of seconds")
        if not 0 < value < float("inf"):
            raise ValueError(f"{name} must be a positive, finite number of seconds")


class MemoryDedupStore:
    """A thread-safe, bounded, in-process ``DedupStore``.

    Good for a single process (and for tests). Several processes or hosts
    need a shared store such as ``RedisDedupStore``.

    Args:
        ttl: Seconds a processed key is remembered.
        lease: Seconds a claim lasts if never completed or released.
        max_entries: Upper bound on remembered keys; beyond it expired keys
            are purged, then the least recently written ones are forgotten.
        clock: Monotonic seconds; inject a fake one in tests.

    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_TTL,
        lease: float = DEFAULT_LEASE,
        max_entries: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_durations(ttl, lease)
        if isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1:
            raise ValueError("max_entries must be a positive int")
        self._ttl = float(ttl)
        self._lease = float(lease)
        self._max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        # key -> (done, expires_at), oldest write first
        self._entries: OrderedDict[str, tuple[bool, float]] = OrderedDict()

    def __repr__(self) -> str:
        return f"<MemoryDedupStore entries={len(self)} max_entries={self._max_entries}>"

    def __len__(self) -> int:
        """Return how many keys are held, expired ones included until purged."""
        with self._lock:
            return len(self._entries)

    def __bool__(self) -> bool:
        """Always true, even when empty, so ``dedup or default`` keeps the store."""
        return True

    def claim(self, key: str) -> ClaimStatus:
        """Take ``key`` for ``lease`` seconds unless it is done or claimed."""
        with self._lock:
            now = self._clock()
            entry = self._entries.get(key)
            if entry is not None and entry[1] > now:
                return ClaimStatus.DUPLICATE if entry[0] else ClaimStatus.IN_PROGRESS
            self._write(key, False, now + self._lease, now)
            return ClaimStatus.ACQUIRED

    def complete(self, key: str) -> None:
        """Remember ``key`` as processed for ``ttl`` seconds."""
        with self._lock:
            now = self._clock()
            self._write(key, True, now + self._ttl, now)

    def release(self, key: str) -> None:
        """Forget a claim on ``key``; a processed key stays remembered."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and not entry[0]:
                del self._entries[key]

    def _write(self, key: str, done: bool, expires_at: float, now: float) -> None:
        self._entries[key] = (done, expires_at)
        self._entries.move_to_end(key)
        if len(self._entries) <= self._max_entries:
            return
        for stale in [k for k, (_, expires) in self._entries.items() if expires <= now]:
            del self._entries[stale]
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)

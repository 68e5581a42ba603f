"""An in-process, thread-safe LRU backend with per-entry expiry."""

from __future__ import annotations

import random
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping, Sequence

from .._checks import integer
from ._keys import MISSING_GENERATION, key_of_texts
from ._protocol import DEFAULT_MAX_ENTRY_BYTES, DEFAULT_TTL, CacheSettings
from ._serialization import DecodedEntry, encode_entry

__all__ = ["MemoryCache"]


class MemoryCache:
    """Cache responses in this process's memory (a :class:`CacheBackend`).

    ::

        client = Stateset(cache=MemoryCache(ttl=60, max_entries=10_000))

    Least-recently-used entries are evicted beyond ``max_entries``. Invalidation
    counters are kept apart from entries, so eviction never loses one. Works with both
    ``Stateset`` and ``AsyncStateset`` (it never blocks). See :class:`CacheSettings`
    for the other keywords.
    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_TTL,
        max_entries: int = 10_000,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        signing_key: bytes | str | None = None,
        also_invalidate: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        integer(max_entries, "max_entries", 1)
        #: The settings the cache layer applies to this backend's entries.
        self.settings = CacheSettings(
            ttl=ttl,
            max_entry_bytes=max_entry_bytes,
            signing_key=signing_key,
            prefix="",
            also_invalidate=also_invalidate,
        )
        self.max_entries = max_entries
        #: Entries dropped to stay within ``max_entries``.
        self.evictions = 0
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, bytes | DecodedEntry]] = OrderedDict()
        # Counters keep their value as text: that is how they go into entry keys.
        self._counters: dict[str, tuple[float, str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<MemoryCache entries={len(self._entries)}/{self.max_entries} ttl={self.settings.ttl}>"

    def _read(self, key: str, now: float) -> bytes | DecodedEntry | None:
        item = self._entries.get(key)
        if item is not None:
            if item[0] <= now:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return item[1]
        counter = self._counters.get(key)
        if counter is None or counter[0] <= now:
            return None
        return counter[1].encode()

    def _as_bytes(self, key: str, value: bytes | DecodedEntry | None) -> bytes | None:
        if isinstance(value, DecodedEntry):
            return encode_entry(value.entry, key, self.settings.signing_key)
        return value

    def get(self, key: str) -> bytes | None:
        """Return the live value of ``key``, or None."""
        now = time.monotonic()
        with self._lock:
            value = self._read(key, now)
        return self._as_bytes(key, value)

    def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Return the live values of ``keys``, in order."""
        now = time.monotonic()
        with self._lock:
            values = [self._read(key, now) for key in keys]
        return [self._as_bytes(key, value) for key, value in zip(keys, values, strict=True)]

    def lookup(self, counters: Sequence[str], base: str) -> tuple[str, bytes | DecodedEntry | None]:
        """Read the generations and the entry they select, under one lock (the layer's hit path).

        The value is the stored bytes, or their decoded form once :meth:`keep_decoded`
        has replaced them.
        """
        now = time.monotonic()
        with self._lock:
            texts = []
            for name in counters:
                counter = self._counters.get(name)
                texts.append(counter[1] if counter is not None and counter[0] > now else MISSING_GENERATION)
            key = key_of_texts(base, texts)
            return key, self._read(key, now)

    def keep_decoded(self, key: str, raw: bytes, decoded: DecodedEntry) -> None:
        """Hold ``key``'s entry decoded from now on, if ``raw`` is still what it stores.

        The stored bytes are dropped for it (the entry keeps its body, and, once a client
        has decoded it, that model too); :meth:`get` still answers bytes (re-encoded).
        """
        with self._lock:
            item = self._entries.get(key)
            if item is not None and item[1] is raw:
                self._entries[key] = (item[0], decoded)

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` for ``ttl`` seconds, evicting the least recently used beyond the limit."""
        with self._lock:
            self._entries[key] = (time.monotonic() + ttl, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
                self.evictions += 1

    def delete(self, key: str) -> None:
        """Remove ``key`` (entry or counter)."""
        with self._lock:
            self._entries.pop(key, None)
            self._counters.pop(key, None)

    def incr(self, key: str, ttl: float) -> int:
        """Add one to counter ``key`` and keep it ``ttl`` seconds more."""
        now = time.monotonic()
        with self._lock:
            expires, text = self._counters.get(key, (now, MISSING_GENERATION))
            value = int(text) + 1 if expires > now else random.getrandbits(48) + 1
            self._counters[key] = (now + ttl, str(value))
            if len(self._counters) > self.max_entries:
                # Expired counters guard nothing: every entry they keyed has expired too.
                self._counters = {k: c for k, c in self._counters.items() if c[0] > now}
            return value

    def clear(self) -> None:
        """Drop every entry and counter."""
        with self._lock:
            self._entries.clear()
            self._counters.clear()

"""What a cache backend must do, and the settings every built-in backend carries.

A backend is a plain byte store with one counter operation. It never sees a request,
a credential or a response object: the transport layer hands it opaque keys and
already-serialized entries, so a backend is easy to write and hard to get wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from .._checks import integer, seconds
from .._errors import ConfigurationError

__all__ = [
    "DEFAULT_MAX_ENTRY_BYTES",
    "DEFAULT_TTL",
    "MAX_TTL",
    "AsyncCacheBackend",
    "CacheBackend",
    "CacheSettings",
]

#: Seconds an entry lives unless the API's ``Cache-Control: max-age`` says less.
DEFAULT_TTL = 60.0
#: Larger response bodies are not cached (1 MiB).
DEFAULT_MAX_ENTRY_BYTES = 1 << 20
#: The longest ``ttl`` accepted (a year): Redis refuses expiries far beyond it.
MAX_TTL = 365 * 24 * 3600.0


@runtime_checkable
class CacheBackend(Protocol):
    """A synchronous byte store for cached responses (implement it to plug in your own).

    Keys are ASCII strings; values are opaque bytes. ``ttl`` is in seconds. Errors may
    be raised freely: the cache layer counts and logs them and falls back to the API.

    ``incr`` drives invalidation (see ``stateset.cache``). It must be atomic across
    every process that shares the store, keep the counter for ``ttl`` seconds (refreshed
    on each increment), and start a missing counter from an unpredictable value (e.g.
    ``random.getrandbits(48)``), so a counter that expired never repeats an old value.
    """

    def get(self, key: str) -> bytes | None:
        """Return the value stored under ``key``, or None."""
        ...

    def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Return the values of ``keys`` in order (None for each missing one)."""
        ...

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds."""
        ...

    def delete(self, key: str) -> None:
        """Remove ``key`` if present."""
        ...

    def incr(self, key: str, ttl: float) -> int:
        """Atomically add one to the integer counter ``key``; return the new value."""
        ...


@runtime_checkable
class AsyncCacheBackend(Protocol):
    """The asyncio twin of :class:`CacheBackend`: the same methods, awaited."""

    async def get(self, key: str) -> bytes | None:
        """Return the value stored under ``key``, or None."""
        ...

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Return the values of ``keys`` in order (None for each missing one)."""
        ...

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds."""
        ...

    async def delete(self, key: str) -> None:
        """Remove ``key`` if present."""
        ...

    async def incr(self, key: str, ttl: float) -> int:
        """Atomically add one to the integer counter ``key``; return the new value."""
        ...


def _ttl(_: object, attribute: attrs.Attribute[Any], value: float) -> None:
    seconds(value, attribute.name, MAX_TTL)


def _count(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    integer(value, attribute.name, 1)


def _prefix(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    # Keys are ASCII (RedisCache decodes them as such), so a non-ASCII prefix would
    # fail every lookup at request time.
    if not isinstance(value, str) or not value.isascii():
        raise ConfigurationError(f"prefix must be an ASCII string such as 'stateset:', not {value!r}")


def _signing_key(value: bytes | str | None) -> bytes | None:
    if value is None:
        return None
    key = value.encode() if isinstance(value, str) else value
    if not isinstance(key, bytes) or len(key) < 16:
        raise ConfigurationError("signing_key must be at least 16 bytes (e.g. secrets.token_bytes(32))")
    return key


def _collection(value: object, where: str) -> str:
    # The same rule as ``client.cache.invalidate(collection)``: one path segment.
    if not isinstance(value, str) or not value or "/" in value:
        raise ConfigurationError(
            f"also_invalidate: {where} must be a collection name such as 'orders' (a path segment), not {value!r}"
        )
    return value


def _also(value: object) -> Mapping[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            'also_invalidate must be a mapping such as {"payments": ["orders"]}, not ' + type(value).__name__
        )
    also: dict[str, tuple[str, ...]] = {}
    for key, targets in value.items():
        collection = _collection(key, "a key")
        if isinstance(targets, str):
            # {"payments": "orders"} means the one collection; never its characters.
            also[collection] = (_collection(targets, f"the value of {collection!r}"),)
        elif isinstance(targets, Iterable) and not isinstance(targets, bytes | bytearray | Mapping):
            also[collection] = tuple(_collection(t, f"each collection under {collection!r}") for t in targets)
        else:
            raise ConfigurationError(
                f"also_invalidate[{collection!r}] must be a collection name or a list of them, not {targets!r}"
            )
    return also


@attrs.frozen
class CacheSettings:
    """How the cache layer treats entries; the built-in backends take these as keywords.

    Attributes:
        ttl: Longest life of an entry in seconds (a smaller ``max-age`` wins): a finite
            number above 0 and at most a year (``MAX_TTL``).
        max_entry_bytes: Bodies larger than this are not cached (a positive int).
        signing_key: When set, every entry carries an HMAC-SHA256 bound to its key;
            entries that fail the check are misses. Use it with a shared Redis.
        prefix: Prepended to every key the layer writes (namespaces a shared store);
            an ASCII string.
        also_invalidate: Extra collections a write invalidates, e.g.
            ``{"payments": ["orders"]}`` so a payment refreshes cached orders. A
            single name is one collection (``{"payments": "orders"}`` is the same);
            names are path segments as in ``client.cache.invalidate()``. Anything else
            raises :class:`~stateset.ConfigurationError` naming the offending key.
    """

    ttl: float = attrs.field(default=DEFAULT_TTL, validator=_ttl)
    max_entry_bytes: int = attrs.field(default=DEFAULT_MAX_ENTRY_BYTES, validator=_count)
    signing_key: bytes | None = attrs.field(default=None, converter=_signing_key, repr=False)
    prefix: str = attrs.field(default="stateset:", validator=_prefix)
    also_invalidate: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_also)

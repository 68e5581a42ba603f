"""A Redis backend shared by processes: redis-py, loaded lazily, with short timeouts."""

from __future__ import annotations

import math
import random
import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._checks import seconds
from .._errors import ConfigurationError
from .._optional import import_optional
from ._keys import entry_key
from ._protocol import DEFAULT_MAX_ENTRY_BYTES, DEFAULT_TTL, CacheSettings

if TYPE_CHECKING:
    import asyncio

__all__ = ["RedisCache"]

#: Loopback Redis answers in well under a millisecond; a slow one must not slow the API.
DEFAULT_SOCKET_TIMEOUT = 0.1
#: A cache that answers slower than this is worse than none (and sockets overflow far above it).
MAX_SOCKET_TIMEOUT = 60.0
_MAX_GUESSES = 4096

# Atomic "increment, starting a missing counter from a random base, and keep it ttl s".
_INCR = """
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end
local value = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return value
"""


# One round trip per lookup: read the generations, build the entry key exactly as
# stateset.cache._keys.entry_key does, and fetch the entry. (Keys are computed inside
# the script, so it targets a single Redis, not a Redis Cluster.)
_LOOKUP = """
local gens = redis.call('MGET', KEYS[1], KEYS[2], KEYS[3])
local key = ARGV[1]
for i = 1, 3 do key = key .. ':' .. (gens[i] or '0') end
return {key, redis.call('GET', key)}
"""


def _pair(result: Any) -> tuple[str, bytes | None]:
    key, value = result[0], result[1] if len(result) > 1 else None
    return key.decode("ascii"), value


class _Guesses:
    """The entry key each lookup last resolved to, so a repeat lookup can be one MGET.

    A hit then costs the same round trip as the script but a plain command: MGET the
    three counters plus the guessed key. MGET is atomic, so when the counters still
    build the guessed key its value is exactly what the script would have returned;
    otherwise (after an invalidation, in any process) the caller runs the script.
    """

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def get(self, base: str) -> str | None:
        """The key ``base`` resolved to last time, if any."""
        return self._keys.get(base)

    def remember(self, base: str, key: str) -> None:
        """Record what ``base`` resolved to (bounded: forgets everything when full)."""
        if len(self._keys) >= _MAX_GUESSES:
            self._keys.clear()
        self._keys[base] = key

    @staticmethod
    def confirmed(base: str, guess: str, values: Sequence[bytes | None]) -> bool:
        """True when the counters read (all but the last value) still build ``guess``."""
        return entry_key(base, values[:-1]) == guess


def _import_redis() -> Any:
    return import_optional("redis", extra="redis", feature="RedisCache")


def _checked_url(redis: Any, url: object) -> str:
    """Return ``url`` if redis-py can build a connection pool from it (no connection is made)."""
    if not isinstance(url, str):
        raise ConfigurationError(f"url must be a redis://, rediss:// or unix:// URL, not {url!r}")
    try:
        redis.connection.parse_url(url)
    except ValueError as exc:
        # redis-py's messages name the field, never the password; the URL itself may hold one.
        raise ConfigurationError(f"url is not a Redis URL: {exc}") from None
    return url


def _seconds(ttl: float) -> int:
    return max(1, math.ceil(ttl))


class RedisCache:
    """Cache responses in Redis, shared by every process that uses the same ``url``/``prefix``.

    ::

        cache = RedisCache(url="redis://localhost:6379/0", ttl=60, prefix="stateset:")
        client = Stateset(cache=cache)          # redis-py's sync client
        aclient = AsyncStateset(cache=cache)    # redis.asyncio, one pool per event loop

    Needs ``pip install "stateset[redis]"`` (imported when a RedisCache is created, never
    by ``import stateset``). Socket timeouts are short (100 ms) and redis-py's own
    retries are off: when Redis is down or slow, calls go to the API and the failures
    are counted in ``client.cache.stats().errors``.

    Options are checked when the cache is created and raise
    :class:`~stateset.ConfigurationError`: ``url`` must parse as a ``redis://``,
    ``rediss://`` or ``unix://`` URL, ``socket_timeout`` must be seconds above 0 and at
    most 60; see :class:`CacheSettings` for the rest.

    Pass ``signing_key=`` when others can write to the Redis: forged or corrupted entries
    are then rejected. Run Redis with a ``noeviction`` or ``volatile-*`` policy sized so
    it does not evict under load (see the README's Caching section).
    """

    def __init__(
        self,
        url: str = "redis://localhost:6379/0",
        *,
        ttl: float = DEFAULT_TTL,
        prefix: str = "stateset:",
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        signing_key: bytes | str | None = None,
        also_invalidate: Mapping[str, Sequence[str]] | None = None,
        socket_timeout: float = DEFAULT_SOCKET_TIMEOUT,
    ) -> None:
        self._redis = _import_redis()
        # Checked here, not per call: a bad option would otherwise only surface as a
        # cache error on every request, i.e. a cache that is silently off.
        self.url = _checked_url(self._redis, url)
        seconds(socket_timeout, "socket_timeout", MAX_SOCKET_TIMEOUT)
        #: The settings the cache layer applies to this backend's entries.
        self.settings = CacheSettings(
            ttl=ttl,
            max_entry_bytes=max_entry_bytes,
            signing_key=signing_key,
            prefix=prefix,
            also_invalidate=also_invalidate,
        )
        self._options: dict[str, Any] = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": socket_timeout,
            "retry": None,
            "retry_on_timeout": False,
        }
        self._client: Any = None
        self._incr: Any = None
        self._lookup: Any = None
        self._guesses = _Guesses()
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncRedisBackend] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"<RedisCache prefix={self.settings.prefix!r} ttl={self.settings.ttl}>"

    def _sync(self) -> Any:
        if self._client is None:
            self._client = self._redis.Redis.from_url(self.url, **self._options)
            self._incr = self._client.register_script(_INCR)
            self._lookup = self._client.register_script(_LOOKUP)
        return self._client

    def get(self, key: str) -> bytes | None:
        """Return the value of ``key``, or None."""
        value: bytes | None = self._sync().get(key)
        return value

    def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Return the values of ``keys`` (one MGET)."""
        return list(self._sync().mget(keys))

    def lookup(self, counters: Sequence[str], base: str) -> tuple[str, bytes | None]:
        """Read the generations and the entry they select in one round trip.

        One MGET when the generations are unchanged since the last lookup of ``base``,
        else a script (see ``_Guesses``).
        """
        client = self._sync()
        guess = self._guesses.get(base)
        if guess is not None:
            values = client.mget([*counters, guess])
            if self._guesses.confirmed(base, guess, values):
                return guess, values[-1]
        key, value = _pair(self._lookup(keys=list(counters), args=[base]))
        self._guesses.remember(base, key)
        return key, value

    def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` for ``ttl`` seconds."""
        self._sync().set(key, value, px=max(1, int(ttl * 1000)))

    def delete(self, key: str) -> None:
        """Remove ``key``."""
        self._sync().delete(key)

    def incr(self, key: str, ttl: float) -> int:
        """Atomically bump counter ``key`` (one script call)."""
        self._sync()
        return int(self._incr(keys=[key], args=[random.getrandbits(48), _seconds(ttl)]))

    def async_backend(self) -> AsyncRedisBackend:
        """The :class:`AsyncCacheBackend` for the running event loop (one pool per loop)."""
        import asyncio  # lazy: `import stateset` stays free of asyncio

        loop = asyncio.get_running_loop()
        backend = self._async.get(loop)
        if backend is None:
            backend = self._async[loop] = AsyncRedisBackend(self._redis, self.url, self._options, self._guesses)
        return backend

    def close(self) -> None:
        """Close the sync connection pool (async pools: ``await cache.aclose()``)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the running loop's async pool and the sync one."""
        import asyncio

        backend = self._async.pop(asyncio.get_running_loop(), None)
        if backend is not None:
            await backend.aclose()
        self.close()


class AsyncRedisBackend:
    """The redis.asyncio flavour of :class:`RedisCache`, bound to one event loop."""

    def __init__(self, redis: Any, url: str, options: Mapping[str, Any], guesses: _Guesses | None = None) -> None:
        self._client = redis.asyncio.Redis.from_url(url, **options)
        self._guesses = guesses if guesses is not None else _Guesses()
        self._incr = self._client.register_script(_INCR)
        self._lookup = self._client.register_script(_LOOKUP)

    async def lookup(self, counters: Sequence[str], base: str) -> tuple[str, bytes | None]:
        """Read the generations and the entry they select in one round trip (see RedisCache.lookup)."""
        guess = self._guesses.get(base)
        if guess is not None:
            values = await self._client.mget([*counters, guess])
            if self._guesses.confirmed(base, guess, values):
                return guess, values[-1]
        key, value = _pair(await self._lookup(keys=list(counters), args=[base]))
        self._guesses.remember(base, key)
        return key, value

    async def get(self, key: str) -> bytes | None:
        """Return the value of ``key``, or None."""
        value: bytes | None = await self._client.get(key)
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Return the values of ``keys`` (one MGET)."""
        return list(await self._client.mget(keys))

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store ``value`` for ``ttl`` seconds."""
        await self._client.set(key, value, px=max(1, int(ttl * 1000)))

    async def delete(self, key: str) -> None:
        """Remove ``key``."""
        await self._client.delete(key)

    async def incr(self, key: str, ttl: float) -> int:
        """Atomically bump counter ``key`` (one script call)."""
        return int(await self._incr(keys=[key], args=[random.getrandbits(48), _seconds(ttl)]))

    async def aclose(self) -> None:
        """Close this loop's connection pool."""
        await self._client.aclose()

"""Response caching for the Stateset clients: a transport layer plus pluggable backends.

::

    from stateset import MemoryCache, RedisCache, Stateset

    client = Stateset(cache=MemoryCache(ttl=60, max_entries=10_000))
    client.orders.get(order_id)             # from the API, then stored
    client.orders.get(order_id)             # from memory: no retries, auth or network
    client.orders.cancel(order_id)          # invalidates that order and the order lists
    client.with_options(cache=False).orders.get(order_id)   # bypass for a copy

    shared = Stateset(cache=RedisCache(url="redis://localhost:6379/0", ttl=60, prefix="stateset:"))

Guarantees:

* Only successful (2xx) GETs are stored; never errors, writes, ``Cache-Control:
  no-store``/``no-cache`` responses, responses that set cookies, or bodies larger than
  ``max_entry_bytes``. ``max-age`` shortens the configured ``ttl``.
* Keys cover the method, the URL with sorted query parameters and an HMAC of the
  credentials: two API keys never share an entry, and no credential is stored.
* Entries are a plain binary format (never pickle); with ``signing_key=`` each one is
  HMAC-signed and bound to its key. Malformed, forged or expired entries are misses.
* Concurrent identical misses make one upstream request per process (threads and
  asyncio tasks alike).
* A failing backend never fails a call: it goes to the API, the failure is counted in
  ``client.cache.stats().errors``, logged at most every 30 s, and the backend is
  skipped for one second.
* Per call: send ``Cache-Control: no-cache`` (``extra_headers=``) to refetch and
  re-store, or ``no-store`` to bypass the cache entirely.

The backend belongs to you: clients never close it (``RedisCache.close()`` /
``await RedisCache.aclose()``). ``AsyncStateset`` runs a sync backend's methods inline
(right for MemoryCache); a backend that blocks should implement
:class:`AsyncCacheBackend` or offer ``async_backend()`` as RedisCache does.

Invalidation uses generation counters, never key scans; see
:mod:`stateset.cache._invalidation` for the model and its limits.
"""

from ._control import AsyncCacheControl, CacheControl, WarmResult
from ._layer import EXT_CACHE, CacheTransport, check_backend
from ._memory import MemoryCache
from ._protocol import AsyncCacheBackend, CacheBackend, CacheSettings
from ._redis import RedisCache
from ._stats import CacheStats, OperationStats

__all__ = [
    "EXT_CACHE",
    "AsyncCacheBackend",
    "AsyncCacheControl",
    "CacheBackend",
    "CacheControl",
    "CacheSettings",
    "CacheStats",
    "CacheTransport",
    "MemoryCache",
    "OperationStats",
    "RedisCache",
    "WarmResult",
    "check_backend",
]

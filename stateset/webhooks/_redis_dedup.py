"""``DedupStore``s on Redis, shared by every worker and host that uses the same server.

A key is one Redis string: ``"pending"`` with a lease expiry while claimed,
``"done"`` with the long ttl once processed. Claiming is one Lua script, so
it is atomic across clients: of many concurrent deliveries of one message,
exactly one wins. redis-py is optional (``pip install "stateset[redis]"``)
and imported only when a store is built from a URL.
"""

from __future__ import annotations

from typing import Any

from stateset._optional import import_optional
from stateset.webhooks._dedup import DEFAULT_LEASE, DEFAULT_TTL, ClaimStatus, check_durations

DEFAULT_PREFIX = "stateset:webhooks:dedup:"

# 1: claimed now; 2: already done; 3: someone else's live claim.
_CLAIM = """
if redis.call('SET', KEYS[1], 'pending', 'NX', 'PX', ARGV[1]) then return 1 end
if redis.call('GET', KEYS[1]) == 'done' then return 2 end
return 3
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == 'pending' then return redis.call('DEL', KEYS[1]) end
return 0
"""
_CLAIM_RESULTS = {1: ClaimStatus.ACQUIRED, 2: ClaimStatus.DUPLICATE, 3: ClaimStatus.IN_PROGRESS}


class _RedisSettings:
    """What the sync and async stores share: validation, key naming, durations."""

    def __init__(self, url: str | None, client: Any, prefix: str, ttl: float, lease: float) -> None:
        if (url is None) == (client is None):
            raise ValueError("pass exactly one of url= or client=")
        if not isinstance(prefix, str):
            raise TypeError("prefix must be a str")
        check_durations(ttl, lease)
        self._prefix = prefix
        self._ttl_ms = max(1, round(ttl * 1000))
        self._lease_ms = max(1, round(lease * 1000))
        self._owns_client = client is None

    def __repr__(self) -> str:
        # Never show the URL: it may hold a password.
        return f"<{type(self).__name__} prefix={self._prefix!r}>"

    def _key(self, key: str) -> str:
        return self._prefix + key


class RedisDedupStore(_RedisSettings):
    """A ``DedupStore`` on Redis, for routers in several processes or hosts.

    Args:
        url: A ``redis://`` URL; the store then owns its client and ``close``
            closes it.
        client: An existing ``redis.Redis`` client instead of ``url``; it is
            not closed by ``close``.
        prefix: Prepended to every key.
        ttl: Seconds a processed key is remembered.
        lease: Seconds a claim lasts if its worker dies before finishing.

    Raises:
        MissingDependencyError: ``url`` was given but redis-py is not installed.

    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        prefix: str = DEFAULT_PREFIX,
        ttl: float = DEFAULT_TTL,
        lease: float = DEFAULT_LEASE,
    ) -> None:
        super().__init__(url, client, prefix, ttl, lease)
        if client is None:
            redis = import_optional("redis", extra="redis", feature="RedisDedupStore")
            client = redis.Redis.from_url(url)
        self._client = client
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)

    def claim(self, key: str) -> ClaimStatus:
        """Atomically take ``key`` unless it is done or claimed by someone else."""
        return _CLAIM_RESULTS[int(self._claim(keys=[self._key(key)], args=[self._lease_ms]))]

    def complete(self, key: str) -> None:
        """Remember ``key`` as processed for the ttl."""
        self._client.set(self._key(key), "done", px=self._ttl_ms)

    def release(self, key: str) -> None:
        """Drop a claim on ``key``; a processed key stays remembered."""
        self._release(keys=[self._key(key)])

    def close(self) -> None:
        """Close the client if this store created it from ``url``."""
        if self._owns_client:
            self._client.close()


class AsyncRedisDedupStore(_RedisSettings):
    """An ``AsyncDedupStore`` on Redis (``redis.asyncio``), for ``handle_async``.

    Same arguments as ``RedisDedupStore``; ``client`` is a
    ``redis.asyncio.Redis``. Call ``await store.aclose()`` when done.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        prefix: str = DEFAULT_PREFIX,
        ttl: float = DEFAULT_TTL,
        lease: float = DEFAULT_LEASE,
    ) -> None:
        super().__init__(url, client, prefix, ttl, lease)
        if client is None:
            redis = import_optional("redis.asyncio", extra="redis", feature="AsyncRedisDedupStore")
            client = redis.Redis.from_url(url)
        self._client = client
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)

    async def claim(self, key: str) -> ClaimStatus:
        """Atomically take ``key`` unless it is done or claimed by someone else."""
        return _CLAIM_RESULTS[int(await self._claim(keys=[self._key(key)], args=[self._lease_ms]))]

    async def complete(self, key: str) -> None:
        """Remember ``key`` as processed for the ttl."""
        await self._client.set(self._key(key), "done", px=self._ttl_ms)

    async def release(self, key: str) -> None:
        """Drop a claim on ``key``; a processed key stays remembered."""
        await self._release(keys=[self._key(key)])

    async def aclose(self) -> None:
        """Close the client if this store created it from ``url``."""
        if self._owns_client:
            await self._client.aclose()

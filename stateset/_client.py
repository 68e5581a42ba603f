"""`Stateset` and `AsyncStateset`: configuration, connection pool, resources.

All per-request behaviour (auth, idempotency keys, retries, hooks, logging) lives in
the transport stack (`stateset._transports`); the resources are generated from the
contract. These classes only wire the two together.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

import httpx
from stateset_client.resources import (
    AsyncRawResources,
    AsyncResources,
    SyncRawResources,
    SyncResources,
)

from ._base_client import Wire
from ._config import ClientConfig, changed, resolve_config
from ._constants import DEFAULT_MAX_RETRIES
from ._errors import ConfigurationError
from ._instrumentation import Hooks, configure_logging_from_env
from ._transports import Transport, build_transport, default_async_transport, default_transport

if TYPE_CHECKING:
    from .cache import AsyncCacheBackend, AsyncCacheControl, CacheBackend, CacheControl, CacheTransport

__all__ = ["AsyncStateset", "Stateset"]

_FROZEN = "_frozen"
DEFAULT_TIMEOUT_SECONDS = 30.0


class _Immutable:
    """Clients are configured once; `with_options` returns a changed copy.

    Also the setup both clients share: logging, the transport stack and the cache layer.
    """

    config: ClientConfig

    def _setup(self, config: ClientConfig, given: object, inner: Any, *, asynchronous: bool) -> Any:
        """Record the configuration and return the outermost transport of the stack."""
        configure_logging_from_env()
        self.config = config
        self._inner = inner
        self._owns_inner = given is None  # a caller's transport is the caller's to close
        stack = build_transport(
            inner,
            api_key=config.api_key,
            bearer_token=config.bearer_token,
            max_retries=config.max_retries,
            hooks=config.hooks,
        )
        outer, self._cache_layer = _with_cache(stack, config, asynchronous=asynchronous)
        return outer

    def __repr__(self) -> str:
        key = "set" if self.config.api_key else "unset"
        return f"<{type(self).__name__} base_url={self.config.base_url!r} api_key=<{key}>>"

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, _FROZEN, False):
            raise AttributeError(
                f"{type(self).__name__} is immutable; use client.with_options({name}=...) for a changed copy"
            )
        object.__setattr__(self, name, value)


def _with_cache(transport: Transport, config: ClientConfig, *, asynchronous: bool) -> tuple[Any, CacheTransport | None]:
    """Put the cache layer outermost, when the client has a cache."""
    if config.cache is None:
        return transport, None
    from .cache import CacheTransport  # lazy: clients without a cache never load it

    layer = CacheTransport(
        transport,
        backend=config.cache,
        api_key=config.api_key,
        bearer_token=config.bearer_token,
        asynchronous=asynchronous,
    )
    return layer, layer


def _decoded_hits(layer: CacheTransport | None) -> Any:
    """The fast path for in-process cache hits (see `stateset.cache._hits`), or None."""
    if layer is None:
        return None
    from .cache._hits import decoded_hits_for

    return decoded_hits_for(layer)


class Stateset(SyncResources, _Immutable):
    """The Stateset API client.

    Every operation of the API is a method of a resource::

        from stateset import Stateset

        with Stateset() as client:  # reads STATESET_API_KEY (and STATESET_BASE_URL)
            order = client.orders.create(customer_id=customer_id, items=[{"product_id": "SKU-1", "quantity": 2}])
            for pending in client.orders.list(status="pending"):
                print(pending.order_number)

    Args:
        api_key: Secret API key, sent as ``X-API-Key``. Defaults to ``$STATESET_API_KEY``.
        base_url: The API's origin. Defaults to ``$STATESET_BASE_URL`` or ``https://api.stateset.io``.
        timeout: Seconds (or an `httpx.Timeout`) per request; connecting gives up after 5 s.
        max_retries: Retries after the first attempt for connection errors, timeouts,
            408/429/5xx. POSTs carry one Idempotency-Key across all attempts.
        bearer_token: A JWT sent as ``Authorization: Bearer``, instead of or with the key.
        default_headers: Extra headers for every request.
        hooks: Callbacks that receive frozen request/response/error/retry events.
        transport: The innermost httpx transport (e.g. a sandbox's); the SDK's stack wraps it.
        cache: A response cache backend, e.g. ``MemoryCache(ttl=60)`` or
            ``RedisCache(url=...)``; ``client.cache`` controls it (see `stateset.cache`).
        profile: A `stateset config` profile (default ``$STATESET_PROFILE``) that fills in
            the key and base URL when neither an argument nor the environment gives them.
    """

    config: ClientConfig

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        bearer_token: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
        transport: httpx.BaseTransport | None = None,
        cache: CacheBackend | AsyncCacheBackend | Literal[False] | None = None,
        profile: str | None = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            bearer_token=bearer_token,
            default_headers=default_headers,
            hooks=hooks,
            cache=cache,
            profile=profile,
        )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError("transport must be an httpx.BaseTransport (use AsyncStateset for async ones)")
        outer = self._setup(config, transport, transport or default_transport(), asynchronous=False)
        self._http = httpx.Client(
            base_url=config.base_url, timeout=config.timeout, headers=config.headers(), transport=outer
        )
        self._wire = Wire(self._http, outer, hits=_decoded_hits(self._cache_layer))
        object.__setattr__(self, _FROZEN, True)

    def with_options(self, **options: Any) -> Stateset:
        """A copy with some options changed, sharing this client's connection pool.

        ``client.with_options(max_retries=5, timeout=60).orders.list()``
        """
        copy = Stateset(**changed(self.config, **options), transport=self._inner)
        object.__setattr__(copy, "_owns_inner", False)
        return copy

    @cached_property
    def cache(self) -> CacheControl:
        """Invalidate, clear, inspect and warm the response cache (no-ops without ``cache=``)."""
        from .cache import CacheControl

        return CacheControl(self._cache_layer)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same resources, returning an `APIResponse` (decoded value + HTTP response)."""
        return SyncRawResources(self)

    def close(self) -> None:
        """Close the connection pool (also done by ``with Stateset() as client:``)."""
        if self._owns_inner:
            self._http.close()

    def __enter__(self) -> Stateset:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStateset(AsyncResources, _Immutable):
    """The asyncio twin of `Stateset`: the same resources and methods, awaited.

    ::

        async with AsyncStateset() as client:
            order = await client.orders.get(order_id)
            async for item in client.orders.list(status="pending"):
                ...

    ``backend="aiohttp"`` (extra ``stateset[aiohttp]``) sends through aiohttp, which
    sustains far more requests per second at high concurrency than httpx's own pool.
    """

    config: ClientConfig

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT_SECONDS,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        bearer_token: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Hooks | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        cache: CacheBackend | AsyncCacheBackend | Literal[False] | None = None,
        backend: Literal["httpx", "aiohttp"] = "httpx",
        profile: str | None = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            bearer_token=bearer_token,
            default_headers=default_headers,
            hooks=hooks,
            cache=cache,
            profile=profile,
        )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError("transport must be an httpx.AsyncBaseTransport (use Stateset for sync ones)")
        self._backend = backend
        outer = self._setup(config, transport, transport or default_async_transport(backend=backend), asynchronous=True)
        self._http = httpx.AsyncClient(
            base_url=config.base_url, timeout=config.timeout, headers=config.headers(), transport=outer
        )
        self._wire = Wire(self._http, outer, hits=_decoded_hits(self._cache_layer))
        object.__setattr__(self, _FROZEN, True)

    def with_options(self, **options: Any) -> AsyncStateset:
        """A copy with some options changed, sharing this client's connection pool."""
        copy = AsyncStateset(**changed(self.config, **options), transport=self._inner)
        object.__setattr__(copy, "_owns_inner", False)
        return copy

    @cached_property
    def cache(self) -> AsyncCacheControl:
        """The async twin of `Stateset.cache` (``await client.cache.invalidate("orders")``)."""
        from .cache import AsyncCacheControl

        return AsyncCacheControl(self._cache_layer)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same resources, returning an `APIResponse` (decoded value + HTTP response)."""
        return AsyncRawResources(self)

    async def aclose(self) -> None:
        """Close the connection pool (also done by ``async with AsyncStateset() as client:``)."""
        if self._owns_inner:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncStateset:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

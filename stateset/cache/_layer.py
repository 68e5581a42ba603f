"""The caching transport: outermost in the stack, so a hit skips retries, auth and I/O.

Decisions (keys, scopes, cacheability, entry format) are pure functions in the sibling
modules; this module only drives them against a backend, sync and async.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import httpx

from .._constants import API_KEY_HEADER, AUTHORIZATION_HEADER
from .._errors import ConfigurationError
from .._response import aread_body, read_body
from .._transports import Layer, Transport
from ._invalidation import WRITE_METHODS, bumps_for_write, counter_keys, invalidation_keys, scope_of
from ._keys import canonical_url, entry_base, entry_key, identity_of
from ._plan import FAILED, Plan, _Failed, check_backend, fingerprint, settings_of
from ._protocol import AsyncCacheBackend, CacheBackend
from ._serialization import (
    DecodedEntry,
    Entry,
    InvalidEntry,
    decode_entry,
    encode_entry,
    kept_headers,
    request_directives,
)
from ._serialization import storable_ttl as _storable_ttl
from ._shared import Inline, shared_state
from ._stats import CacheStats

__all__ = ["EXT_CACHE", "CacheTransport", "Plan", "check_backend"]

#: Request extension: ``False`` sends this request past the cache (no lookup, no store).
EXT_CACHE = "stateset.cache"
_OPERATION = "stateset.operation"
T = TypeVar("T")
_MAX_PLANS = 4096
_NO_PLAN: Any = object()


class CacheTransport(Layer):
    """Answer GETs from ``backend`` and invalidate on writes (see :mod:`stateset.cache`).

    ``api_key``/``bearer_token`` are the credentials the auth layer below will send; they
    only feed the key's identity hash. ``asynchronous=False`` rejects async-only backends
    at construction. Async clients run a sync backend's methods inline, which suits
    MemoryCache; give them an :class:`AsyncCacheBackend` (or RedisCache) if yours blocks.
    """

    def __init__(
        self,
        next_transport: Transport,
        *,
        backend: Any,
        api_key: str | None = None,
        bearer_token: str | None = None,
        asynchronous: bool | None = None,
    ) -> None:
        super().__init__(next_transport)
        self.backend = check_backend(backend)
        if self.backend is None:
            raise ConfigurationError("CacheTransport needs a backend")
        if asynchronous is False and inspect.iscoroutinefunction(getattr(self.backend, "get", None)):
            raise ConfigurationError(
                f"{type(self.backend).__name__} is an async cache backend; use it with AsyncStateset"
            )
        self.settings = settings_of(self.backend)
        self.shared = shared_state(self.backend)
        self._api_key = api_key
        self._authorization = f"Bearer {bearer_token}" if bearer_token else None
        self._abackend: AsyncCacheBackend | None = None
        self._plans: dict[tuple[Any, ...], Plan | None] = {}
        self._backend_lookup: Callable[..., Any] | None = getattr(self.backend, "lookup", None)
        # An in-process backend that can hold entries decoded (see MemoryCache.keep_decoded).
        self._keep_decoded: Callable[[str, bytes, DecodedEntry], None] | None = getattr(
            self.backend, "keep_decoded", None
        )

    # --- decisions -----------------------------------------------------------------------

    def _plan(self, request: httpx.Request) -> Plan | None:
        if request.method != "GET" or request.extensions.get(EXT_CACHE) is False:
            return None
        operation = request.extensions.get(_OPERATION)
        # A plan depends only on the URL, the operation and the headers; reusing it keeps
        # a hit's cost near one dict lookup (httpx's header lookups are comparatively slow).
        memo_key = (operation, fingerprint(request))
        plan: Plan | None = self._plans.get(memo_key, _NO_PLAN)
        if plan is _NO_PLAN:
            plan = self._make_plan(request, operation)
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            self._plans[memo_key] = plan
        return plan

    def plan_for(self, request: httpx.Request) -> Plan | None:
        """How this layer would look ``request`` up: None when it would not (see `DecodedHits`)."""
        return self._plan(request)

    def holds_decoded(self) -> bool:
        """True when the backend lives in this process and can hold entries decoded."""
        lookup = self._backend_lookup
        return self._keep_decoded is not None and lookup is not None and not inspect.iscoroutinefunction(lookup)

    def decoded_entry(self, plan: Plan) -> DecodedEntry | None:
        """The fresh entry ``plan`` selects, decoded (and kept so), or None.

        Only for backends where `holds_decoded` is true. Backend failures count as usual;
        an invalid or stale entry is left for the normal path to count.
        """
        recorder = self.shared.recorder
        if not recorder.available():
            return None
        try:  # plan.lookup holds: the fast path asks only for such plans
            key, found = self._backend_lookup(plan.counters, plan.base)  # type: ignore[misc]
        except Exception as exc:  # degrade to the API, as _guarded does
            recorder.failed(exc, "lookup")
            return None
        if type(found) is DecodedEntry and time.time() < found.expires_at:
            return found  # the common case, without _usable's call
        return self._usable(found, key, count=False)

    def _fresh(self, found: tuple[str, bytes | DecodedEntry | None] | _Failed) -> DecodedEntry | None:
        """A lookup's fresh, valid entry, without counting what it rejects.

        For second looks (the fast path's, a new leader's): the normal path's own lookup
        counts a rejected entry once.
        """
        return None if isinstance(found, _Failed) else self._usable(found[1], found[0], count=False)

    def _decode_stored(self, stored: bytes, key: str, now: float) -> DecodedEntry:
        """Check and decode stored bytes, and have the backend keep the decoded form."""
        decoded = DecodedEntry(decode_entry(stored, key, self.settings.signing_key, now))
        if self._keep_decoded is not None:
            self._keep_decoded(key, stored, decoded)
        return decoded

    def _make_plan(self, request: httpx.Request, operation: str | None) -> Plan | None:
        headers = request.headers
        directives = request_directives(headers)
        if "no-store" in directives:
            return None
        identity = identity_of(
            headers.get(API_KEY_HEADER) or self._api_key,
            headers.get(AUTHORIZATION_HEADER) or self._authorization,
            self.settings.signing_key,
        )
        scope = scope_of(request.url.raw_path.split(b"?", 1)[0].decode("ascii"), operation)
        return Plan(
            operation=operation,
            base=entry_base(self.settings.prefix, "GET", canonical_url(request.url), identity),
            counters=counter_keys(self.settings.prefix, scope),
            lookup="no-cache" not in directives and directives.get("max-age") != "0",
        )

    def _hit(
        self, found: bytes | DecodedEntry | None, key: str, request: httpx.Request, plan: Plan
    ) -> httpx.Response | None:
        decoded = self._usable(found, key)
        if decoded is None:
            return None
        self.shared.recorder.lookup(plan.operation, hit=True)
        return decoded.to_response(request, time.time())

    def _usable(self, found: bytes | DecodedEntry | None, key: str, *, count: bool = True) -> DecodedEntry | None:
        """The fresh, valid entry in ``found``, or None (an unusable one counts as rejected)."""
        if found is None:
            return None
        now = time.time()
        if isinstance(found, DecodedEntry):
            # Decoded and verified when first read; only freshness is left to check.
            if now < found.expires_at:
                return found
        else:
            try:
                return self._decode_stored(found, key, now)
            except InvalidEntry:
                pass
        if count:
            self.shared.recorder.add("rejected")
        return None

    def _landed(
        self, found: tuple[str, bytes | DecodedEntry | None] | _Failed, key: str, request: httpx.Request, plan: Plan
    ) -> tuple[Entry, httpx.Response] | None:
        """A new leader's second look: the entry a flight stored after our first lookup.

        A caller can miss, then be descheduled while the leader of that key fetches, stores
        and leaves; it would then lead a second upstream request for a stored response.
        """
        if isinstance(found, _Failed) or found[0] != key:
            return None
        decoded = self._fresh(found)
        if decoded is None:
            return None
        self.shared.recorder.lookup(plan.operation, hit=True)
        return decoded.entry, decoded.to_response(request, time.time())

    def _storable_ttl(self, response: httpx.Response) -> float | None:
        return _storable_ttl(response.status_code, response.headers, self.settings.ttl, self.settings.max_entry_bytes)

    def _entry(self, response: httpx.Response, ttl: float) -> Entry | None:
        if len(response.content) > self.settings.max_entry_bytes:
            return None
        return Entry(response.status_code, kept_headers(response.headers), response.content, time.time(), ttl)

    def _coalesced(self, entry: Entry | None, request: httpx.Request, plan: Plan) -> httpx.Response | None:
        self.shared.recorder.lookup(plan.operation, hit=entry is not None, coalesced=entry is not None)
        return None if entry is None else entry.to_response(request, time.time(), "coalesced")

    def _write_bumps(self, request: httpx.Request) -> tuple[str, ...]:
        scope = scope_of(request.url.raw_path.split(b"?", 1)[0].decode("ascii"), request.extensions.get(_OPERATION))
        return bumps_for_write(self.settings.prefix, scope, self.settings.also_invalidate)

    def _guarded(self, call: Callable[..., T], *args: Any, what: str) -> T | _Failed:
        recorder = self.shared.recorder
        if not recorder.available():
            return FAILED
        try:
            return call(*args)
        except Exception as exc:  # any backend failure degrades to the API; see _stats
            recorder.failed(exc, what)
            return FAILED

    async def _aguarded(self, call: Callable[..., Any], *args: Any, what: str) -> Any:
        recorder = self.shared.recorder
        if not recorder.available():
            return FAILED
        try:
            return await call(*args)
        except Exception as exc:  # any backend failure degrades to the API; see _stats
            recorder.failed(exc, what)
            return FAILED

    # --- sync driver ---------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Serve a GET from the cache, or send and store it; invalidate after writes."""
        plan = self._plan(request)
        if plan is None:
            return self._write(request) if request.method in WRITE_METHODS else self._send(request)
        backend: CacheBackend = self.backend
        found = self._guarded(self._lookup, backend, plan, what="lookup")
        if isinstance(found, _Failed):
            return self._miss(request, plan)
        key, raw = found
        if (hit := self._hit(raw, key, request, plan)) is not None:
            return hit
        flight, leader = self.shared.join(key)
        if not leader:
            flight.done.wait()
            shared = self._coalesced(flight.entry, request, plan)
            return shared if shared is not None else self._send(request)
        try:
            if landed := self._landed(self._guarded(self._lookup, backend, plan, what="lookup"), key, request, plan):
                flight.entry = landed[0]
                return landed[1]
            response = self._miss(request, plan)
            if (ttl := self._storable_ttl(response)) is not None:
                read_body(response, request)  # a malformed body raises the client's error, and is not stored
                flight.entry = self._entry(response, ttl)
                if flight.entry is not None:
                    encoded = encode_entry(flight.entry, key, self.settings.signing_key)
                    if not isinstance(self._guarded(backend.set, key, encoded, ttl, what="store"), _Failed):
                        self.shared.recorder.add("stores")
            return response
        finally:
            self.shared.leave(key, flight)

    def _lookup(self, backend: Any, plan: Plan) -> tuple[str, bytes | DecodedEntry | None]:
        # A backend may offer lookup(counters, base) -> (key, value) in one round trip.
        if plan.lookup and self._backend_lookup is not None:
            found: tuple[str, bytes | DecodedEntry | None] = self._backend_lookup(plan.counters, plan.base)
            return found
        key = entry_key(plan.base, backend.get_many(plan.counters))
        return key, backend.get(key) if plan.lookup else None

    def _miss(self, request: httpx.Request, plan: Plan) -> httpx.Response:
        self.shared.recorder.lookup(plan.operation, hit=False)
        return self._send(request)

    def _write(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._send(request)
        except Exception:  # the write may have landed: invalidate anyway
            self._bump(self._write_bumps(request))
            raise
        if not 400 <= response.status_code < 500:
            self._bump(self._write_bumps(request))
        return response

    def _bump(self, keys: Sequence[str]) -> None:
        for key in keys:
            if not isinstance(self._guarded(self.backend.incr, key, self.settings.ttl, what="invalidate"), _Failed):
                self.shared.recorder.add("invalidations")

    # --- async driver --------------------------------------------------------------------

    def _async_backend(self) -> AsyncCacheBackend:
        make = getattr(self.backend, "async_backend", None)
        if make is not None:
            backend: AsyncCacheBackend = make()
            return backend
        if self._abackend is None:
            native = inspect.iscoroutinefunction(getattr(self.backend, "get", None))
            self._abackend = self.backend if native else Inline(self.backend)
        return self._abackend

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """The asyncio twin of :meth:`handle_request`."""
        plan = self._plan(request)
        if plan is None:
            return await self._awrite(request) if request.method in WRITE_METHODS else await self._asend(request)
        backend = self._async_backend()
        found = await self._afind(backend, plan)
        if isinstance(found, _Failed):
            return await self._amiss(request, plan)
        key, raw = found
        if (hit := self._hit(raw, key, request, plan)) is not None:
            return hit
        future, leader = self.shared.ajoin(key)
        if not leader:
            import asyncio

            shared = self._coalesced(await asyncio.shield(future), request, plan)
            return shared if shared is not None else await self._asend(request)
        entry = None
        try:
            if landed := self._landed(await self._afind(backend, plan), key, request, plan):
                entry = landed[0]
                return landed[1]
            response = await self._amiss(request, plan)
            if (ttl := self._storable_ttl(response)) is not None:
                await aread_body(response, request)  # a malformed body raises the client's error, and is not stored
                entry = self._entry(response, ttl)
                if entry is not None:
                    encoded = encode_entry(entry, key, self.settings.signing_key)
                    if not isinstance(await self._aguarded(backend.set, key, encoded, ttl, what="store"), _Failed):
                        self.shared.recorder.add("stores")
            return response
        finally:
            self.shared.aleave(key, future, entry)

    async def _afind(self, backend: AsyncCacheBackend, plan: Plan) -> Any:
        """`_lookup` through the async backend, guarded; inline for a non-blocking sync one."""
        if isinstance(backend, Inline):
            return self._guarded(self._lookup, self.backend, plan, what="lookup")
        return await self._aguarded(self._alookup, backend, plan, what="lookup")

    @staticmethod
    async def _alookup(backend: Any, plan: Plan) -> tuple[str, bytes | None]:
        if plan.lookup and hasattr(backend, "lookup"):
            found: tuple[str, bytes | None] = await backend.lookup(plan.counters, plan.base)
            return found
        key = entry_key(plan.base, await backend.get_many(plan.counters))
        return key, await backend.get(key) if plan.lookup else None

    async def _amiss(self, request: httpx.Request, plan: Plan) -> httpx.Response:
        self.shared.recorder.lookup(plan.operation, hit=False)
        return await self._asend(request)

    async def _awrite(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._asend(request)
        except Exception:  # the write may have landed: invalidate anyway
            await self._abump(self._write_bumps(request))
            raise
        if not 400 <= response.status_code < 500:
            await self._abump(self._write_bumps(request))
        return response

    async def _abump(self, keys: Sequence[str]) -> None:
        backend = self._async_backend()
        for key in keys:
            if not isinstance(await self._aguarded(backend.incr, key, self.settings.ttl, what="invalidate"), _Failed):
                self.shared.recorder.add("invalidations")

    # --- explicit controls ---------------------------------------------------------------

    def invalidation_keys(self, collection: str, object_id: object = None) -> tuple[str, ...]:
        """Counters for ``invalidate(collection[, object_id])``."""
        if not isinstance(collection, str) or not collection or "/" in collection:
            raise ConfigurationError(f"collection must be a path segment such as 'orders', not {collection!r}")
        obj = None if object_id is None else str(object_id)
        return invalidation_keys(self.settings.prefix, collection, obj)

    def stats(self) -> CacheStats:
        """A snapshot of this backend's counters."""
        evictions = getattr(self.backend, "evictions", 0)
        return self.shared.recorder.snapshot(evictions if isinstance(evictions, int) else 0)

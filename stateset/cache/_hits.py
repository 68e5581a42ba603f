"""Repeated GETs answered with a copy of the model an in-process cache already holds.

The cache layer answers a hit with an `httpx.Response`, which the client then parses
and decodes like any other. That is right for every backend, but for an in-process
one (MemoryCache) building the request and decoding the body are most of a hit's
cost. So a client with such a backend asks `DecodedHits` first:

- the entry key comes from the layer itself (its plan for the request this call would
  send, remembered per operation, path and parameters), so both paths agree on keys,
  tenants and invalidation by construction;
- a fresh entry keeps the model decoded on its first hit, and every caller gets its
  own copy (`stateset._clone.copier_for`): models are mutable, the cached one is never
  handed out;
- anything else (a miss, a stale or undecodable entry, per-call headers, a shared
  backend such as Redis) falls through to the normal path, which looks up again and
  does the rest, errors included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._base_client import MISS, CallOptions, Endpoint, Wire, build_request
from .._clone import copier_for
from .._response import loads, no_content
from ._layer import CacheTransport
from ._plan import Plan
from ._serialization import DecodedEntry

__all__ = ["DecodedHits", "decoded_hits_for"]

_MAX_PLANS = 4096
_NO_PLAN: Any = object()
_SCALARS = (str, int, float, bool, type(None))
_PLAIN_GET = frozenset({"method", "url", "params"})


def decoded_hits_for(layer: CacheTransport | None) -> DecodedHits | None:
    """A `DecodedHits` when ``layer``'s backend holds decoded entries in this process."""
    if layer is None or not layer.holds_decoded():
        return None
    return DecodedHits(layer)


class DecodedHits:
    """Serve fresh hits of one client's in-process cache as model copies (see module doc)."""

    __slots__ = ("_layer", "_plans")

    def __init__(self, layer: CacheTransport) -> None:
        self._layer = layer
        self._plans: dict[tuple[Any, ...], Plan | None] = {}

    def serve(self, wire: Wire, endpoint: Endpoint, kwargs: Mapping[str, Any], parse: Callable[[Any], Any]) -> Any:
        """The call's result from the cache, or `MISS` to send it the normal way."""
        if parse is no_content:
            return MISS
        memo_key = _call_key(endpoint, kwargs)
        if memo_key is None:
            return MISS
        plan = self._plans.get(memo_key, _NO_PLAN)
        if plan is _NO_PLAN:
            plan = self._layer.plan_for(build_request(wire, endpoint, kwargs, CallOptions()))
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            self._plans[memo_key] = plan
        if plan is None or not plan.lookup:
            return MISS
        entry = self._layer.decoded_entry(plan)
        if entry is None:
            return MISS  # the normal path counts it (a miss, or a stale entry rejected)
        kept = entry.model
        if kept is None or kept[0] != parse:  # bound methods are equal, not identical
            model = _decode(entry, endpoint.envelope, parse)
            if model is MISS:
                return MISS
            kept = entry.model = (parse, model, _copier(model))
        copier = kept[2]
        if copier is None:
            return MISS
        try:
            copy = copier(kept[1])
        except RecursionError:  # nested too deep to copy here: decode from the bytes each time
            entry.model = (parse, None, None)
            return MISS
        self._layer.shared.recorder.lookup(plan.operation, hit=True)
        return copy


def _copier(model: Any) -> Callable[[Any], Any] | None:
    """``copier_for(model)``, or None for a model nested deeper than Python's recursion limit.

    ``from_dict`` keeps untyped JSON as it came (orjson accepts 1,024 levels); the
    normal path decodes such an entry afresh on every hit instead of copying it.
    """
    try:
        return copier_for(model)
    except RecursionError:
        return None


def _call_key(endpoint: Endpoint, kwargs: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """What makes two calls send the same GET, or None when this call is not a plain GET."""
    if endpoint.method != "GET":
        return None
    for name in kwargs:
        if name not in _PLAIN_GET:
            return None
    params = kwargs.get("params")
    if not params:
        return (endpoint.operation_id, kwargs["url"])
    frozen: list[Any] = [endpoint.operation_id, kwargs["url"]]
    for name, value in params.items():
        if isinstance(value, list):
            if not all(isinstance(v, _SCALARS) for v in value):
                return None
            frozen.append((name, tuple((type(v), v) for v in value)))
        elif isinstance(value, _SCALARS):
            frozen.append((name, type(value), value))  # 1, 1.0 and True are equal but send differently
        else:
            return None
    return tuple(frozen)


def _decode(entry: DecodedEntry, envelope: bool, parse: Callable[[Any], Any]) -> Any:
    """The stored body as a model, or MISS: the normal path raises the typed error."""
    if not 200 <= entry.entry.status < 300:
        return MISS
    try:
        data = loads(entry.entry.body)
        if envelope:
            if not isinstance(data, dict) or "data" not in data or data.get("success") is False:
                return MISS
            data = data["data"]
        return parse(data)
    except Exception:
        return MISS

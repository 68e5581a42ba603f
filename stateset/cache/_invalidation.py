"""Which cached GETs a request belongs to, and which ones a write makes stale. Pure.

The model (generation counters, never key scans): every path under ``/api/v1/`` names
a *collection* (its first segment: ``orders``) and, when the contract's path template
has a parameter in the second position, an *object* (``/orders/{id}/...``). Each cached
entry's key embeds the current value of three counters:

* the global counter (``client.cache.clear()`` bumps it);
* the collection's epoch (``client.cache.invalidate("orders")`` bumps it);
* the object's counter for object reads (``GET /orders/{id}``, ``/orders/{id}/items``),
  or the collection's *lists* counter for every other read (``GET /orders?...``,
  ``/orders/by-number/{n}``).

A successful write bumps counters, so later reads compute new keys and miss:

* ``POST /orders`` (create): the lists counter;
* ``PUT``/``PATCH``/``DELETE``/``POST`` on ``/orders/{id}...``: the object's counter and
  the lists counter (lists embed the object);
* any other write in the collection (``POST /orders/batch``, ``/payments/refund``): the
  collection's epoch, since it may touch any object.

Limits: a write invalidates only its own collection (plus ``also_invalidate``); e.g. a
payment does not refresh a cached order that embeds it. Call
``client.cache.invalidate("orders", order_id)`` or configure
``also_invalidate={"payments": ["orders"]}``.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from urllib.parse import unquote

import attrs

__all__ = ["WRITE_METHODS", "Scope", "bumps_for_write", "counter_keys", "scope_of", "template_of"]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_API_ROOT = "/api/v1/"
_RESOURCE_MODULES = "stateset_client.resources."

# Templates of the generated operations, indexed lazily from the Endpoint constants of the
# resource modules already imported (a call's module is loaded before it sends).
_templates: dict[str, str] = {}
_scanned: set[str] = set()


@attrs.frozen
class Scope:
    """Where a request's path sits in the invalidation model."""

    collection: str
    #: The object id (decoded) when the path's second segment is a template parameter.
    object_id: str | None
    #: True for the collection's root path itself (``/orders``).
    root: bool


def _index_new_modules() -> None:
    for name, module in list(sys.modules.items()):
        if not name.startswith(_RESOURCE_MODULES) or name in _scanned:
            continue
        _scanned.add(name)
        for value in vars(module).values():
            operation_id, path = getattr(value, "operation_id", None), getattr(value, "path", None)
            if isinstance(operation_id, str) and isinstance(path, str):
                _templates[operation_id] = path


def template_of(operation_id: str | None) -> str | None:
    """Return the contract path template of a generated operation, if known."""
    if operation_id is None:
        return None
    found = _templates.get(operation_id)
    if found is None:
        _index_new_modules()
        found = _templates.get(operation_id)
    return found


def _segments(path: str) -> list[str] | None:
    start = path.find(_API_ROOT)
    if start < 0:
        return None
    return [s for s in path[start + len(_API_ROOT) :].split("/") if s]


def scope_of(raw_path: str, operation_id: str | None) -> Scope:
    """Locate a request path (percent-encoded, without query) in the model.

    Without a known template (a hand-built request), the second segment is never taken
    as an object: reads then depend on the lists counter, which every write in the
    collection bumps, and writes bump the epoch. Coarser, never stale.
    """
    segments = _segments(raw_path)
    if not segments:
        return Scope(collection="", object_id=None, root=True)
    template = template_of(operation_id)
    template_segments = _segments(template) if template else None
    object_id = None
    if template_segments and len(template_segments) > 1 and len(segments) > 1 and template_segments[1][:1] == "{":
        object_id = unquote(segments[1])
    return Scope(collection=segments[0], object_id=object_id, root=len(segments) == 1)


def _key(prefix: str, *parts: str) -> str:
    return prefix + "g:" + ":".join(p.replace(":", "%3A") for p in parts)


def global_key(prefix: str) -> str:
    """The counter that ``clear()`` bumps."""
    return prefix + "g"


def epoch_key(prefix: str, collection: str) -> str:
    """The counter that invalidates every entry of ``collection``."""
    return _key(prefix, "e", collection)


def lists_key(prefix: str, collection: str) -> str:
    """The counter of the collection's non-object reads (lists, searches, lookups)."""
    return _key(prefix, "l", collection)


def object_key(prefix: str, collection: str, object_id: str) -> str:
    """The counter of one object's reads."""
    return _key(prefix, "o", collection, object_id)


def counter_keys(prefix: str, scope: Scope) -> tuple[str, str, str]:
    """The three counters whose values go into the key of a read in ``scope``."""
    leaf = (
        object_key(prefix, scope.collection, scope.object_id)
        if scope.object_id is not None
        else lists_key(prefix, scope.collection)
    )
    return global_key(prefix), epoch_key(prefix, scope.collection), leaf


def invalidation_keys(prefix: str, collection: str, object_id: str | None = None) -> tuple[str, ...]:
    """Counters for an explicit ``invalidate(collection[, object_id])``."""
    if object_id is None:
        return (epoch_key(prefix, collection),)
    return (object_key(prefix, collection, object_id), lists_key(prefix, collection))


def bumps_for_write(prefix: str, scope: Scope, also: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Counters a write in ``scope`` must bump (see the module docstring)."""
    if scope.object_id is not None:
        keys: tuple[str, ...] = invalidation_keys(prefix, scope.collection, scope.object_id)
    elif scope.root:
        keys = (lists_key(prefix, scope.collection),)
    else:
        keys = (epoch_key(prefix, scope.collection),)
    return keys + tuple(epoch_key(prefix, other) for other in also.get(scope.collection, ()))

"""The immutable query builder shared by `SyncQuery` and `AsyncQuery`.

Every builder method checks its arguments against the contract (`_fields`) and returns a
new query; nothing here performs I/O. The drivers in `_drivers` only add the terminal
operations that call the generated ``list`` method.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, NoReturn, Self, TypeVar

from ._compile import QueryState, compile_params, list_kwargs
from ._dates import Clock, utc_now
from ._errors import QueryError
from ._fields import Spec, check_coordinates, check_radius, condition, sort_key, spec_for, split_keyword

T = TypeVar("T")

_BUILDERS = (
    "where",
    "search",
    "between",
    "created_after",
    "created_before",
    "near",
    "within_bbox",
    "order_by",
    "limit",
    "page_size",
)


def _count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise QueryError(f"{name}() takes an int >= {minimum}; got {value!r}")
    return value


class QueryBase(Generic[T]):
    """Builder methods common to the sync and async queries (each returns a new query)."""

    __slots__ = ("_clock", "_list", "_spec", "_state")

    _list: Callable[..., Any]
    _spec: Spec
    _state: QueryState
    _clock: Clock

    def __init__(self, list_method: Callable[..., Any], operation_id: str, *, clock: Clock | None = None) -> None:
        object.__setattr__(self, "_list", list_method)
        object.__setattr__(self, "_spec", spec_for(operation_id))
        object.__setattr__(self, "_state", QueryState())
        object.__setattr__(self, "_clock", clock or utc_now)

    # --- immutability ------------------------------------------------------------------

    def __setattr__(self, name: str, value: object) -> NoReturn:
        hint = f"query = query.{name}(...)" if name in _BUILDERS else "query = query.where(...)/.order_by(...)/..."
        raise AttributeError(f"{type(self).__name__} is immutable; every method returns a new query: use `{hint}`")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable; build a new query instead")

    def _derive(self, **changes: Any) -> Self:
        state = dataclasses.replace(self._state, **changes)
        compile_params(state)  # an over-long parameter fails here, at the call that caused it
        new = object.__new__(type(self))
        for slot in QueryBase.__slots__:
            object.__setattr__(new, slot, getattr(self, slot))
        object.__setattr__(new, "_state", state)
        return new

    # --- building ----------------------------------------------------------------------

    def where(self, **conditions: object) -> Self:
        """Keep items matching every condition (Django-style ``field__operator=value``).

        ``status="pending"`` (eq), ``total_amount__gte=1000``, ``status__in=[...]``,
        ``notes__icontains="gift"``, ``created_at__between=("-7d", "now")``,
        ``notes__isnull=True`` (or ``notes=None``). Calls AND together::

            big_pending = client.orders.query().where(status="pending", total_amount__gte="1000")
        """
        new = [
            condition(self._spec, name, op, value, self._clock)
            for name, op, value in ((*split_keyword(k), v) for k, v in conditions.items())
        ]
        return self._derive(conditions=(*self._state.conditions, *new))

    def search(self, text: str) -> Self:
        """Free-text search over the resource's text fields (replaces an earlier search)."""
        if not self._spec.search:
            raise QueryError(f"{self._spec.resource} does not support search")
        if not isinstance(text, str):
            raise QueryError(f"search() takes a string; got {text!r}")
        return self._derive(search=text or None)

    def between(self, field: str, start: object, end: object) -> Self:
        """Keep items whose ``field`` lies in ``[start, end]`` (both ends included)."""
        return self._derive(
            conditions=(*self._state.conditions, condition(self._spec, field, "between", (start, end), self._clock))
        )

    def created_after(self, moment: object) -> Self:
        """Keep items created at or after ``moment`` (a datetime, date, ISO string or ``"-30d"``).

        Naive datetimes are UTC. With `created_before` it forms a half-open window, so
        consecutive windows neither overlap nor leave gaps.
        """
        return self.where(created_at__gte=moment)

    def created_before(self, moment: object) -> Self:
        """Keep items created strictly before ``moment`` (same forms as `created_after`)."""
        return self.where(created_at__lt=moment)

    def near(self, lat: float, lng: float, *, radius_km: float) -> Self:
        """Keep items within ``radius_km`` of (``lat``, ``lng``), nearest first unless `order_by` is given."""
        self._require_geo("near")
        la, ln = check_coordinates(lat, lng)
        return self._derive(near=(la, ln, check_radius(radius_km)))

    def within_bbox(self, min_lat: float, min_lng: float, max_lat: float, max_lng: float) -> Self:
        """Keep items inside the box from (``min_lat``, ``min_lng``) to (``max_lat``, ``max_lng``)."""
        self._require_geo("within_bbox")
        lo_lat, lo_lng = check_coordinates(min_lat, min_lng)
        hi_lat, hi_lng = check_coordinates(max_lat, max_lng)
        if lo_lat > hi_lat or lo_lng > hi_lng:
            raise QueryError("within_bbox() needs min_lat <= max_lat and min_lng <= max_lng")
        return self._derive(bbox=(lo_lat, lo_lng, hi_lat, hi_lng))

    def _require_geo(self, method: str) -> None:
        if not self._spec.geo:
            raise QueryError(f"{self._spec.resource} has no geographic filters; {method}() is not available")

    def order_by(self, *fields: str) -> Self:
        """Sort by these fields, ``-`` for descending: ``order_by("-created_at", "id")``.

        Replaces an earlier ordering; ``order_by()`` with no fields restores the API's default.
        """
        keys = tuple(sort_key(self._spec, f) for f in fields)
        names = [k.lstrip("-") for k in keys]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise QueryError(f"order_by() lists {', '.join(repeated)} more than once")
        return self._derive(sort=keys)

    def limit(self, n: int) -> Self:
        """Return at most ``n`` items in total, across pages."""
        return self._derive(limit=_count("limit", n, 0))

    def page_size(self, n: int) -> Self:
        """Fetch ``n`` items per request (the API caps it; the default is the API's)."""
        return self._derive(page_size=_count("page_size", n, 1))

    # --- inspection --------------------------------------------------------------------

    @property
    def params(self) -> dict[str, str]:
        """The wire query parameters this query adds to the list request (a copy)."""
        return compile_params(self._state)

    def _kwargs(self, **overrides: Any) -> dict[str, Any]:
        return list_kwargs(self._state, **overrides)

    def __repr__(self) -> str:
        endpoint = getattr(self._list(**self._kwargs()), "_endpoint", None)
        method = getattr(endpoint, "method", "GET")
        path = getattr(endpoint, "path", self._spec.operation_id)
        s = self._state
        return f"<{type(self).__name__} {method} {path} params={self.params!r} page_size={s.page_size} limit={s.limit}>"

"""The hand-written base of the generated resource classes, and everything they import.

Generated code (generated/stateset_client/resources/) imports only from this module,
so the contract between generator output and facade is this file's names.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Coroutine, Mapping
from decimal import Decimal
from typing import Any, Generic, Literal, Protocol, TypedDict, TypeVar
from uuid import UUID

import attrs
from stateset_client.types import UNSET

from ._base_client import (
    NOT_GIVEN,
    AsyncClientBase,
    CallOptions,
    Endpoint,
    NotGiven,
    SyncClientBase,
    Timeout,
    options_of,
)
from ._bulk import BulkOutcome, BulkResult, arun_bulk, run_bulk
from ._errors import ConfigurationError
from ._pagination import AsyncPager, Page, Paging, SyncPager, check_page_args, first_page_args
from ._query import AsyncQuery, SyncQuery
from ._response import APIResponse, decode, identity, list_of, no_content

__all__ = [
    "NOT_GIVEN",
    "APIResponse",
    "AsyncAPIResource",
    "AsyncClientBase",
    "AsyncPager",
    "AsyncQuery",
    "AsyncRawAPIResource",
    "BulkOptions",
    "BulkResult",
    "Endpoint",
    "NotGiven",
    "Page",
    "Paging",
    "RawResources",
    "SyncAPIResource",
    "SyncClientBase",
    "SyncPager",
    "SyncQuery",
    "SyncRawAPIResource",
    "Timeout",
    "arun_bulk",
    "build_body",
    "identity",
    "list_of",
    "no_content",
    "run_bulk",
]

T = TypeVar("T")


class BulkOptions(TypedDict, total=False):
    """Options of every ``bulk_create`` / ``bulk_update`` / ``bulk_delete`` (see `stateset._bulk.run_bulk`)."""

    concurrency: int
    batch_size: int
    on_error: Literal["continue", "stop"]
    progress: bool | Callable[[Any], Any]
    checkpoint: str | os.PathLike[str] | None
    run_id: str | None
    retain: Literal["failures", "all", "none"]
    on_item: Callable[[BulkOutcome[Any]], Any] | None
    outcomes_path: str | os.PathLike[str] | None
    max_attempts: int


C = TypeVar("C", SyncClientBase, AsyncClientBase)
M = TypeVar("M", bound="_Model")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...

    def to_dict(self) -> dict[str, Any]: ...


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def _to_wire(value: Any) -> Any:
    # Keyword fields may mix generated models, plain dicts/lists and the values models hold
    # (a UUID or datetime read from an earlier response); from_dict wants JSON shapes.
    # Plain JSON comes first: a bulk load passes thousands of dict bodies, node by node.
    cls = type(value)
    if cls in _JSON_SCALARS:
        return value
    if cls is dict:
        return {k: v if type(v) in _JSON_SCALARS else _to_wire(v) for k, v in value.items()}
    if cls is list:
        return [v if type(v) in _JSON_SCALARS else _to_wire(v) for v in value]
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, UUID | Decimal):
        return str(value)
    if isinstance(value, datetime.date):  # datetime too: it is a date subclass
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _to_wire(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_wire(v) for v in value]
    return value


def build_body(model: type[M], body: M | Mapping[str, Any] | None, fields: Mapping[str, Any]) -> M:
    """The request body as a generated model, from a model, a mapping, or keyword fields.

    A mapping and keyword fields may be combined (the keywords win). Missing required
    fields and values of the wrong type raise `ConfigurationError` (also a ValueError)
    before anything is sent.
    """
    given = {name: value for name, value in fields.items() if value is not UNSET}
    if isinstance(body, model):
        if not given:
            return body
        raise ConfigurationError(
            f"pass the {model.__name__} either as `body` or as keyword fields, not both "
            f"(got body and {', '.join(sorted(given))})"
        )
    if body is not None and not isinstance(body, Mapping):
        raise ConfigurationError(f"body must be a {model.__name__} or a mapping, not {type(body).__name__}")
    data = {**(body or {}), **given}
    try:
        wire = _to_wire(data)
        built = model.from_dict(wire)
    except KeyError as exc:
        raise ConfigurationError(f"{model.__name__} is missing the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigurationError(f"invalid {model.__name__}: {exc}") from None
    except RecursionError:
        raise ConfigurationError(f"invalid {model.__name__}: it nests too deeply or contains itself") from None
    unknown = _unknown_field(wire, built)
    if unknown is not None:
        name = ".".join(map(str, unknown))
        raise ConfigurationError(f"{model.__name__} has no field {name!r} (misspelt?); nothing was sent")
    return built


def _unknown_field(sent: Any, built: Any) -> tuple[Any, ...] | None:
    """The path to the first key of ``sent`` that ``built`` did not keep, or None.

    ``from_dict`` ignores keys a closed model (no ``additional_properties``) does not
    declare, so a misspelt field would otherwise be dropped without a word. Models that
    keep extra keys keep them; nested models and lists are compared the same way.
    ``sent`` is what `_to_wire` made (plain dicts and lists); only they are walked.
    """
    if type(sent) is dict:
        fields = _field_names(type(built))
        if fields is None:  # not a model: a free-form object, kept as it came
            return None
        extra = getattr(built, "additional_properties", None)
        for key, value in sent.items():
            if key in fields:
                name = key
            elif type(key) is str and key + "_" in fields:  # `type`, `object`: attributes `type_`...
                name = key + "_"
            elif extra is not None and key in extra:
                continue
            else:
                return (key,)
            if type(value) is dict or type(value) is list:
                found = _unknown_field(value, getattr(built, name))
                if found is not None:
                    return (key, *found)
    elif type(sent) is list and type(built) is list:
        for index, (item, kept) in enumerate(zip(sent, built, strict=False)):
            if type(item) is dict or type(item) is list:
                found = _unknown_field(item, kept)
                if found is not None:
                    return (index, *found)
    return None


_FIELD_NAMES: dict[type, frozenset[str] | None] = {}


def _field_names(cls: type) -> frozenset[str] | None:
    """A generated model's attribute names (its wire names, ``type_`` for ``type``...), or None."""
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        names = frozenset(field.name for field in attrs.fields(cls)) if attrs.has(cls) else None
        _FIELD_NAMES[cls] = names
        return names


class _Resource(Generic[C]):
    __slots__ = ("_client",)
    _client: C

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _pager_args(
    endpoint: Endpoint,
    build: Callable[[dict[str, int]], dict[str, Any]],
    parse: Callable[[Any], T],
    options: dict[str, Any],
    page_size: int | None,
    max_items: int | None,
) -> tuple[Any, ...]:
    return endpoint, build, parse, CallOptions(**options), page_size, max_items


class SyncAPIResource(_Resource[SyncClientBase]):
    """Base of every generated sync resource class (``client.orders`` and friends)."""

    __slots__ = ()

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> T:
        options = options_of((idempotency_key, timeout, max_retries, extra_headers))
        return self._client._call(endpoint, kwargs, parse, options, decode)

    def _paginate(
        self,
        endpoint: Endpoint,
        build: Callable[[dict[str, int]], dict[str, Any]],
        parse: Callable[[Any], T],
        *,
        page_size: int | None,
        max_items: int | None,
        **options: Any,
    ) -> SyncPager[T]:
        return SyncPager(self._client, *_pager_args(endpoint, build, parse, options, page_size, max_items))


class AsyncAPIResource(_Resource[AsyncClientBase]):
    """Base of every generated async resource class."""

    __slots__ = ()

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> Coroutine[Any, Any, T]:
        # Hands back the client's coroutine: awaiting it here would add a frame per call.
        options = options_of((idempotency_key, timeout, max_retries, extra_headers))
        return self._client._call(endpoint, kwargs, parse, options, decode)

    def _paginate(
        self,
        endpoint: Endpoint,
        build: Callable[[dict[str, int]], dict[str, Any]],
        parse: Callable[[Any], T],
        *,
        page_size: int | None,
        max_items: int | None,
        **options: Any,
    ) -> AsyncPager[T]:
        return AsyncPager(self._client, *_pager_args(endpoint, build, parse, options, page_size, max_items))


class SyncRawAPIResource(_Resource[SyncClientBase]):
    """Base of the generated sync raw-response classes (``client.with_raw_response.orders``)."""

    __slots__ = ()

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[T]:
        options = options_of((idempotency_key, timeout, max_retries, extra_headers))
        return self._client._call_raw(endpoint, kwargs, parse, options)

    def _paginate(
        self,
        endpoint: Endpoint,
        build: Callable[[dict[str, int]], dict[str, Any]],
        parse: Callable[[Any], T],
        *,
        page_size: int | None,
        max_items: int | None,
        **options: Any,
    ) -> APIResponse[Page[T]]:
        assert endpoint.paging is not None
        check_page_args(page_size, max_items)
        args = first_page_args(endpoint.paging, page_size)
        page, response = self._client._fetch_page(endpoint, build(args), parse, args, CallOptions(**options))
        return APIResponse(page, response)


class AsyncRawAPIResource(_Resource[AsyncClientBase]):
    """Base of the generated async raw-response classes."""

    __slots__ = ()

    def _call(
        self,
        endpoint: Endpoint,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> Coroutine[Any, Any, APIResponse[T]]:
        options = options_of((idempotency_key, timeout, max_retries, extra_headers))
        return self._client._call_raw(endpoint, kwargs, parse, options)

    async def _paginate(
        self,
        endpoint: Endpoint,
        build: Callable[[dict[str, int]], dict[str, Any]],
        parse: Callable[[Any], T],
        *,
        page_size: int | None,
        max_items: int | None,
        **options: Any,
    ) -> APIResponse[Page[T]]:
        assert endpoint.paging is not None
        check_page_args(page_size, max_items)
        args = first_page_args(endpoint.paging, page_size)
        page, response = await self._client._fetch_page(endpoint, build(args), parse, args, CallOptions(**options))
        return APIResponse(page, response)


class RawResources(Generic[C]):
    """Base of ``client.with_raw_response``: the same resources, returning `APIResponse`."""

    _client: C

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

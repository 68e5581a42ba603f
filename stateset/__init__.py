"""Stateset: the typed Python SDK for the Stateset commerce-operations API.

::

    from stateset import Stateset

    client = Stateset()  # reads STATESET_API_KEY
    order = client.orders.get("ord_...")

Try it without an account against the local sandbox (``pip install "stateset[sandbox]"``)::

    from stateset.sandbox import Sandbox

    with Sandbox() as sb, sb.client() as client:
        print(client.orders.list().total)
"""

from ._client import AsyncStateset, Stateset
from ._config import ClientConfig
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MissingDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    StatesetError,
    UnprocessableEntityError,
)
from ._instrumentation import ErrorEvent, Hooks, RequestEvent, ResponseEvent, RetryEvent
from ._pagination import AsyncPager, Page, SyncPager
from ._response import APIResponse
from .cache import AsyncCacheBackend, CacheBackend, CacheStats, MemoryCache, OperationStats, RedisCache

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCacheBackend",
    "AsyncPager",
    "AsyncStateset",
    "AuthenticationError",
    "BadRequestError",
    "CacheBackend",
    "CacheStats",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "ErrorEvent",
    "Hooks",
    "InternalServerError",
    "MemoryCache",
    "MissingDependencyError",
    "NotFoundError",
    "OperationStats",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RedisCache",
    "RequestEvent",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
    "Stateset",
    "StatesetError",
    "SyncPager",
    "UnprocessableEntityError",
]

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

# Names load on first use (PEP 562): `import stateset` stays cheap (the CLI's --help and
# tools that only need one submodule pay for nothing else); type checkers see the imports below.
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._bulk import (
        BulkOutcome,
        BulkProgress,
        BulkResult,
    )
    from ._client import (
        AsyncStateset,
        Stateset,
    )
    from ._config import (
        ClientConfig,
    )
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
    from ._instrumentation import (
        ErrorEvent,
        Hooks,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
    )
    from ._pagination import (
        AsyncPager,
        Page,
        SyncPager,
    )
    from ._query import (
        AsyncQuery,
        QueryError,
        SyncQuery,
    )
    from ._response import (
        APIResponse,
    )
    from .cache import (
        AsyncCacheBackend,
        CacheBackend,
        CacheStats,
        MemoryCache,
        OperationStats,
        RedisCache,
    )

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "AsyncStateset": "._client",
    "Stateset": "._client",
    "ClientConfig": "._config",
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "InternalServerError": "._errors",
    "MissingDependencyError": "._errors",
    "NotFoundError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "ResponseValidationError": "._errors",
    "StatesetError": "._errors",
    "UnprocessableEntityError": "._errors",
    "ErrorEvent": "._instrumentation",
    "Hooks": "._instrumentation",
    "RequestEvent": "._instrumentation",
    "ResponseEvent": "._instrumentation",
    "RetryEvent": "._instrumentation",
    "AsyncPager": "._pagination",
    "Page": "._pagination",
    "SyncPager": "._pagination",
    "APIResponse": "._response",
    "AsyncQuery": "._query",
    "QueryError": "._query",
    "SyncQuery": "._query",
    "BulkOutcome": "._bulk",
    "BulkProgress": "._bulk",
    "BulkResult": "._bulk",
    "AsyncCacheBackend": ".cache",
    "CacheBackend": ".cache",
    "CacheStats": ".cache",
    "MemoryCache": ".cache",
    "OperationStats": ".cache",
    "RedisCache": ".cache",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCacheBackend",
    "AsyncPager",
    "AsyncQuery",
    "AsyncStateset",
    "AuthenticationError",
    "BadRequestError",
    "BulkOutcome",
    "BulkProgress",
    "BulkResult",
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
    "QueryError",
    "RateLimitError",
    "RedisCache",
    "RequestEvent",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
    "Stateset",
    "StatesetError",
    "SyncPager",
    "SyncQuery",
    "UnprocessableEntityError",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'stateset' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])

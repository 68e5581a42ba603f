"""What the caching transport decides before touching a backend: backend checks, lookup plans."""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from .._errors import ConfigurationError
from ._protocol import CacheSettings

__all__ = ["FAILED", "Plan", "check_backend", "fingerprint", "settings_of"]

_METHODS = ("get", "get_many", "set", "delete", "incr")


def check_backend(value: object) -> Any:
    """Validate a ``cache=`` argument: a backend, or None/False for no cache."""
    if value is None or value is False:
        return None
    if hasattr(value, "async_backend") or all(callable(getattr(value, m, None)) for m in _METHODS):
        return value
    raise ConfigurationError(
        f"cache must be a cache backend such as stateset.MemoryCache() or stateset.RedisCache(...), "
        f"or False for none; got {value!r}"
    )


def settings_of(backend: object) -> CacheSettings:
    """The backend's :class:`CacheSettings` (defaults for backends that carry none)."""
    settings = getattr(backend, "settings", None)
    return settings if isinstance(settings, CacheSettings) else CacheSettings()


def fingerprint(request: httpx.Request) -> tuple[Any, ...]:
    """The URL and headers of ``request`` as one hashable value (the plan memo's key)."""
    # httpx keeps the parsed URL as a tuple of strings and the headers as a list of
    # byte-string tuples; hashing those is several times cheaper than the public
    # properties, which rebuild them on every access. The fallback covers other versions.
    url, headers = request.url, request.headers
    parts, items = getattr(url, "_uri_reference", None), getattr(headers, "_list", None)
    if isinstance(parts, tuple) and isinstance(items, list):
        return parts, tuple(items)
    return url.raw_path, url.raw_host, url.port, url.scheme, tuple(headers.raw)


class _Failed:
    """The backend could not be used; the call goes to the API instead."""


FAILED = _Failed()


@attrs.frozen
class Plan:
    """What a cacheable GET needs: its operation, the parts of its key, and the counters."""

    operation: str | None
    #: The entry key without its generations (see ``_keys.entry_base``).
    base: str
    counters: tuple[str, str, str]
    lookup: bool

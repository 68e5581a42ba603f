"""Client configuration: resolved once from arguments and the environment, then immutable."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._checks import check_headers, check_max_retries, seconds, timeout_of
from ._constants import API_KEY_ENV, DEFAULT_TIMEOUT
from ._errors import ConfigurationError, missing_api_key
from ._instrumentation import Hooks

BASE_URL_ENV = "STATESET_BASE_URL"
PROFILE_ENV = "STATESET_PROFILE"
DEFAULT_BASE_URL = "https://api.stateset.io"
API_PREFIX = "/api/v1"
SDK_VERSION = "0.1.0"
USER_AGENT = f"stateset-python/{SDK_VERSION}"


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None or isinstance(value, httpx.Timeout):
        return timeout_of(value)
    limit = seconds(value)
    # Connecting should fail fast even when a long read timeout is allowed.
    return httpx.Timeout(limit, connect=min(limit, DEFAULT_TIMEOUT.connect or 5.0))


def _base_url(value: object) -> str:
    problem = f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, not {value!r}"
    if not isinstance(value, str) or value != value.strip() or any(c.isspace() for c in value):
        raise ConfigurationError(problem)
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise ConfigurationError(f"{problem} ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(problem)
    if url.query or url.fragment or "?" in value or "#" in value:
        raise ConfigurationError(f"base_url is an origin with no query or fragment, not {value!r}")
    text = str(url).rstrip("/")
    if text.endswith(API_PREFIX):
        raise ConfigurationError(
            f"base_url is the API's origin (e.g. {DEFAULT_BASE_URL!r}); the SDK adds {API_PREFIX!r} itself. "
            f"Use {text[: -len(API_PREFIX)]!r}."
        )
    return text


@attrs.frozen(repr=False)
class ClientConfig:
    """Everything a client was configured with. Change it with ``client.with_options(...)``."""

    api_key: str | None
    bearer_token: str | None
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, str]
    hooks: Hooks
    #: The response cache backend (``stateset.MemoryCache``, ``RedisCache``...), or None.
    cache: Any = None

    def __repr__(self) -> str:
        key = "set" if self.api_key else "unset"
        return f"ClientConfig(base_url={self.base_url!r}, api_key=<{key}>, max_retries={self.max_retries})"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Credential values to scrub from logs, events and errors."""
        return tuple(s for s in (self.api_key, self.bearer_token) if s)

    def headers(self) -> dict[str, str]:
        """Headers sent on every request (credentials are added by the auth transport)."""
        return {"User-Agent": USER_AGENT, "Accept": "application/json", **self.default_headers}


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    bearer_token: str | None = None,
    default_headers: Mapping[str, str] | None = None,
    hooks: Hooks | None = None,
    environ: Mapping[str, str] | None = None,
    cache: object = None,
    profile: str | None = None,
) -> ClientConfig:
    """Combine arguments, ``STATESET_API_KEY`` / ``STATESET_BASE_URL`` and a CLI profile.

    Precedence: arguments > environment > profile. The profile (``profile=`` or
    ``$STATESET_PROFILE``) is the one `stateset config` manages.
    """
    env = os.environ if environ is None else environ
    saved: Mapping[str, Any] = {}
    if profile is not None or env.get(PROFILE_ENV):
        from .cli._config import profile_settings  # standard library only; no click needed

        saved = profile_settings(profile, environ=env)
    api_key = api_key if api_key is not None else env.get(API_KEY_ENV) or saved.get("api_key") or None
    if not api_key and not bearer_token:
        raise missing_api_key()
    for name, value in (("api_key", api_key), ("bearer_token", bearer_token)):
        if value is not None and (not isinstance(value, str) or not value.strip() or "\n" in value):
            raise ConfigurationError(f"{name} must be a non-empty single-line string")
    check_max_retries(max_retries)
    return ClientConfig(
        api_key=api_key,
        bearer_token=bearer_token,
        base_url=_base_url(base_url or env.get(BASE_URL_ENV) or saved.get("base_url") or DEFAULT_BASE_URL),
        timeout=_timeout(timeout),
        max_retries=max_retries,
        default_headers=dict(check_headers(default_headers, "default_headers")) if default_headers else {},
        hooks=hooks or Hooks(),
        cache=_cache(cache),
    )


def _cache(value: object) -> Any:
    if value is None or value is False:
        return None
    from .cache import check_backend  # lazy: only clients with a cache load the package

    return check_backend(value)


def changed(config: ClientConfig, **changes: Any) -> dict[str, Any]:
    """Constructor arguments that rebuild `config` with `changes` applied."""
    current = {
        "api_key": config.api_key,
        "bearer_token": config.bearer_token,
        "base_url": config.base_url,
        "timeout": config.timeout,
        "max_retries": config.max_retries,
        "default_headers": config.default_headers,
        "hooks": config.hooks,
        "cache": config.cache,
    }
    unknown = set(changes) - set(current)
    if unknown:
        raise ConfigurationError(f"with_options() got unknown options: {', '.join(sorted(unknown))}")
    return {**current, **changes}


__all__ = ["DEFAULT_BASE_URL", "ClientConfig", "changed", "resolve_config"]

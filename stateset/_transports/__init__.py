"""The SDK's httpx transport stack: each cross-cutting behaviour is one wrapping layer.

Outer to inner::

    IdempotencyTransport   stamp one Idempotency-Key per call (before any retry)
    RetryTransport         resend per stateset._retry; sleeps between attempts
    AuthTransport          X-API-Key / Authorization: Bearer (caller's headers win)
    InstrumentationTransport  hooks + logs, once per attempt, redacted
    inner                  httpx.HTTPTransport / AsyncHTTPTransport / aiohttp backend

To add a layer (e.g. a response cache, outermost), pass your own list to :func:`stack`::

    stack(inner, [CacheTransport, *default_layers(api_key=...)])
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Literal, overload

import httpx

from .._constants import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES
from .._errors import ConfigurationError
from .._instrumentation import Hooks
from .._optional import import_optional
from ._aiohttp import AiohttpTransport, aiohttp_transport, map_aiohttp_error
from ._auth import AuthTransport
from ._base import Layer, Transport
from ._idempotency import IdempotencyTransport, ensure_idempotency_key
from ._instrument import InstrumentationTransport
from ._retry import RetryTransport

__all__ = [
    "AiohttpTransport",
    "AuthTransport",
    "IdempotencyTransport",
    "InstrumentationTransport",
    "Layer",
    "LayerFactory",
    "RetryTransport",
    "Transport",
    "build_transport",
    "default_async_transport",
    "default_layers",
    "default_transport",
    "ensure_idempotency_key",
    "map_aiohttp_error",
    "stack",
]

#: Builds one layer around the transport it is given (a class or a functools.partial).
LayerFactory = Callable[[Transport], Layer]


def default_layers(
    *,
    api_key: str | None = None,
    bearer_token: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    hooks: Hooks | None = None,
    extra_secrets: Iterable[str] = (),
    sleep: Callable[[float], None] | None = None,
    async_sleep: Callable[[float], Awaitable[None]] | None = None,
) -> list[LayerFactory]:
    """Return the SDK's layers, outermost first, ready for :func:`stack`.

    ``extra_secrets`` are scrubbed from logs and hook events besides the credentials.
    ``sleep``/``async_sleep`` replace the real waits between retries (tests).
    """
    secrets = tuple(s for s in (api_key, bearer_token, *extra_secrets) if s)
    hooks = hooks or Hooks()
    return [
        IdempotencyTransport,
        functools.partial(
            RetryTransport,
            max_retries=max_retries,
            hooks=hooks,
            secrets=secrets,
            sleep=sleep,
            async_sleep=async_sleep,
        ),
        functools.partial(AuthTransport, api_key=api_key, bearer_token=bearer_token),
        functools.partial(InstrumentationTransport, hooks=hooks, secrets=secrets),
    ]


@overload
def stack(inner: httpx.BaseTransport, layers: Sequence[LayerFactory]) -> httpx.BaseTransport: ...
@overload
def stack(inner: httpx.AsyncBaseTransport, layers: Sequence[LayerFactory]) -> httpx.AsyncBaseTransport: ...
def stack(inner: Transport, layers: Sequence[LayerFactory]) -> Transport:
    """Wrap ``inner`` in ``layers`` so that ``layers[0]`` is the outermost."""
    transport = inner
    for make in reversed(layers):
        transport = make(transport)
    return transport


@overload
def build_transport(
    inner: httpx.BaseTransport,
    *,
    api_key: str | None = ...,
    bearer_token: str | None = ...,
    max_retries: int = ...,
    hooks: Hooks | None = ...,
    extra_secrets: Iterable[str] = ...,
    sleep: Callable[[float], None] | None = ...,
    async_sleep: Callable[[float], Awaitable[None]] | None = ...,
) -> httpx.BaseTransport: ...
@overload
def build_transport(
    inner: httpx.AsyncBaseTransport,
    *,
    api_key: str | None = ...,
    bearer_token: str | None = ...,
    max_retries: int = ...,
    hooks: Hooks | None = ...,
    extra_secrets: Iterable[str] = ...,
    sleep: Callable[[float], None] | None = ...,
    async_sleep: Callable[[float], Awaitable[None]] | None = ...,
) -> httpx.AsyncBaseTransport: ...
def build_transport(
    inner: Transport,
    *,
    api_key: str | None = None,
    bearer_token: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    hooks: Hooks | None = None,
    extra_secrets: Iterable[str] = (),
    sleep: Callable[[float], None] | None = None,
    async_sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Transport:
    """Wrap ``inner`` in the full SDK stack; the result is the same kind (sync/async).

    Invalid credentials or ``max_retries`` raise :class:`ConfigurationError` here, at
    construction, never mid-request.
    """
    layers = default_layers(
        api_key=api_key,
        bearer_token=bearer_token,
        max_retries=max_retries,
        hooks=hooks,
        extra_secrets=extra_secrets,
        sleep=sleep,
        async_sleep=async_sleep,
    )
    return stack(inner, layers)


def default_transport(
    *,
    http2: bool = False,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
) -> httpx.HTTPTransport:
    """Return the default sync network transport (httpx's own; ``http2`` needs ``h2``)."""
    if http2:
        _require_h2()
    return httpx.HTTPTransport(http2=http2, limits=limits, verify=verify)


def default_async_transport(
    *,
    backend: Literal["httpx", "aiohttp"] = "httpx",
    http2: bool = False,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
) -> httpx.AsyncBaseTransport:
    """Return the default async network transport: httpx's, or aiohttp's (``stateset[aiohttp]``)."""
    if backend == "aiohttp":
        if http2:
            raise ConfigurationError("the aiohttp backend does not support HTTP/2")
        return aiohttp_transport(verify=verify, limits=limits)
    if backend != "httpx":
        raise ConfigurationError(f"backend must be 'httpx' or 'aiohttp', got {backend!r}")
    if http2:
        _require_h2()
    return httpx.AsyncHTTPTransport(http2=http2, limits=limits, verify=verify)


def _require_h2() -> None:
    # httpx would fail on first use; fail at construction with the SDK's error instead.
    import_optional("h2", extra=None, feature="HTTP/2 (http2=True)", install='pip install "httpx[http2]"')

"""Attach credentials to each request without ever overriding the caller's headers."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

import httpx

from .._constants import API_KEY_ENV, API_KEY_HEADER, AUTHORIZATION_HEADER
from .._errors import ConfigurationError
from .._headers import Line, add_defaults, line_of
from ._aiohttp import AiohttpTransport
from ._base import Layer, Transport

__all__ = ["AuthTransport"]


def _check_credential(name: str, value: str | None) -> str | None:
    """Reject values that would break or inject headers; the message never shows them."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string (see {API_KEY_ENV})")
    if not value.isascii() or not value.isprintable() or value != value.strip():
        # Control characters would let a pasted key smuggle extra headers; non-ASCII ones
        # fail deep inside httpx with an error that echoes the value.
        raise ConfigurationError(
            f"{name} contains whitespace, control or non-ASCII characters; check for a stray newline or quote"
        )
    return value


def _share_credentials(transport: Transport, lines: tuple[Line, ...]) -> None:
    """Tell an aiohttp backend below which credential lines its client sends on every call.

    It keeps the wire form of header sets that carry these, and no other secrets. Only
    the first client built on a backend (its owner) is trusted; see `OutgoingHeaders`.
    """
    while isinstance(transport, Layer):
        transport = transport._next
    if isinstance(transport, AiohttpTransport):
        transport.trust_credentials(lines)


class AuthTransport(Layer):
    """Send the API key as ``X-API-Key`` and/or a token as ``Authorization: Bearer ...``.

    A header the caller already set is left alone, so per-request credentials win.
    """

    def __init__(
        self,
        next_transport: Transport,
        *,
        api_key: str | None = None,
        bearer_token: str | None = None,
    ) -> None:
        super().__init__(next_transport)
        headers: list[Line] = []
        if (key := _check_credential("api_key", api_key)) is not None:
            headers.append(line_of(API_KEY_HEADER, key))
        if (token := _check_credential("bearer_token", bearer_token)) is not None:
            headers.append(line_of(AUTHORIZATION_HEADER, f"Bearer {token}"))
        self._headers = tuple(headers)
        _share_credentials(next_transport, self._headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Add credentials, then send (sync)."""
        add_defaults(request.headers, self._headers)
        return self._send(request)

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Add credentials, then send (async)."""
        add_defaults(request.headers, self._headers)
        return self._asend(request)

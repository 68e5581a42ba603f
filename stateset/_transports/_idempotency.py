"""Give every POST an ``Idempotency-Key`` so the retry layer may safely resend it."""

from __future__ import annotations

import uuid
from collections.abc import Coroutine
from typing import Any

import httpx

from .._constants import AUTO_IDEMPOTENCY_METHODS, EXT_IDEMPOTENCY, IDEMPOTENCY_KEY_HEADER
from ._base import Layer

__all__ = ["IdempotencyTransport", "ensure_idempotency_key"]


def ensure_idempotency_key(request: httpx.Request) -> None:
    """Add a fresh UUID4 ``Idempotency-Key`` to a POST that has none.

    Left alone: requests whose caller set the header (their key wins) and requests with
    ``extensions={"stateset.idempotency": False}``.
    """
    if (
        request.method in AUTO_IDEMPOTENCY_METHODS
        and IDEMPOTENCY_KEY_HEADER not in request.headers
        and request.extensions.get(EXT_IDEMPOTENCY, True) is not False
    ):
        request.headers[IDEMPOTENCY_KEY_HEADER] = str(uuid.uuid4())


class IdempotencyTransport(Layer):
    """Stamp the key once per call, *outside* the retry loop, so every retry reuses it."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Ensure the key, then send (sync)."""
        ensure_idempotency_key(request)
        return self._send(request)

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Ensure the key, then send (async)."""
        ensure_idempotency_key(request)
        return self._asend(request)

"""Authentication and per-key rate limiting."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterable, Mapping

from ._errors import ApiError


class Auth:
    """Accepts ``sk_test_…`` keys by default, or exactly the configured keys."""

    def __init__(self, api_keys: Iterable[str] | None = None) -> None:
        self.keys = frozenset(api_keys) if api_keys else None

    def valid_key(self, key: str | None) -> bool:
        """Return whether ``key`` is an accepted API key."""
        if not key:
            return False
        if self.keys is not None:
            return key in self.keys
        return key.startswith("sk_test_") and len(key) > len("sk_test_")

    @staticmethod
    def credentials(headers: Mapping[str, str]) -> tuple[str | None, str | None]:
        """Return (X-API-Key value, bearer token) from the request headers."""
        bearer = None
        authz = headers.get("authorization", "")
        if authz[:7].lower() == "bearer ":
            bearer = authz[7:].strip() or None
        return headers.get("x-api-key") or None, bearer


class RateLimiter:
    """A fixed-window counter per key: ``limit`` requests per ``window`` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("rate_limit must be (requests >= 1, seconds > 0)")
        self.limit = limit
        self.window = window
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> dict[str, str]:
        """Count one request for ``key``; return the rate headers or raise 429."""
        now = time.monotonic()
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now - start >= self.window:
                start, used = now, 0
            reset = max(0, math.ceil(start + self.window - now))
            if used >= self.limit:
                headers = self._headers(0, reset)
                headers["Retry-After"] = str(max(1, reset))
                raise ApiError(429, "rate limit exceeded", f"{self.limit} requests per {self.window:g}s", headers)
            self._windows[key] = (start, used + 1)
            return self._headers(self.limit - used - 1, reset)

    def _headers(self, remaining: int, reset: int) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
        }

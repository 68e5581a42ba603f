"""Defaults and wire names shared by the client, the retry policy and the transports.

Everything tunable lives here so a reviewer can see the SDK's behaviour in one screen.
"""

from __future__ import annotations

import httpx

#: Per-request timeout: 30 s overall phases, but give up connecting after 5 s so an
#: unreachable host fails fast and the retry policy can try again.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

#: Connection pool defaults (httpx's own, spelled out so they are visible and stable).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)

#: Retries after the first attempt (so up to ``1 + DEFAULT_MAX_RETRIES`` attempts).
DEFAULT_MAX_RETRIES = 2

#: Exponential backoff: the first retry waits up to INITIAL_RETRY_DELAY seconds (full
#: jitter), doubling per retry, never more than MAX_RETRY_DELAY.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

#: A server-sent Retry-After is honoured up to this many seconds; beyond it we would
#: rather surface the error than hang the caller.
MAX_RETRY_AFTER = 60.0

#: Statuses that say "try again later" without implying the request was processed badly.
RETRYABLE_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})

#: Methods that are idempotent by HTTP semantics and therefore always safe to resend.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

#: Methods that receive an auto-generated Idempotency-Key.
AUTO_IDEMPOTENCY_METHODS = frozenset({"POST"})

# Header names (compared case-insensitively by httpx).
API_KEY_HEADER = "X-API-Key"
AUTHORIZATION_HEADER = "Authorization"
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
REQUEST_ID_HEADER = "X-Request-Id"
RETRY_AFTER_HEADER = "Retry-After"
RETRY_AFTER_MS_HEADER = "retry-after-ms"

#: Header names whose values are always replaced by REDACTED in logs, events and reprs.
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
#: Any other header whose name contains one of these fragments is redacted too.
SENSITIVE_HEADER_FRAGMENTS = ("token", "secret", "password", "api-key", "apikey", "signature")
REDACTED = "[REDACTED]"

# Per-request knobs, passed as ``httpx.Request.extensions`` (or ``client.get(...,
# extensions=...)``). Namespaced so they never collide with httpx's own extensions.
EXT_MAX_RETRIES = "stateset.max_retries"
EXT_IDEMPOTENCY = "stateset.idempotency"
EXT_ATTEMPT = "stateset.attempt"

# Environment variables.
API_KEY_ENV = "STATESET_API_KEY"
LOG_ENV = "STATESET_LOG"

LOGGER_NAME = "stateset"

#: Longest server message or body snippet copied into an exception string.
MAX_ERROR_SNIPPET = 500

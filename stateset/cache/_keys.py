"""Cache keys: canonical URL, credential identity and generations, hashed. Pure.

No credential ever reaches the store: the identity is an HMAC-SHA256 of the API key
and bearer token, and the entry key is a SHA-256 over everything, so neither appears
in a key or can be recovered from one.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from urllib.parse import urlencode

import httpx

__all__ = ["canonical_url", "entry_base", "entry_key", "identity_of"]

# Identities are derived with a fixed, public salt unless a signing key is configured:
# the same credential must map to the same identity in every process sharing a store.
_IDENTITY_SALT = b"stateset-cache-identity-v1"
_MAX_MEMO = 1024
_memo: dict[tuple[bytes, str | None, str | None], str] = {}


def identity_of(api_key: str | None, authorization: str | None, salt: bytes | None = None) -> str:
    """A stable, non-reversible name for a set of credentials (two tenants never collide)."""
    memo_key = (salt or _IDENTITY_SALT, api_key, authorization)
    found = _memo.get(memo_key)
    if found is None:
        message = f"k={api_key or ''}\nb={authorization or ''}".encode()
        found = hmac.new(memo_key[0], message, hashlib.sha256).hexdigest()
        if len(_memo) >= _MAX_MEMO:
            _memo.clear()
        _memo[memo_key] = found
    return found


def canonical_url(url: httpx.URL) -> str:
    """``scheme://host:port/path?query`` with the query parameters sorted."""
    query = url.query
    if query:
        items = sorted(url.params.multi_items())
        query_text = "?" + urlencode(items)
    else:
        query_text = ""
    return f"{url.scheme}://{url.host}:{url.port or ''}{url.raw_path.split(b'?', 1)[0].decode('ascii')}{query_text}"


def entry_base(prefix: str, method: str, url: str, identity: str) -> str:
    """The fixed part of a response's key: everything but the generations, hashed."""
    digest = hashlib.sha256(b"\x00".join((method.encode(), url.encode(), identity.encode()))).hexdigest()
    return f"{prefix}e:{digest}"


def entry_key(base: str, generations: Sequence[bytes | int | None]) -> str:
    """The store key of a response: its base plus the current generation counters.

    Plain concatenation (missing counters read as ``0``), so a backend can build the same
    key server-side, e.g. RedisCache's one-round-trip lookup script. Counters come as
    stored (ASCII digits) or, from an in-process backend, as ints.
    """
    parts = [base]
    for g in generations:
        parts.append(g.decode("ascii") if isinstance(g, bytes) and g else str(g or 0))
    return ":".join(parts)

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

__all__ = ["MISSING_GENERATION", "canonical_url", "entry_base", "entry_key", "identity_of", "key_of_texts"]

# Identities are derived with a fixed, public salt unless a signing key is configured:
# the same credential must map to the same identity in every process sharing a store.
_IDENTITY_SALT = b"stateset-cache-identity-v1"
_MAX_MEMO = 1024
#: How a counter that does not exist (yet, or any more) appears in an entry key.
MISSING_GENERATION = "0"
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


def entry_key(base: str, generations: Sequence[bytes | None]) -> str:
    """The store key of a response: its base plus the current generation counters.

    Plain concatenation (missing counters read as ``0``), so a backend can build the same
    key server-side, e.g. RedisCache's one-round-trip lookup script.
    """
    return key_of_texts(base, [g.decode("ascii") if g else MISSING_GENERATION for g in generations])


def key_of_texts(base: str, generations: Sequence[str]) -> str:
    """:func:`entry_key` for generations already held as text (an in-process backend's)."""
    return ":".join([base, *generations])

"""Cache entries as bytes, and which responses may become one. Pure; never pickle.

An entry is a fixed binary header, the kept response headers, the body and, when a
signing key is configured, an HMAC-SHA256 over the store key and everything before it::

    magic "SSC1" | flags u8 | status u16 | stored_at f64 | ttl f64 | headers_len u32
    headers (latin-1 "name: value" lines joined by CRLF) | body | [mac 32 bytes]

Decoding checks every length and field and raises :class:`InvalidEntry` for anything
malformed, forged (bad MAC) or expired; the layer treats that as a miss. Nothing in
an entry is ever evaluated, so a poisoned shared store cannot run code.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Sequence
from typing import Any

import attrs
import httpx

from .._headers import from_lines, lines_of
from .._httpx_build import new_response

__all__ = [
    "CACHE_STATUS_HEADER",
    "DecodedEntry",
    "Entry",
    "InvalidEntry",
    "decode_entry",
    "encode_entry",
    "storable_ttl",
]

MAGIC = b"SSC1"
_HEADER = struct.Struct(">4sBHddI")
_SIGNED = 1
_MAC_SIZE = 32
#: Response headers worth keeping; others (Set-Cookie, Content-Encoding...) are dropped.
KEPT_HEADERS = frozenset({"content-type", "etag", "last-modified", "cache-control", "x-request-id"})
#: Added to responses served from the cache: ``hit`` (stored) or ``coalesced`` (shared).
CACHE_STATUS_HEADER = "X-Stateset-Cache"


class InvalidEntry(ValueError):
    """A stored value that is not a valid, authentic, fresh entry."""


@attrs.frozen
class Entry:
    """A cached response: what is needed to rebuild it for a caller."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    stored_at: float
    ttl: float

    def response_headers(self, now: float, source: str = "hit") -> httpx.Headers:
        """The headers of a response built from this entry at ``now``: ``Age`` and the cache status added."""
        return httpx.Headers(
            [
                *self.headers,
                ("Content-Length", str(len(self.body))),
                ("Age", str(_age(now, self.stored_at))),
                (CACHE_STATUS_HEADER, source),
            ]
        )

    def to_response(self, request: httpx.Request, now: float, source: str = "hit") -> httpx.Response:
        """A fresh ``httpx.Response`` for ``request``, with ``Age`` and the cache status.

        Built the way network transports build theirs (a byte stream the client reads),
        which is several times cheaper than ``content=``.
        """
        headers = self.response_headers(now, source)
        return httpx.Response(self.status, headers=headers, stream=httpx.ByteStream(self.body), request=request)


def _age(now: float, stored_at: float) -> int:
    age = int(now - stored_at)
    return age if age > 0 else 0


class DecodedEntry:
    """An :class:`Entry` already decoded and checked, kept in memory for repeated hits.

    Hits on one entry within the same second share their headers: httpx copies a
    ``Headers`` object in one step, where it normalizes a list of pairs one by one.
    Only in-process backends (MemoryCache) hold these; shared stores only ever hold bytes.
    """

    __slots__ = ("_built", "entry", "expires_at", "model")

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        #: Wall-clock time after which the entry must not be served.
        self.expires_at = entry.stored_at + entry.ttl
        # (age, headers) as one tuple, so concurrent hits never pair one age with another's headers.
        self._built: tuple[int, httpx.Headers] | None = None
        #: (parser, model, copier) once a client decoded the body with that parser; the
        #: model is never handed out itself, only copies (see `stateset.cache._hits`).
        self.model: tuple[Any, Any, Any] | None = None

    def to_response(self, request: httpx.Request, now: float) -> httpx.Response:
        """Like :meth:`Entry.to_response` (source ``hit``), reusing this second's headers."""
        entry = self.entry
        age = _age(now, entry.stored_at)
        built = self._built
        if built is None or built[0] != age:
            built = self._built = (age, entry.response_headers(now))
        # Entries keep no Content-Encoding; each response gets its own copy of the shared headers.
        return new_response(entry.status, from_lines(list(lines_of(built[1]))), entry.body, request, {})


def _mac(signing_key: bytes, key: str, data: bytes) -> bytes:
    return hmac.new(signing_key, key.encode() + b"\n" + data, hashlib.sha256).digest()


def encode_entry(entry: Entry, key: str, signing_key: bytes | None) -> bytes:
    """Serialize ``entry`` stored under ``key`` (the key is bound into the MAC)."""
    headers = "\r\n".join(f"{name}: {value}" for name, value in entry.headers).encode("latin-1")
    flags = _SIGNED if signing_key else 0
    data = _HEADER.pack(MAGIC, flags, entry.status, entry.stored_at, entry.ttl, len(headers)) + headers + entry.body
    return data + _mac(signing_key, key, data) if signing_key else data


def decode_entry(raw: bytes, key: str, signing_key: bytes | None, now: float) -> Entry:
    """Parse and check a stored value; raise :class:`InvalidEntry` unless it is usable."""
    if not isinstance(raw, bytes) or len(raw) < _HEADER.size:
        raise InvalidEntry("too short")
    magic, flags, status, stored_at, ttl, headers_len = _HEADER.unpack_from(raw)
    if magic != MAGIC or flags not in (0, _SIGNED):
        raise InvalidEntry("not a cache entry")
    end = len(raw)
    if flags & _SIGNED:
        end -= _MAC_SIZE
    if signing_key is not None:
        # An unsigned entry in a store we sign for was written by someone else: reject it.
        if not flags & _SIGNED or end < _HEADER.size:
            raise InvalidEntry("unsigned entry")
        if not hmac.compare_digest(raw[end:], _mac(signing_key, key, raw[:end])):
            raise InvalidEntry("bad signature")
    body_start = _HEADER.size + headers_len
    if body_start > end or not 200 <= status < 300:
        raise InvalidEntry("bad lengths or status")
    if not (ttl > 0 and stored_at <= now + 1 and now < stored_at + ttl):  # +1: clock skew between hosts
        raise InvalidEntry("expired")
    return Entry(status, _parse_headers(raw[_HEADER.size : body_start]), raw[body_start:end], stored_at, ttl)


def _parse_headers(block: bytes) -> tuple[tuple[str, str], ...]:
    if not block:
        return ()
    pairs = []
    for line in block.decode("latin-1").split("\r\n"):
        name, sep, value = line.partition(": ")
        if not sep or name.lower() not in KEPT_HEADERS:
            raise InvalidEntry("bad header")
        pairs.append((name, value))
    return tuple(pairs)


def kept_headers(headers: httpx.Headers) -> tuple[tuple[str, str], ...]:
    """The response headers an entry keeps."""
    return tuple((k, v) for k, v in headers.items() if k.lower() in KEPT_HEADERS)


def _directives(values: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            name, _, arg = part.strip().partition("=")
            if name:
                found[name.lower()] = arg.strip().strip('"')
    return found


def request_directives(headers: httpx.Headers) -> dict[str, str]:
    """The request's ``Cache-Control`` directives (``no-cache`` skips lookup, ``no-store`` everything)."""
    values = headers.get_list("cache-control")
    return _directives(values) if values else {}


def storable_ttl(status: int, headers: httpx.Headers, ttl: float, max_bytes: int) -> float | None:
    """Seconds to keep a GET response, or None when it must not be cached.

    Only 2xx; never ``no-store``/``no-cache``, a ``Set-Cookie`` or a declared length
    above ``max_bytes``. ``max-age`` caps the configured ``ttl``; ``max-age=0`` (or an
    invalid one) means do not store. ``private`` is allowed: entries are per credential.
    """
    if not 200 <= status < 300 or "set-cookie" in headers:
        return None
    length = headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > max_bytes):
        return None
    directives = _directives(headers.get_list("cache-control"))
    if "no-store" in directives or "no-cache" in directives:
        return None
    if "max-age" in directives:
        max_age = directives["max-age"]
        if not max_age.isdigit() or int(max_age) <= 0:
            return None
        return min(float(max_age), ttl)
    return ttl

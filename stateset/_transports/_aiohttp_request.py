"""What the aiohttp backend hands aiohttp for each request: its URL and its headers.

Both repeat on almost every request of a client: the origin, the client's own headers and
its credentials. Converting them from httpx's form each time cost the backend more than
the rest of its own per-request work. Each converter here keeps what repeats, within
bounds, and never keeps a secret other than the owning client's credentials, an
idempotency key, or a URL's userinfo.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

import httpx

from .._headers import Line, keyed_lines
from .._instrumentation import is_sensitive_header

__all__ = ["OutgoingHeaders", "YarlURLs", "keep_bounded"]

#: Bounds of what is kept: per-call values (trace ids...) keep coming.
MAX_KNOWN_LINES = 256
MAX_KNOWN_SETS = 256
#: Origins (scheme, host, port) whose text and URL are kept; a client talks to one.
MAX_KNOWN_ORIGINS = 64

_UNSEEN: Any = object()


def keep_bounded(store: dict[Any, Any], key: Any, value: Any, bound: int) -> None:
    """Keep ``value`` under ``key``, first emptying ``store`` if it holds ``bound`` entries.

    What is kept only spares work, so starting over costs a few conversions, never a result.
    """
    if len(store) >= bound:
        store.clear()
    store[key] = value


def never_kept(lower: bytes) -> bool:
    """Whether a line of this (lower-cased) name is a secret or a per-call key.

    Secrets are the headers the SDK redacts from logs (`is_sensitive_header`).
    """
    name = lower.decode("latin-1")
    return name == "idempotency-key" or is_sensitive_header(name)


class OutgoingHeaders:
    """Request headers in the form aiohttp takes, less ``Connection: keep-alive``.

    aiohttp keeps HTTP/1.1 connections alive without that line, and each header it is
    handed costs it more than the rest of this class.

    A header set seen before is handed over as the read-only multidict that aiohttp
    takes without converting it. A set is kept only if its only secrets are the
    credentials of the client that owns this transport (`trust`): a credential or
    idempotency key sent for one call, or by a ``with_options`` copy, is never kept.
    Other sets are converted line by line, and each line is decoded once, except secrets,
    keys and non-ASCII lines (whose decoding depends on the rest of the set). Repeated
    names are merged as aiohttp's session merges a request's headers (`_merged`), so a
    set means the same to `Exchange` as to the session's own request method.
    """

    __slots__ = ("_known", "_multidict", "_sets", "_trusted")

    def __init__(self, multidict: ModuleType) -> None:
        self._multidict = multidict
        self._known: dict[Line, tuple[str, str] | None] = {}
        self._sets: dict[tuple[Any, ...], Any] = {}
        self._trusted: frozenset[Line] | None = None

    def trust(self, lines: Iterable[Line]) -> None:
        """Let header sets carrying these credential lines be kept: the owner's, so once.

        Later calls (clients that share this transport) change nothing.
        """
        if self._trusted is None:
            self._trusted = frozenset(lines)

    def __call__(self, headers: httpx.Headers) -> Any:
        """``headers`` as a read-only ``CIMultiDict`` of decoded names and values."""
        key = keyed_lines(headers)
        found = self._sets.get(key)
        return found if found is not None else self._convert(key)

    def _convert(self, key: tuple[Any, ...]) -> Any:
        encoding, lines = key[0], key[1:]
        known, trusted = self._known, self._trusted or frozenset()
        pairs: list[tuple[str, str]] = []
        keep = True
        for line in lines:
            pair = known.get(line, _UNSEEN)
            if pair is _UNSEEN:  # known lines hold no secret
                pair = self._learn(line, encoding)
                keep = keep and (line in trusted or not never_kept(line[1]))
            if pair is not None:
                pairs.append(pair)
        ready = self._multidict.CIMultiDictProxy(_merged(self._multidict.CIMultiDict(), pairs))
        if keep:
            keep_bounded(self._sets, key, ready, MAX_KNOWN_SETS)
        return ready

    def _learn(self, line: Line, encoding: str) -> tuple[str, str] | None:
        name, lower, value = line
        pair = (
            None
            if lower == b"connection" and value.lower() == b"keep-alive"
            else (name.decode(encoding), value.decode(encoding))
        )
        if not (name.isascii() and value.isascii()) or never_kept(lower):
            return pair
        keep_bounded(self._known, line, pair, MAX_KNOWN_LINES)
        return pair


def _merged(merged: Any, pairs: list[tuple[str, str]]) -> Any:
    """``pairs`` added to ``merged`` as ``ClientSession._prepare_headers`` adds a request's headers.

    A name seen before in the same case is added again; in another case, it replaces the
    lines of that name (aiohttp keeps the names it has seen in a case-sensitive set).
    """
    added: set[str] = set()
    for name, value in pairs:
        if name in added:
            merged.add(name, value)
        else:
            merged[name] = value
            added.add(name)
    return merged


class YarlURLs:
    """Each request's `httpx.URL` as aiohttp's yarl URL, already encoded (never re-quoted).

    ``yarl.URL(str(url))`` is mostly httpx's ``str(url)``, which re-assembles the scheme,
    credentials, host and port on every call, and yarl's parse of all of it. Per origin,
    its text and its yarl URL are kept (only for origins with a host and no userinfo). A
    path alone is set into the origin's URL, which is checked against the full parse on
    the origin's first URL; a path with a query or fragment is appended to the origin's
    text, which is what ``str(url)`` writes, and parsed. The parts are read from httpx's
    internal parsed form; if it is laid out otherwise than expected, every URL takes
    ``str(url)``.
    """

    __slots__ = ("_fast", "_make", "_origins")

    def __init__(self, make: Any) -> None:
        self._make = make
        self._origins: dict[tuple[Any, ...], tuple[str, Any]] = {}
        self._fast = _parts_layout_works()

    def __call__(self, url: httpx.URL) -> Any:
        """The yarl URL of ``url``."""
        if not self._fast:
            return self._make(str(url), encoded=True)
        parts = url._uri_reference
        origin = self._origins.get(parts[:4])
        if origin is None:
            return self._learn(str(url), parts)
        if parts[5] is None and parts[6] is None:
            return origin[1].with_path(parts[4], encoded=True)
        return self._make(origin[0] + _tail(parts), encoded=True)

    def _learn(self, text: str, parts: Any) -> Any:
        made, tail = self._make(text, encoded=True), _tail(parts)
        if parts[1] or not parts[2] or not text.endswith(tail):  # userinfo is never kept
            return made
        prefix = text[: len(text) - len(tail)]
        origin = self._make(prefix, encoded=True)
        path_only = origin.with_path(parts[4], encoded=True)
        if path_only != self._make(prefix + parts[4], encoded=True) or str(path_only) != prefix + parts[4]:
            return made
        keep_bounded(self._origins, parts[:4], (prefix, origin), MAX_KNOWN_ORIGINS)
        return made


def _tail(parts: Any) -> str:
    """The path, query and fragment of httpx's parsed URL, as ``str(url)`` writes them."""
    path, query, fragment = parts[4:]
    if query is not None:
        path = f"{path}?{query}"
    return path if fragment is None else f"{path}#{fragment}"


def _parts_layout_works() -> bool:
    """True when httpx keeps a URL's parts as `YarlURLs` reads them."""
    try:
        url = httpx.URL("https://user:pw@api.example.com:8443/a%2Fb?x=1#f")
        parts = url._uri_reference
        return tuple(parts._fields) == ("scheme", "userinfo", "host", "port", "path", "query", "fragment") and str(
            url
        ).endswith(_tail(parts))
    except Exception:  # any change in httpx's internals: every URL takes str(url)
        return False

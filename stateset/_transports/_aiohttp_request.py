"""What the aiohttp backend hands aiohttp for each request: its URL and its headers.

Both repeat on almost every request of a client: the origin, the client's own headers and
its credentials. Converting them from httpx's form each time cost the backend more than
the rest of its own per-request work. Each converter here keeps what repeats, within
bounds, and never keeps a credential sent for one call only, or an idempotency key.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

import httpx

from .._headers import Line, lines_of

__all__ = ["OutgoingHeaders", "YarlURLs"]

#: Lines never kept on their own: credentials, and per-call keys.
NOT_KEPT = frozenset({b"authorization", b"proxy-authorization", b"cookie", b"x-api-key", b"idempotency-key"})
#: Bounds of what is kept: per-call values (trace ids...) keep coming.
MAX_KNOWN_LINES = 256
MAX_KNOWN_SETS = 256
MAX_TRUSTED_LINES = 64
#: Origins (scheme, credentials, host, port) whose text is kept; a client talks to one.
MAX_KNOWN_ORIGINS = 64

_UNSEEN: Any = object()


class OutgoingHeaders:
    """Request headers in the form aiohttp takes, less ``Connection: keep-alive``.

    aiohttp keeps HTTP/1.1 connections alive without that line, and each header it is
    handed costs it more than the rest of this class.

    A header set seen before is handed over as the read-only multidict that aiohttp
    takes without converting it. A set is kept only if every credential in it is one the
    client sends on every call (`trust`), so a per-call credential or idempotency key
    never outlives its call. Other sets are converted line by line, and each line is
    decoded once, except credentials, keys and non-ASCII lines (whose decoding depends on
    the rest of the set).
    """

    __slots__ = ("_known", "_multidict", "_sets", "_trusted")

    def __init__(self, multidict: ModuleType) -> None:
        self._multidict = multidict
        self._known: dict[Line, tuple[str, str] | None] = {}
        self._sets: dict[tuple[Line, ...], Any] = {}
        self._trusted: set[Line] = set()

    def trust(self, lines: Iterable[Line]) -> None:
        """Let header sets that carry these credential lines (the client's own) be kept."""
        if len(self._trusted) >= MAX_TRUSTED_LINES:  # a client per tenant, say
            self._trusted.clear()
            self._sets.clear()
        self._trusted.update(lines)

    def __call__(self, headers: httpx.Headers) -> Any:
        """``headers`` as a read-only ``CIMultiDict`` of decoded names and values."""
        lines = tuple(lines_of(headers))
        found = self._sets.get(lines)
        return found if found is not None else self._convert(lines, headers.encoding)

    def _convert(self, lines: tuple[Line, ...], encoding: str) -> Any:
        known, trusted = self._known, self._trusted
        pairs: list[tuple[str, str]] = []
        keep = True
        for line in lines:
            pair = known.get(line, _UNSEEN)
            if pair is _UNSEEN:
                pair = self._learn(line, encoding)
            if pair is not None:
                pairs.append(pair)
            if line[1] in NOT_KEPT and line not in trusted:
                keep = False
        ready = self._multidict.CIMultiDictProxy(self._multidict.CIMultiDict(pairs))
        if keep:
            if len(self._sets) >= MAX_KNOWN_SETS:
                self._sets.clear()
            self._sets[lines] = ready
        return ready

    def _learn(self, line: Line, encoding: str) -> tuple[str, str] | None:
        name, lower, value = line
        pair = (
            None
            if lower == b"connection" and value.lower() == b"keep-alive"
            else (name.decode(encoding), value.decode(encoding))
        )
        if not (name.isascii() and value.isascii()) or lower in NOT_KEPT:
            return pair
        if len(self._known) >= MAX_KNOWN_LINES:
            self._known.clear()
        self._known[line] = pair
        return pair


class YarlURLs:
    """Each request's `httpx.URL` as aiohttp's yarl URL, already encoded (never re-quoted).

    ``yarl.URL(str(url))`` is mostly httpx's ``str(url)``, which re-assembles the scheme,
    credentials, host and port on every call, and yarl's parse of all of it. Per origin,
    its text and its yarl URL are kept (never for a URL with credentials): a path alone
    is set into the origin's URL, a path with a query or fragment is appended to its text
    and parsed. Both ways are checked against the full parse when an origin is first
    seen. The parts are read from httpx's internal parsed form; if it is laid out
    otherwise than expected, every URL takes ``str(url)``.
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
        if parts[1] or not text.endswith(tail):  # credentials in the URL are never kept
            return made
        prefix = text[: len(text) - len(tail)]
        origin = self._make(prefix, encoded=True)
        path_only = origin.with_path(parts[4], encoded=True)
        if path_only != self._make(prefix + parts[4], encoded=True) or str(path_only) != prefix + parts[4]:
            return made
        if len(self._origins) >= MAX_KNOWN_ORIGINS:
            self._origins.clear()
        self._origins[parts[:4]] = (prefix, origin)
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

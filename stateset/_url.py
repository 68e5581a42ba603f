"""Request URLs from the client's base URL and a generated path, parsed once per client.

``httpx.URL(text)`` re-parses and re-validates the whole URL on every request, which
costs more than the rest of request building together. The base URL never changes, and
a generated path is already percent-encoded (path parameters go through
``quote(..., safe="")``), so `URLJoiner` swaps the path and query into the base URL's
parsed form. Anything that is not a plain encoded path takes httpx's full parser, and so
does every URL when this httpx's internals differ from what the fast path expects
(checked once, on first use, against the parser's own result).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["URLJoiner"]

#: A path that needs no further encoding: unreserved characters, "/" and %XX escapes.
#: (Runs of plain characters between escapes: seven times faster to match than one
#: alternation per character.)
_ENCODED_PATH = re.compile(r"[A-Za-z0-9\-._~/]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9\-._~/]*)*")
#: The characters of such a path other than "%".
_PLAIN = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/"


def _encoded(path: str) -> bool:
    """Whether ``path`` needs no further encoding (see `_ENCODED_PATH`).

    A path without escapes is checked by deleting its plain characters, which is about
    twice as fast as the pattern; only a path with ``%`` is matched against it. A path
    with a segment that starts with ``.`` is left to httpx, which removes ``.`` and
    ``..`` segments.
    """
    if not path.isascii() or "/." in path:
        return False
    rest = path.encode("ascii").translate(None, _PLAIN)
    return not rest or (rest.count(b"%") == len(rest) and _ENCODED_PATH.fullmatch(path) is not None)


class URLJoiner:
    """Builds ``base_url + path`` (with query parameters) as an `httpx.URL`."""

    __slots__ = ("_base", "_make", "_origin", "_prefix")

    def __init__(self, base_url: str, *, fast: bool | None = None) -> None:
        self._base = base_url.rstrip("/")
        parsed = httpx.URL(self._base + "/")
        self._prefix = parsed.raw_path.decode("ascii").rstrip("/")
        reference = getattr(parsed, "_uri_reference", None)
        fields = getattr(reference, "_fields", ())
        usable = _fast_path_works() if fast is None else fast
        #: The base's scheme, userinfo, host and port, or None to always use httpx's parser
        #: (fast path off, or a parsed form laid out otherwise than this module expects).
        self._origin: tuple[Any, ...] | None = None
        if usable and fields[4:] == ("path", "query", "fragment"):
            self._origin = tuple(getattr(reference, name) for name in fields[:4])
            self._make: Any = functools.partial(tuple.__new__, type(reference))

    def __call__(self, path: str, params: Mapping[str, Any] | None = None) -> httpx.URL:
        """Return the URL of ``path`` (which starts with "/") under the base URL."""
        if self._origin is None or not _encoded(path):
            return httpx.URL(self._base + path, params=params) if params else httpx.URL(self._base + path)
        query = str(httpx.QueryParams(params)) if params else None  # as httpx: {"a": []} gives "?"
        url = httpx.URL.__new__(httpx.URL)
        # The base's parts with this path and query; a NamedTuple built directly, since
        # ``_replace`` costs as much as the rest of the join.
        url._uri_reference = self._make((*self._origin, self._prefix + path, query, None))
        return url


@functools.cache
def _fast_path_works() -> bool:
    """True when the fast path builds exactly what httpx's parser builds, on this httpx."""
    samples = [
        ("https://api.example.com", "/api/v1/orders/ord%2F1", {"status": "pending", "ids": ["a b", "é"]}),
        ("http://127.0.0.1:8080/prefix", "/api/v1/orders", None),
    ]
    try:
        for base, path, params in samples:
            fast = URLJoiner(base, fast=True)(path, params)
            slow = httpx.URL(base + path, params=params)
            if fast != slow or str(fast) != str(slow) or fast.raw_path != slow.raw_path or fast.host != slow.host:
                return False
    except Exception:  # any change in httpx's internals: use the parser
        return False
    return True

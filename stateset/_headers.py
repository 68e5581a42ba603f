"""`httpx.Headers` from header lines normalised once, instead of on every request.

``httpx.Headers(mapping)`` encodes and lower-cases every name and value each time it is
built; a client sends the same few headers on every call, and a transport receives the
response's as bytes already. Here a client's headers are normalised once into httpx's
own ``(name, lower-cased name, value)`` form, and each request or response copies that
list. Building `httpx.Headers` that way relies on its internal list, so it is checked
against httpx's own constructor on first use; if they ever differ, httpx builds them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import httpx

__all__ = [
    "HeaderLines",
    "Line",
    "RawHeaders",
    "add_defaults",
    "from_lines",
    "from_raw",
    "keyed_lines",
    "line_of",
    "lines_of",
]

_Headers = httpx.Headers

#: One header as httpx keeps it: (name as sent, lower-cased name, value), all bytes.
Line = tuple[bytes, bytes, bytes]


class HeaderLines:
    """Header lines keyed by lower-cased name, where a later value replaces an earlier one."""

    __slots__ = ("_lines",)

    def __init__(self, lines: dict[bytes, Line] | None = None) -> None:
        self._lines: dict[bytes, Line] = {} if lines is None else lines

    @classmethod
    def of(cls, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> HeaderLines:
        """Normalise ``headers`` (names and values must be ASCII, as httpx requires)."""
        lines = cls()
        lines.update(headers.items() if isinstance(headers, Mapping) else headers)
        return lines

    def copy(self) -> HeaderLines:
        """An independent copy (one dict copy)."""
        return HeaderLines(self._lines.copy())

    def set(self, name: str, value: str) -> None:
        """Set one header, replacing any of the same name."""
        raw = name.encode("ascii")
        lower = raw.lower()
        self._lines[lower] = (raw, lower, value.encode("ascii"))

    def update(self, headers: Iterable[tuple[str, str]]) -> None:
        """`set` each pair in order."""
        for name, value in headers:
            self.set(name, value)

    def to_headers(self) -> httpx.Headers:
        """The lines as `httpx.Headers`, in insertion order."""
        return from_lines(list(self._lines.values()), ascii_only=True)  # `set` encodes as ASCII


def from_lines(lines: list[Line], *, ascii_only: bool = False) -> httpx.Headers:
    """`httpx.Headers` holding ``lines`` (owned by the result from now on).

    ``ascii_only`` says every line is ASCII, which spares httpx from checking them all
    again on each access to ``multi_items()``, ``items()``...
    """
    if _DIRECT:
        return _direct(lines, "ascii" if ascii_only else None)
    return httpx.Headers([(raw, value) for raw, _, value in lines])


def _direct(lines: list[Line], encoding: str | None) -> httpx.Headers:
    headers = _Headers.__new__(_Headers)  # all that __init__ sets, without re-checking
    headers._list = lines
    headers._encoding = encoding
    return headers


def from_raw(pairs: Iterable[tuple[bytes, bytes]]) -> httpx.Headers:
    """`httpx.Headers` from a transport's raw ``(name, value)`` byte pairs.

    They are normalised when first read (see `RawHeaders`): most responses the SDK
    decodes are never asked for a header.
    """
    if not _DIRECT:
        return httpx.Headers(list(pairs))
    headers = RawHeaders.__new__(RawHeaders)
    headers._raw = tuple(pairs)  # the same tuple when given one (as aiohttp's raw_headers are)
    headers._encoding = None
    return headers


class RawHeaders(_Headers):
    """`httpx.Headers` over a transport's raw byte pairs, normalised on first read.

    httpx reads its ``_list`` of ``(name, lower-cased name, value)`` lines in every
    method; here it is built the first time it is looked up, then kept like httpx's own.
    """

    _raw: tuple[tuple[bytes, bytes], ...]

    def __getattr__(self, name: str) -> list[Line]:
        if name != "_list":
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        lines = [(raw, raw.lower(), value) for raw, value in self._raw]
        # The first list kept wins, so a write racing another thread's first read is not lost.
        kept: list[Line] = self.__dict__.setdefault("_list", lines)
        return kept

    def __repr__(self) -> str:
        """As httpx writes its headers (``Headers({...})``), secrets masked."""
        return "Headers" + super().__repr__().removeprefix(type(self).__name__)


def lines_of(headers: httpx.Headers) -> list[Line]:
    """The ``(name, lower-cased name, value)`` lines of ``headers`` (do not modify them)."""
    if _DIRECT:
        return headers._list
    return [(name, name.lower(), value) for name, value in headers.raw]


def keyed_lines(headers: httpx.Headers) -> tuple[str | Line, ...]:
    """``(encoding, *lines)`` of ``headers``: equal for header sets that send the same bytes."""
    if _DIRECT:
        return (headers._encoding or headers.encoding, *headers._list)
    return (headers.encoding, *lines_of(headers))


def line_of(name: str, value: str) -> Line:
    """One ASCII header as httpx keeps it (see `add_defaults`)."""
    raw = name.encode("ascii")
    return raw, raw.lower(), value.encode("ascii")


def add_defaults(headers: httpx.Headers, lines: Iterable[Line]) -> None:
    """Add each header of ``lines`` (from `line_of`) unless ``headers`` have one of that name.

    One pass over httpx's list per line where `from_lines` works; httpx's ``in`` and item
    assignment would normalise the name twice and scan the list twice.
    """
    if not _DIRECT:
        for line in lines:
            name = line[0].decode("ascii")
            if name not in headers:
                headers[name] = line[2].decode("ascii")
        return
    listed = headers._list
    for line in lines:
        lower = line[1]
        for existing in listed:
            if existing[1] == lower:
                break
        else:
            listed.append(line)


@functools.cache
def _lines_work() -> bool:
    """True when this httpx keeps headers as the list `from_lines` sets (checked once)."""
    pairs = [(b"Content-Type", b"application/json"), (b"X-Multi", b"1"), (b"x-multi", b"2")]
    try:
        built = _direct([(name, name.lower(), value) for name, value in pairs], None)
        reference = httpx.Headers(pairs)
        return (
            vars(built).keys() == vars(reference).keys()
            and built.raw == reference.raw
            and built.multi_items() == reference.multi_items()
            and built.get_list("x-multi") == ["1", "2"]
            and built["content-type"] == "application/json"
            and dict(httpx.Headers(built)) == dict(reference)
        )
    except Exception:  # any change in httpx's internals: let httpx build headers
        return False


#: Whether headers are built and read through httpx's internal list (decided on import:
#: a cached call per use would cost more than some of the functions that ask).
_DIRECT = _lines_work()

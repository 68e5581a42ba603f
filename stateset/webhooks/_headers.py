"""Reading the few headers we need out of whatever the web framework hands over."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from stateset.webhooks._errors import WebhookMalformedHeaderError, WebhookMissingHeaderError

HeadersLike: TypeAlias = Mapping[Any, Any] | Iterable[tuple[Any, Any]]

# Far above any legitimate value (20 signatures take about 1 KiB) and small
# enough that nothing later in the pipeline can be made slow.
MAX_HEADER_LENGTH = 8192

# Our names are short; a longer name cannot be one of them, so it is skipped
# before it is even lower-cased.
_MAX_NAME_LENGTH = 64


@dataclass(frozen=True, slots=True)
class HeaderProblem:
    """A header we would read was present but unusable; raised only if read."""

    message: str


HeaderValue: TypeAlias = str | HeaderProblem


def collect_headers(headers: object, wanted: frozenset[str]) -> dict[str, HeaderValue]:
    """Return the ``wanted`` headers (lower-case names) found in ``headers``.

    Values are validated here, but a bad value is recorded as a
    ``HeaderProblem`` instead of raised, so that a stray ``Timestamp`` header
    from a proxy cannot break a request signed with the other scheme. Headers
    outside ``wanted`` are ignored without looking at their values.
    """
    found: dict[str, HeaderValue] = {}
    for item in _pairs(headers):
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise WebhookMalformedHeaderError("headers must be (name, value) pairs")
        name = _normalize_name(item[0])
        if name is None or name not in wanted:
            continue
        value = _decode_value(name, item[1])
        previous = found.setdefault(name, value)
        # Identical repeats are harmless; otherwise the first problem sticks.
        if previous == value or isinstance(previous, HeaderProblem):
            continue
        if not isinstance(value, HeaderProblem):
            value = HeaderProblem(f"the {name} header appears more than once with different values")
        found[name] = value
    return found


def require(found: Mapping[str, HeaderValue], names: tuple[str, ...]) -> tuple[str, ...]:
    """Return the values of ``names`` in order, or raise naming what is wrong."""
    missing = [name for name in names if name not in found]
    if missing:
        raise WebhookMissingHeaderError(f"missing webhook header(s): {', '.join(missing)}")
    values: list[str] = []
    for name in names:
        value = found[name]
        if isinstance(value, HeaderProblem):
            raise WebhookMalformedHeaderError(value.message)
        values.append(value)
    return tuple(values)


def _pairs(headers: object) -> Iterable[object]:
    # Not attacker-controlled: the container comes from the framework, so a
    # wrong kind of object is a programming error and says so loudly.
    if isinstance(headers, (str, bytes, bytearray, memoryview)):
        raise TypeError("headers must be a mapping or an iterable of (name, value) pairs")
    # httpx.Headers.items() joins repeated headers with ", "; multi_items()
    # keeps them apart, which the duplicate check needs.
    for method in ("multi_items", "items"):
        bound = getattr(headers, method, None)
        if callable(bound):
            pairs: Iterable[object] = bound()
            return pairs
    if isinstance(headers, Iterable):
        return headers
    raise TypeError(f"headers must be a mapping or an iterable of (name, value) pairs, not {type(headers).__name__}")


def _normalize_name(name: object) -> str | None:
    if not isinstance(name, (str, bytes, bytearray)):
        raise WebhookMalformedHeaderError("a header name is neither str nor bytes")
    # Non-ASCII names are skipped, not lower-cased: str.lower() maps the
    # Kelvin sign U+212A to "k", which would let "webhoo\u212a-id" pose as ours.
    if len(name) > _MAX_NAME_LENGTH or not name.isascii():
        return None
    text = name if isinstance(name, str) else name.decode("ascii")
    return text.lower()


def _decode_value(name: str, value: object) -> HeaderValue:
    if not isinstance(value, (str, bytes, bytearray)):
        return HeaderProblem(f"the {name} header value is neither str nor bytes")
    # Length first: everything after this point is bounded by the cap.
    if len(value) > MAX_HEADER_LENGTH:
        return HeaderProblem(f"the {name} header is longer than {MAX_HEADER_LENGTH} characters")
    if not value.isascii():
        return HeaderProblem(f"the {name} header is not ASCII")
    return value if isinstance(value, str) else value.decode("ascii")

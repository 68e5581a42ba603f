"""A client library for accessing Stateset API"""

# Stateset: the low-level clients load on first use, so importing the package (as the
# `stateset` facade does) costs nothing until they are needed.
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "path_segment",
)

# RFC 3986 unreserved characters: what urllib's quote never escapes.
_unreserved = re.compile(r"[A-Za-z0-9._~-]+").fullmatch
# Values no path segment can stand for: they would name another resource or none.
_NOT_SEGMENTS = (type(None), bool, bytes, bytearray, dict, list, tuple, set, frozenset)


def path_segment(value: object, name: str = "path parameter") -> str:
    """``value`` as one URL path segment, as ``quote(str(value), safe="")`` writes it.

    Ids need no escaping, and checking that is several times cheaper than quote. ``.``
    and ``..`` are percent-encoded, so that no id can act as a relative path; None, an
    empty string and containers raise the SDK's ConfigurationError (a ValueError).
    """
    text = value if type(value) is str else None if isinstance(value, _NOT_SEGMENTS) else str(value)
    if text is None or not text:
        _refuse(f"{name} must be a non-empty string or a number, not {value!r}")
    if _unreserved(text) and text != "." and text != "..":
        return text
    from urllib.parse import quote

    return quote(text, safe="").replace(".", "%2E") if text in (".", "..") else quote(text, safe="")


def _refuse(message: str) -> None:
    try:  # the facade's error, when it is installed: stateset.ConfigurationError
        from stateset._errors import ConfigurationError as error
    except ImportError:  # pragma: no cover - the package used on its own
        error = ValueError  # type: ignore[assignment,misc]
    raise error(message)


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

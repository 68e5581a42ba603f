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
_unreserved = re.compile(r"[A-Za-z0-9._~-]*").fullmatch


def path_segment(value: object) -> str:
    """``value`` as one URL path segment, as ``quote(str(value), safe="")`` writes it.

    Ids need no escaping, and checking that is several times cheaper than quote.
    """
    text = str(value)
    if _unreserved(text):
        return text
    from urllib.parse import quote

    return quote(text, safe="")


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Local ``$ref`` resolution.

Only same-document references (``#/...``) are followed.  Anything that cannot be resolved
is reported once on stderr and replaced by :data:`OPAQUE`, which the rules treat as an
unknown schema: it is never compared, so defects in an export cannot produce false alarms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

Warn = Callable[[str], None]


class _Opaque:
    """Sentinel type for an unresolvable reference."""

    def __repr__(self) -> str:
        return "OPAQUE"


OPAQUE: Any = _Opaque()


def as_dict(value: Any) -> dict[str, Any]:
    """Return ``value`` if it is a mapping, else an empty dict (defective documents)."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """Return ``value`` if it is a list, else an empty list (defective documents)."""
    return value if isinstance(value, list) else []


class Resolver:
    """Resolves ``$ref`` pointers inside one document, warning once per bad reference."""

    def __init__(self, document: dict[str, Any], warn: Warn) -> None:
        self._doc = document
        self._warn = warn
        self._cache: dict[str, Any] = {}

    def lookup(self, ref: str) -> Any:
        """Return the node ``ref`` points at (one hop), or :data:`OPAQUE` with a warning."""
        if ref not in self._cache:
            self._cache[ref] = self._lookup(ref)
        return self._cache[ref]

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#"):
            self._warn(f"external $ref '{ref}' is not supported; treated as an opaque schema")
            return OPAQUE
        node: Any = self._doc
        for raw in ref[1:].split("/")[1:]:
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                self._warn(f"unresolvable $ref '{ref}'; treated as an opaque schema")
                return OPAQUE
        return node

    def deref(self, node: Any) -> Any:
        """Follow a chain of ``$ref`` objects (parameters, responses, bodies, headers).

        Returns :data:`OPAQUE` for unresolvable or circular chains.
        """
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                self._warn(f"circular $ref chain through '{ref}'; treated as opaque")
                return OPAQUE
            seen.add(ref)
            node = self.lookup(ref)
        return node

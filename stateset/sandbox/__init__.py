"""The Stateset sandbox: a local, stateful implementation of the Stateset API contract.

Use it in-process (``with Sandbox() as sb: sb.client()``) or serve it over HTTP
(``python -m stateset.sandbox --port 8080``). It never imports the SDK client except
lazily in :meth:`Sandbox.client`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._contract import default_contract_path
from ._sandbox import Sandbox
from ._server import serve

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["Sandbox", "create_app", "default_contract_path", "serve"]


def create_app(**options: Any) -> Starlette:
    """Return the ASGI app of a new :class:`Sandbox` built with ``options``."""
    return Sandbox(**options).app

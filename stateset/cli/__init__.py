"""The ``stateset`` command line (``pip install "stateset[cli]"``).

Every API operation is a command (``stateset orders list --status pending``), with
profiles, output formats, raw requests, bulk loads, webhooks tools, snippets, an
interactive explorer and the local sandbox. See ``stateset --help``; exit codes are
listed in :mod:`stateset.cli._app`.

Nothing is imported here eagerly: the SDK reads profiles through
``stateset.cli._config`` (standard library only) without needing click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import EXIT_CODES, cli

__all__ = ["EXIT_CODES", "cli", "main"]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``stateset`` console script."""
    from ._app import main as run

    run(argv)


def __getattr__(name: str) -> Any:
    if name in ("EXIT_CODES", "cli"):
        from . import _app

        return getattr(_app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

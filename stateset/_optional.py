"""Lazy imports of optional dependencies, failing with one clear, actionable error."""

from __future__ import annotations

import importlib
from types import ModuleType

from ._errors import MissingDependencyError

__all__ = ["import_optional"]


def import_optional(module: str, *, extra: str | None, feature: str, install: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingDependencyError` naming the install command.

    ``feature`` says what needed it (e.g. ``"The aiohttp backend"``); the command is
    ``pip install "stateset[<extra>]"`` unless ``install`` gives another. Any ImportError
    counts, including one raised by the module's own dependencies.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        error = MissingDependencyError(
            f"{feature} needs the optional dependency {module!r}, which could not be imported ({exc}).",
            module=module,
            extra=extra,
            install_command=install,
        )
        raise error from exc

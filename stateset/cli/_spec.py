"""``stateset spec diff A B``: compare two versions of the contract.

The differ is the maintainers' ``scripts/specdiff.py``, which is not shipped in the
wheel: it is imported from the repository when the SDK runs from a checkout.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import click

from stateset._errors import ConfigurationError

__all__ = ["command", "load_specdiff"]


@click.group("spec", no_args_is_help=True)
def command() -> None:
    """Contract tools: diff two versions of the OpenAPI spec."""


def load_specdiff(repo: Path | None = None) -> ModuleType:
    """Import ``scripts/specdiff.py`` from the repository this package runs from."""
    repo = repo or Path(__file__).resolve().parents[2]
    script = repo / "scripts" / "specdiff.py"
    if not script.is_file():
        raise ConfigurationError(
            "`stateset spec diff` needs scripts/specdiff.py from a checkout of the SDK repository "
            f"(not shipped in the wheel); looked in {script.parent}"
        )
    import sys

    if str(repo) not in sys.path:
        sys.path.insert(0, str(repo))  # the script imports its helpers as the `scripts` package
    spec = importlib.util.spec_from_file_location("scripts.specdiff", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@command.command(context_settings={"ignore_unknown_options": True})
@click.argument("old")
@click.argument("new")
@click.argument("options", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def diff(ctx: click.Context, old: str, new: str, options: tuple[str, ...]) -> None:
    """Diff two contract versions (files or git:REF:path); OPTIONS go to scripts/specdiff.py.

    e.g. stateset spec diff openapi/releases/1.0.0.yaml openapi/stateset-api.yaml --fail-on breaking
    """
    ctx.exit(int(load_specdiff().main([old, new, *options]) or 0))

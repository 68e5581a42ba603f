"""The public door: `stateset.__all__` is sorted, complete, loadable and documented."""

from __future__ import annotations

import subprocess
import sys

import pytest

import stateset


def test_all_is_sorted_and_unique() -> None:
    assert stateset.__all__ == sorted(set(stateset.__all__))


@pytest.mark.parametrize("name", stateset.__all__)
def test_every_export_loads_and_is_documented(name: str) -> None:
    value = getattr(stateset, name)
    assert getattr(value, "__doc__", None), f"{name} has no docstring"
    assert name in dir(stateset)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Statesett'"):
        stateset.Statesett  # noqa: B018


def test_import_pulls_in_nothing_heavy() -> None:
    heavy = ("httpx", "redis", "rich", "uvicorn", "starlette", "asyncio", "backoff")
    code = f"import sys, stateset; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


EXTRAS = ("redis", "rich", "click", "uvicorn", "starlette", "orjson", "aiohttp", "yaml", "prompt_toolkit")


def _extras_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(m for m in {EXTRAS!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_client_import_pulls_in_no_extras() -> None:
    # httpx itself imports click and rich (its own CLI) when they are installed: not ours.
    assert _extras_after("from stateset import Stateset") == _extras_after("import httpx")

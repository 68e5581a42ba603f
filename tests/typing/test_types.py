"""The public types are honest: mypy --strict accepts real usage and rejects mistakes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

HERE = Path(__file__).parent


def _mypy(path: Path) -> tuple[str, int]:
    out, err, status = api.run(["--strict", "--no-incremental", "--show-error-codes", "--no-error-summary", str(path)])
    return out + err, status


@pytest.mark.parametrize("path", sorted((HERE / "accept").glob("*.py")), ids=lambda p: p.name)
def test_mypy_accepts(path: Path) -> None:
    output, status = _mypy(path)
    assert status == 0, output


@pytest.mark.parametrize("path", sorted((HERE / "reject").glob("*.py")), ids=lambda p: p.name)
def test_mypy_rejects_exactly_the_marked_lines(path: Path) -> None:
    expected = {
        lineno: m.group(1).strip()
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (m := re.search(r"# E: (.*)$", line))
    }
    output, status = _mypy(path)
    assert status == 1
    errors: dict[int, str] = {}
    for line in output.splitlines():
        m = re.match(rf".*{re.escape(path.name)}:(\d+): error: (.*)", line)
        if m:
            errors.setdefault(int(m.group(1)), m.group(2))
    assert set(errors) == set(expected), output
    for lineno, message in expected.items():
        assert message in errors[lineno], (lineno, errors[lineno])

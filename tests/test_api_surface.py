"""Tests for scripts/api_surface.py: the public Python API read with griffe, and its breaking changes.

Most tests use a small stand-in ``stateset`` package in tmp_path (griffe finds it first), so they
do not depend on the facade, which is still changing.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "api_surface.py"
# Import it the way scripts/check_spec.py does (scripts/ on sys.path), so both share one module.
if str(SCRIPT.parent) not in sys.path:
    sys.path.insert(0, str(SCRIPT.parent))
api_surface = importlib.import_module("api_surface")

ApiChange = api_surface.ApiChange

PACKAGE = {
    "__init__.py": """
        from . import webhooks
        from ._client import Client, helper
        from not_installed_anywhere import Thing
        __all__ = ["Client", "helper", "VERSION", "Thing", "Missing", "webhooks"]
        VERSION = "1"
    """,
    "_res.py": """
        class Things:
            count: int
            def list(self, *, page: int = 1) -> list[int]: ...
            def get(self, thing_id: str, /) -> int: ...
            def _hidden(self) -> None: ...
    """,
    "_client.py": """
        from ._res import Things, Gone
        class Client:
            things: Things
            other: Gone
            timeout: float
            def __init__(self, api_key: str | None = None, *, timeout: float = 5.0) -> None: ...
            def close(self) -> None: ...
            def _private(self) -> None: ...
        def helper(a: int, b: int = 1, *args: int, **kwargs: int) -> None: ...
    """,
    "webhooks/__init__.py": """
        import json
        def verify(payload: bytes, secret: str) -> bool: ...
        def _internal() -> None: ...
    """,
}


def make_package(root: Path, files: dict[str, str] = PACKAGE) -> Path:
    for name, text in files.items():
        path = root / "stateset" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "stateset" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = api_surface.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------ reading the surface
def test_surface_of_a_small_package(tmp_path: Path) -> None:
    surface = api_surface.surface(make_package(tmp_path))
    assert surface == {
        "stateset.Client": {
            "kind": "class",
            "params": [["api_key", "positional or keyword", "optional"], ["timeout", "keyword-only", "optional"]],
        },
        "stateset.Client.close": {"kind": "function", "params": []},
        "stateset.Client.other": {"kind": "attribute"},
        "stateset.Client.things": {"kind": "attribute"},
        "stateset.Client.things.get": {"kind": "function", "params": [["thing_id", "positional-only", "required"]]},
        "stateset.Client.things.list": {"kind": "function", "params": [["page", "keyword-only", "optional"]]},
        "stateset.Client.timeout": {"kind": "attribute"},
        "stateset.Thing": {"kind": "alias"},
        "stateset.VERSION": {"kind": "attribute"},
        "stateset.helper": {
            "kind": "function",
            "params": [
                ["a", "positional or keyword", "required"],
                ["b", "positional or keyword", "optional"],
                ["args", "variadic positional", "optional"],
                ["kwargs", "variadic keyword", "optional"],
            ],
        },
        "stateset.webhooks": {"kind": "module"},
        "stateset.webhooks.verify": {
            "kind": "function",
            "params": [
                ["payload", "positional or keyword", "required"],
                ["secret", "positional or keyword", "required"],
            ],
        },
    }


def test_surface_of_the_real_package() -> None:
    surface = api_surface.surface(ROOT)
    assert surface["stateset.Stateset"]["kind"] == "class"
    assert surface["stateset.Stateset.orders.list"]["kind"] == "function"
    assert any(path.startswith("stateset.webhooks.") for path in surface)
    assert any(path.startswith("stateset.sandbox.") for path in surface)


def test_removed_method_and_parameter_are_breaking(tmp_path: Path) -> None:
    root = make_package(tmp_path)
    before = api_surface.surface(root)
    edit(root, "_client.py", "    def close(self) -> None: ...\n", "")
    edit(root, "_res.py", "*, page: int = 1", "*, page_size: int = 10")
    edit(root, "webhooks/__init__.py", "def verify", "def verify_signature")
    changes = api_surface.compare(before, api_surface.surface(root))
    assert {(c.breaking, c.path, c.message) for c in changes} == {
        (True, "stateset.Client.close", "function removed"),
        (True, "stateset.Client.things.list", "parameter 'page' removed"),
        (False, "stateset.Client.things.list", "optional parameter 'page_size' added"),
        (True, "stateset.webhooks.verify", "function removed"),
        (False, "stateset.webhooks.verify_signature", "function added"),
    }


# ------------------------------------------------------------------ comparing
def _f(*params: tuple[str, str, str]) -> dict[str, Any]:
    return {"kind": "function", "params": [list(p) for p in params]}


POK, KW, POS, VARKW = "positional or keyword", "keyword-only", "positional-only", "variadic keyword"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (_f(("a", POK, "required")), _f(("a", KW, "required")), [(True, "parameter 'a' changed kind")]),
        (_f(("a", KW, "required")), _f(("a", POK, "required")), []),
        (_f(("a", POK, "optional")), _f(("a", POK, "required")), [(True, "parameter 'a' became required")]),
        (_f(), _f(("a", KW, "required")), [(True, "required parameter 'a' added")]),
        (_f(), _f(("a", KW, "optional")), [(False, "optional parameter 'a' added")]),
        (_f(("a", KW, "optional")), _f(("kw", VARKW, "optional")), [(False, "optional parameter 'kw' added")]),
        (
            _f(("a", POS, "optional")),
            _f(("kw", VARKW, "optional")),
            [(True, "parameter 'a' removed"), (False, "optional parameter 'kw' added")],
        ),
        (
            _f(("kw", VARKW, "optional")),
            _f(("other", VARKW, "optional")),
            [(True, "parameter 'kw' removed"), (False, "optional parameter 'other' added")],
        ),
        (
            _f(("a", POK, "required"), ("b", POK, "required")),
            _f(("b", POK, "required"), ("a", POK, "required")),
            [(True, "positional parameters reordered")],
        ),
        (_f(("a", POK, "required")), {"kind": "class"}, [(True, "changed from function to class")]),
        ({"kind": "class"}, {"kind": "class"}, []),
        ({"kind": "class"}, _f(("a", KW, "optional")), [(True, "changed from class to function")]),
        ({"kind": "attribute"}, {"kind": "class", "params": [["a", KW, "optional"]]}, [(True, "changed from")]),
    ],
)
def test_compare_parameters(old: dict[str, Any], new: dict[str, Any], expected: list[tuple[bool, str]]) -> None:
    changes = api_surface.compare({"m.f": old}, {"m.f": new})
    assert [(c.breaking, c.message[: len(m)]) for c, (_b, m) in zip(changes, expected, strict=False)] == expected
    assert len(changes) == len(expected)


def test_compare_reports_only_the_outermost_removal_or_addition() -> None:
    old = {"m.A": {"kind": "class"}, "m.A.x": {"kind": "attribute"}, "m.B": {"kind": "class"}}
    new = {"m.B": {"kind": "class"}, "m.C": {"kind": "class"}, "m.C.y": {"kind": "function", "params": []}}
    assert api_surface.compare(old, new) == [
        ApiChange(True, "m.A", "class removed"),
        ApiChange(False, "m.C", "class added"),
    ]


def test_change_line() -> None:
    assert ApiChange(True, "m.f", "gone").line() == "BREAKING m.f: gone"
    assert ApiChange(False, "m.f", "new").line() == "added    m.f: new"


# ------------------------------------------------------------------ command line
def test_snapshot_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_package(tmp_path / "repo")
    snap = tmp_path / "api.json"
    code, out, _ = run(capsys, "--root", str(root), "snapshot", "--out", str(snap), "--version", "1.2.3")
    assert code == 0
    assert "wrote 12 public names" in out
    data = json.loads(snap.read_text())
    assert data["version"] == "1.2.3"
    assert data["format"] == 1
    code, out, _ = run(capsys, "--root", str(root), "snapshot")
    assert json.loads(out)["api"] == data["api"]
    code, out, _ = run(capsys, "--root", str(root), "check", "--base", str(snap))
    assert (code, out) == (0, "api_surface: 0 breaking, 0 added\n")
    edit(root, "_client.py", "b: int = 1", "b: int")
    code, out, _ = run(capsys, "--root", str(root), "check", "--base", str(snap))
    assert code == 1
    assert out == "BREAKING stateset.helper: parameter 'b' became required\napi_surface: 1 breaking, 0 added\n"


@pytest.mark.parametrize("content", [None, "not json", '{"api": []}'])
def test_check_with_an_unreadable_snapshot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None
) -> None:
    snap = tmp_path / "api.json"
    if content is not None:
        snap.write_text(content)
    code, _out, err = run(capsys, "--root", str(make_package(tmp_path)), "check", "--base", str(snap))
    assert code == 2
    assert err.startswith("api_surface: error:")


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def test_check_against_a_git_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_package(tmp_path)
    _git(root, "init", "-q")
    _git(root, "add", "stateset")
    _git(root, "commit", "-q", "-m", "base")
    code, out, _ = run(capsys, "--root", str(root), "check", "--git", "HEAD")
    assert (code, out) == (0, "api_surface: 0 breaking, 0 added\n")
    edit(root, "webhooks/__init__.py", "payload: bytes, secret: str", "payload: bytes")
    code, out, _ = run(capsys, "--root", str(root), "check", "--git", "HEAD")
    assert code == 1
    assert "stateset.webhooks.verify" in out
    code, _out, err = run(capsys, "--root", str(root), "check", "--git", "no-such-ref")
    assert code == 2
    assert "api_surface: error:" in err

"""Tests for scripts/check_spec.py (``make check-spec``).

The end-to-end test runs on a temporary copy of the repository (openapi/, generated/, docs/,
scripts/, pyproject.toml); the others use a tiny project with a one-operation contract.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "check_spec.py"
if str(SCRIPT.parent) not in sys.path:
    sys.path.insert(0, str(SCRIPT.parent))
check_spec = importlib.import_module("check_spec")
api_surface = importlib.import_module("api_surface")

from scripts import generate  # noqa: E402


def run(*argv: str) -> tuple[int, str]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = check_spec.main(list(argv))
    return code, buffer.getvalue()


def statuses(out: str) -> dict[str, str]:
    return dict((m.group(2), m.group(1)) for m in re.finditer(r"^\[(PASS|FAIL|SKIP)\] ([\w-]+):", out, re.MULTILINE))


def set_version(root: Path, version: str) -> None:
    path = root / "pyproject.toml"
    text = re.sub(r'(?m)^version = "[^"]+"', f'version = "{version}"', path.read_text(encoding="utf-8"), count=1)
    path.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ end to end
def _copy_repo(dest: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("openapi", "generated", "docs", "scripts"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    # Release the copy's own contract and facade as 1.0.0, so the test does not depend on
    # how far today's work on the contract or on stateset/ has moved from the committed snapshots.
    releases = dest / "openapi" / "releases"
    for old in releases.glob("*"):
        old.unlink()
    shutil.copy2(dest / "openapi" / "stateset-api.yaml", releases / "1.0.0.yaml")
    api_surface.write_snapshot(releases / "1.0.0.api.json", dest, "1.0.0")
    set_version(dest, "1.2.0")
    return dest


def _edit_contract(root: Path, change: Any) -> None:
    path = root / "openapi" / "stateset-api.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def _add_operation(doc: dict[str, Any]) -> None:
    doc["paths"]["/api/v1/orders/{id}/notes"] = {
        "get": {
            "tags": ["orders"],
            "operationId": "get_order_notes",
            "summary": "The notes on an order.",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "Success.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"notes": {"type": "array", "items": {"type": "string"}}},
                            }
                        }
                    },
                }
            },
        }
    }


def _remove_response_property(doc: dict[str, Any]) -> None:
    del doc["components"]["schemas"]["OrderResponse"]["properties"]["notes"]


def test_end_to_end_on_a_copy_of_the_repo(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path)
    changelog = root / "CHANGELOG-API.md"

    # (1) A new operation: not breaking, but generated/ is stale until `generate` runs.
    _edit_contract(root, _add_operation)
    code, out = run("--root", str(root))
    assert code == 1, out
    assert statuses(out) == {
        "validate": "PASS",
        "diff": "PASS",
        "python-api": "PASS",
        "version": "PASS",
        "generated": "FAIL",
        "changelog": "PASS",
    }
    assert f"-> run `scripts/generate.py --root {root}" in out
    contract = root / "openapi" / "stateset-api.yaml"
    assert generate.main(["--root", str(root), "--contract", str(contract)]) == 0
    code, out = run("--root", str(root))
    assert code == 0, out
    assert "0 breaking (ERR), 0 warnings (WARN), 1 info (INFO) since 1.0.0" in out
    assert "check-spec: all steps passed" in out
    text = changelog.read_text(encoding="utf-8")
    assert text.startswith("# API changelog")
    assert "## Unreleased" in text
    assert "`GET /api/v1/orders/{id}/notes`" in text
    assert "stateset.Stateset.orders.get_notes" in text  # the new SDK method, from the Python API check

    # (2) A removed response property is breaking: 1.2.0 is not a new major over 1.0.0.
    _edit_contract(root, _remove_response_property)
    code, out = run("--root", str(root), "--skip-generated", "--no-write")
    assert code == 1, out
    assert statuses(out)["version"] == "FAIL"
    assert "response-optional-property-removed" in out
    assert "-> bump the major version in pyproject.toml (to 2.0.0) or undo the breaking changes" in out
    assert changelog.read_text(encoding="utf-8") == text  # --no-write

    # (3) ... and allowed once the major version is bumped.
    set_version(root, "2.0.0")
    code, out = run("--root", str(root), "--skip-generated")
    assert code == 0, out
    assert "allowed: 2.0.0 is a new major version" in out
    entry = changelog.read_text(encoding="utf-8")
    assert "Breaking changes (" in entry
    assert entry.count("## Unreleased") == 1


# ------------------------------------------------------------------ a tiny project
def _tiny_doc(*op_ids: str) -> dict[str, Any]:
    paths = {
        f"/api/v1/{op_id}": {"get": {"operationId": op_id, "responses": {"200": {"description": "ok"}}}}
        for op_id in op_ids
    }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"}, "paths": paths}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    (tmp_path / "openapi").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.0.0"\n', encoding="utf-8")
    _write(tmp_path, _tiny_doc("ping", "pong"))
    return tmp_path


def _write(root: Path, doc: Any) -> None:
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc)
    (root / "openapi" / "stateset-api.yaml").write_text(text, encoding="utf-8")


def test_release_flow(tiny: Path) -> None:
    code, out = run("--root", str(tiny), "--skip-generated")
    assert code == 0, out
    assert statuses(out) == {
        "validate": "PASS",
        "diff": "SKIP",
        "python-api": "SKIP",
        "version": "PASS",
        "generated": "SKIP",
        "changelog": "PASS",
    }
    assert "-> release one with `scripts/check_spec.py --release`" in out
    changelog = tiny / "CHANGELOG-API.md"
    assert "## Unreleased\n\nThe first released contract.\n" in changelog.read_text()

    code, out = run("--root", str(tiny), "--skip-generated", "--release")
    assert code == 0, out
    assert "[PASS] release: wrote openapi/releases/1.0.0.yaml and its API snapshot" in out
    releases = tiny / "openapi" / "releases"
    assert (releases / "1.0.0.yaml").read_bytes() == (tiny / "openapi" / "stateset-api.yaml").read_bytes()
    assert json.loads((releases / "1.0.0.api.json").read_text())["version"] == "1.0.0"
    text = changelog.read_text()
    assert re.search(r"## Unreleased\n\nNo changes yet\.\n\n## 1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\nThe first released", text)

    # The release is now the base: no changes, and the Python API matches its snapshot.
    code, out = run("--root", str(tiny), "--skip-generated")
    assert code == 0, out
    assert "[PASS] diff: no changes since 1.0.0 (openapi/releases/1.0.0.yaml)" in out
    assert "[PASS] python-api: 0 breaking, 0 added since openapi/releases/1.0.0.api.json" in out
    assert "[PASS] changelog: CHANGELOG-API.md: Unreleased section updated" in out
    code, out = run("--root", str(tiny), "--skip-generated")
    assert "Unreleased section unchanged" in out
    assert changelog.read_text().count("## Unreleased") == 1

    # Releasing the same version again, or a malformed one, is refused.
    code, out = run("--root", str(tiny), "--skip-generated", "--release")
    assert code == 1
    assert "[FAIL] release: 1.0.0 is not newer than the released 1.0.0" in out
    code, out = run("--root", str(tiny), "--skip-generated", "--release", "--version", "next")
    assert code == 1
    assert "not a X.Y.Z version" in out

    # A breaking change needs a new major version; a failing step blocks the release.
    _write(tiny, _tiny_doc("ping"))
    code, out = run("--root", str(tiny), "--skip-generated", "--release", "--version", "1.1.0")
    assert code == 1
    assert statuses(out)["version"] == "FAIL"
    assert "GET /api/v1/pong" in out
    assert "[FAIL] release: not released: a step failed" in out
    set_version(tiny, "2.0.0")
    code, out = run("--root", str(tiny), "--skip-generated", "--release")
    assert code == 0, out
    assert (releases / "2.0.0.yaml").is_file()
    assert check_spec.latest_release(tiny) == releases / "2.0.0.yaml"
    text = changelog.read_text()
    assert text.index("## 2.0.0") < text.index("## 1.0.0")
    assert "api-path-removed" in text[text.index("## 2.0.0") : text.index("## 1.0.0")]


def test_invalid_contract_stops_after_validation(tiny: Path) -> None:
    _write(tiny, {"openapi": "3.1.0", "paths": {}})
    code, out = run("--root", str(tiny), "--no-write")
    assert code == 1
    assert list(statuses(out)) == ["validate"]
    assert "not valid OpenAPI" in out
    _write(tiny, "{{ not yaml")
    code, out = run("--root", str(tiny), "--no-write")
    assert code == 1
    assert "-> fix the file so it parses as OpenAPI 3.x" in out


def test_explicit_base_and_api_base(tiny: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("base")
    base = other / "old.yaml"
    base.write_text(yaml.safe_dump({**_tiny_doc("ping", "pong", "gone"), "info": {"title": "t", "version": "3.4.0"}}))
    code, out = run("--root", str(tiny), "--skip-generated", "--no-write", "--base", str(base))
    assert code == 1
    assert f"since 3.4.0 ({base})" in out
    assert "(to 4.0.0)" in out
    code, out = run("--root", str(tiny), "--skip-generated", "--no-write", "--base", str(other / "missing.yaml"))
    assert code == 1
    assert statuses(out)["diff"] == "FAIL"

    snap = other / "api.json"
    code, out = run("--root", str(tiny), "--skip-generated", "--no-write", "--api-base", str(snap))
    assert statuses(out)["python-api"] == "FAIL"
    snap.write_text(json.dumps({"api": {"stateset.NoLongerThere": {"kind": "function", "params": []}}}))
    code, out = run("--root", str(tiny), "--skip-generated", "--no-write", "--api-base", str(snap))
    assert code == 1
    assert "0 breaking contract change(s), 1 breaking Python API change(s) since 1.0.0" in out
    assert "BREAKING stateset.NoLongerThere: function removed" in out
    assert "(to 2.0.0)" in out  # with no release, the contract's info.version is the base


def test_generated_failure_in_the_repo_says_make_generate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "main", lambda argv: 1)
    step = check_spec.check_generated(check_spec.Context(check_spec.ROOT, check_spec.ROOT / check_spec.CONTRACT))
    assert step.status == "FAIL"
    assert step.advice == "run `make generate` and commit"


def test_cli_by_path(tiny: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(tiny), "--skip-generated", "--no-write"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.endswith("check-spec: all steps passed\n")


# ------------------------------------------------------------------ helpers
def test_changelog_sections(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG-API.md"
    path.write_text("# Log\n\nIntro.\n\n## 1.0.0 (2026-01-01)\n\nFirst.\n")
    assert check_spec.write_changelog(path, "Something new.\n")
    assert path.read_text() == "# Log\n\nIntro.\n\n## Unreleased\n\nSomething new.\n\n## 1.0.0 (2026-01-01)\n\nFirst.\n"
    assert not check_spec.write_changelog(path, "Something new.\n")
    assert check_spec.write_changelog(path, "Changed.\n")
    assert path.read_text().count("## Unreleased") == 1
    assert "Something new." not in path.read_text()
    path.write_text("# Log\n\n## Unreleased\n\nAt the end.\n")
    assert check_spec.split_changelog(path.read_text()) == ("# Log\n\n", "At the end.", "")
    assert check_spec.split_changelog("")[0] == check_spec.CHANGELOG_HEADER.rstrip() + "\n\n"


def test_latest_release_and_versions(tmp_path: Path) -> None:
    assert check_spec.latest_release(tmp_path) is None
    releases = tmp_path / "openapi" / "releases"
    releases.mkdir(parents=True)
    for name in ("1.9.0.yaml", "1.10.0.yaml", "draft.yaml", "1.11.0.api.json"):
        (releases / name).write_text("")
    assert check_spec.latest_release(tmp_path) == releases / "1.10.0.yaml"
    ctx = check_spec.Context(tmp_path, tmp_path / "c.yaml", api_base=tmp_path / "mine.api.json")
    check_spec.resolve_base(ctx, None)
    assert (ctx.base, ctx.base_version, ctx.api_base) == (
        str(releases / "1.10.0.yaml"),
        "1.10.0",
        tmp_path / "mine.api.json",
    )
    ctx = check_spec.Context(tmp_path, tmp_path / "c.yaml")
    (releases / "1.10.0.api.json").write_text("{}")
    check_spec.resolve_base(ctx, None)
    assert ctx.api_base == releases / "1.10.0.api.json"
    assert check_spec.version_key("2.0.0rc1") == (2, 0, 0)
    with pytest.raises(ValueError, match=r"not a X\.Y\.Z version"):
        check_spec.version_key("v2")


def test_the_repository_passes_check_spec(capsys: pytest.CaptureFixture[str]) -> None:
    """CI's gate: the committed contract is valid, has no unreleased breaking change (or a major
    bump), and the public Python API has not broken. generated/ drift is checked by
    tests/test_generation.py, so it is skipped here to avoid a second generator run."""
    assert check_spec.main(["--no-write", "--skip-generated"]) == 0, capsys.readouterr().out

"""Tests for scripts/specdiff.py, the OpenAPI breaking-change checker.

The corpus in tests/specdiff/<case>/ holds base/revision pairs (YAML or JSON, OpenAPI 3.0 or
3.1) and an expected.json: ``{"breaking": bool, "ids": [...], "today"?: "YYYY-MM-DD"}``.
Every listed id must be reported, and no other ERR/WARN id may be.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._paths import ROOT, UPSTREAM

SCRIPT = ROOT / "scripts" / "specdiff.py"
CORPUS = Path(__file__).resolve().parent / "specdiff"
DOCS = ROOT / "docs" / "specdiff.md"

# Load the script by path, as it is run: it puts its own directory on sys.path so that
# its helper package `_specdiff` imports.
_spec = importlib.util.spec_from_file_location("specdiff", SCRIPT)
assert _spec is not None
assert _spec.loader is not None
specdiff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(specdiff)

from _specdiff import loader, operations, output, schema_diff, schema_view  # noqa: E402
from _specdiff.registry import RULES, Change, Finding, Level  # noqa: E402
from _specdiff.resolver import OPAQUE, Resolver  # noqa: E402

CASES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.json").is_file())


# ------------------------------------------------------------------------------- helpers
def _file(directory: Path, role: str) -> Path:
    return next(directory.glob(f"{role}.*"))


def _doc(paths: dict[str, Any], version: str = "3.1.0", **extra: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def _op(**extra: Any) -> dict[str, Any]:
    return {"operationId": "op", "responses": {"200": {"description": "ok"}}, **extra}


def _ok(schema: Any, status: str = "200") -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _body(schema: Any) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def run_main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = specdiff.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def diff_docs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], base: Any, rev: Any, *args: str
) -> tuple[int, dict[str, Any], str]:
    """Write two documents to tmp_path and diff them in-process (JSON output)."""
    b, r = tmp_path / "base.json", tmp_path / "rev.json"
    b.write_text(json.dumps(base))
    r.write_text(json.dumps(rev))
    code, out, err = run_main(capsys, str(b), str(r), *args)
    return code, json.loads(out), err


def ids(result: dict[str, Any]) -> set[str]:
    return {c["id"] for c in result["changes"]}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


# ------------------------------------------------------------------------------- corpus
@pytest.mark.parametrize("case", CASES)
def test_corpus_case(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    directory = CORPUS / case
    expected = json.loads((directory / "expected.json").read_text())
    argv = [str(_file(directory, "base")), str(_file(directory, "revision"))]
    if "today" in expected:
        argv += ["--today", expected["today"]]
    code, out, _ = run_main(capsys, *argv)
    result = json.loads(out)

    assert result["breaking"] is expected["breaking"]
    assert code == (1 if expected["breaking"] else 0)
    assert set(expected["ids"]) <= ids(result), result
    unexpected = {c["id"] for c in result["changes"] if c["level"] != "INFO"}
    assert unexpected <= set(expected["ids"]), result
    for change in result["changes"]:
        assert set(change) == {"id", "level", "method", "path", "message"}
        assert change["id"] in RULES
        assert change["method"] == change["method"].upper()


def test_corpus_shape() -> None:
    guards = [c for c in CASES if c.startswith("guard_")]
    rules = [c for c in CASES if not c.startswith("guard_")]
    assert len(rules) >= 35
    assert len(guards) >= 6
    for case in guards:
        assert json.loads((CORPUS / case / "expected.json").read_text())["breaking"] is False
    files = [p for case in CASES for p in (CORPUS / case).glob("[br]*.*")]
    assert {p.suffix for p in files} == {".json", ".yaml"}
    versions = {str(loader.parse_text(p.read_text(), str(p))["openapi"])[:3] for p in files}
    assert versions == {"3.0", "3.1"}


# ------------------------------------------------------------------------------- exit codes
def test_subprocess_exit_0_and_1() -> None:
    guard = CORPUS / "guard_description_change"
    proc = run_cli(str(_file(guard, "base")), str(_file(guard, "revision")))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"breaking": False, "changes": []}

    case = CORPUS / "param_removed_optional"
    proc = run_cli(str(_file(case, "base")), str(_file(case, "revision")), "--format", "text")
    assert proc.returncode == 1
    assert "request-parameter-removed" in proc.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "cannot read"),
        ("openapi: [unclosed\n", "not valid YAML or JSON"),
        ("title: just some yaml\n", "not an OpenAPI document"),
        ('{"swagger": "2.0"}', "Swagger 2.0"),
    ],
)
def test_subprocess_exit_2_one_line(tmp_path: Path, content: str | None, fragment: str) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
    good = _file(CORPUS / "api_removed", "base")
    proc = run_cli(str(good), str(bad))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert fragment in proc.stderr
    assert "Traceback" not in proc.stderr


def test_subprocess_bad_git_ref(tmp_path: Path) -> None:
    good = _file(CORPUS / "api_removed", "base")
    proc = run_cli("git:no-such-ref-xyz:api.yaml", str(good), cwd=tmp_path)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "cannot read 'git:no-such-ref-xyz:api.yaml'" in proc.stderr


def test_fail_on_levels(capsys: pytest.CaptureFixture[str]) -> None:
    warn_case = CORPUS / "param_pattern_changed"
    files = [str(_file(warn_case, "base")), str(_file(warn_case, "revision"))]
    assert run_main(capsys, *files)[0] == 0
    assert run_main(capsys, *files, "--fail-on", "warn")[0] == 1
    err_case = CORPUS / "operation_id_changed"
    files = [str(_file(err_case, "base")), str(_file(err_case, "revision"))]
    assert run_main(capsys, *files, "--fail-on", "never")[0] == 0
    assert run_main(capsys, *files, "--fail-on", "warn")[0] == 1


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(capsys)[0] == 2
    code, _, err = run_main(capsys, "a", "b", "--format", "xml")
    assert code == 2
    assert "invalid choice" in err
    code, _, err = run_main(capsys, "a", "b", "--today", "tomorrow")
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_help_points_to_docs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(capsys, "--help")
    assert code == 0
    assert "docs/specdiff.md" in out
    assert "--list-rules" in out


# ------------------------------------------------------------------------------- inputs
def test_git_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    case = CORPUS / "param_became_required"
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    shutil.copy(_file(case, "base"), repo / "api.yaml")
    git("add", "api.yaml")
    git("commit", "-qm", "base")
    rev = loader.parse_text(_file(case, "revision").read_text(), "rev")
    (repo / "api.yaml").write_text(yaml.safe_dump(rev))
    git("commit", "-qam", "revision")
    monkeypatch.chdir(repo)

    code, out, _ = run_main(capsys, "git:HEAD~1:api.yaml", "git:HEAD:api.yaml")
    assert code == 1
    assert ids(json.loads(out)) == {"request-parameter-became-required"}
    code, out, _ = run_main(capsys, "git:HEAD:api.yaml", "api.yaml")
    assert (code, json.loads(out)["changes"]) == (0, [])
    code, _, err = run_main(capsys, "git:HEAD", "api.yaml")
    assert code == 2
    assert "git:REF:path" in err
    code, _, err = run_main(capsys, "git:HEAD:missing.yaml", "api.yaml")
    assert code == 2
    assert "missing.yaml" in err


def test_git_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> None:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(loader.subprocess, "run", boom)
    with pytest.raises(loader.InputError, match="cannot run git"):
        loader.read_source("git:HEAD:api.yaml")


def test_loader_edge_cases(tmp_path: Path) -> None:
    assert loader.parse_text("{openapi: 3.0.0, paths: {}}", "x")["openapi"] == "3.0.0"
    assert loader.parse_text('{"openapi": "3.1.0"}', "x") == {"openapi": "3.1.0"}
    with pytest.raises(loader.InputError, match="is empty"):
        loader.check_openapi(None, "x")
    with pytest.raises(loader.InputError, match="top level is list"):
        loader.check_openapi([], "x")
    with pytest.raises(loader.InputError, match=r"unsupported OpenAPI version '2\.0'"):
        loader.check_openapi({"openapi": "2.0"}, "x")
    assert loader.check_openapi({"openapi": 3.0}, "x") == {"openapi": 3.0}  # unquoted YAML
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(loader.InputError, match="not UTF-8"):
        loader.read_source(str(binary))
    with pytest.raises(loader.InputError, match="Is a directory"):
        loader.read_source(str(tmp_path))
    with pytest.raises(loader.InputError, match="not valid YAML"):
        loader.parse_text("a: b\n\tc: d\n", "x")


def test_not_openapi_in_process() -> None:
    with pytest.raises(loader.InputError, match=r"Swagger 2\.0"):
        loader.check_openapi({"swagger": "2.0"}, "x")
    with pytest.raises(loader.InputError, match="no 'openapi' field"):
        loader.check_openapi({"paths": {}}, "x")


def test_diagnostics_deduplicate(capsys: pytest.CaptureFixture[str]) -> None:
    diagnostics = loader.Diagnostics()
    diagnostics.warn("base", "odd")
    diagnostics.warn("base", "odd")
    diagnostics.warn("revision", "odd")
    assert capsys.readouterr().err.splitlines() == [
        "specdiff: warning: base: odd",
        "specdiff: warning: revision: odd",
    ]


def test_deeply_nested_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    code, _, err = run_main(capsys, str(deep), str(deep))
    assert code == 2
    assert "nested too deeply" in err


# ------------------------------------------------------------------------------- sunset
def _sunset_docs() -> tuple[dict[str, Any], dict[str, Any]]:
    sunset = _op(deprecated=True, **{"x-sunset": "2030-01-01"})
    base = _doc({"/a": {"get": _op(), "delete": sunset}})
    return base, _doc({"/a": {"get": _op()}})


def test_sunset_today_from_env(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, rev = _sunset_docs()
    monkeypatch.setenv("SPECDIFF_TODAY", "2029-12-31")
    assert ids(diff_docs(tmp_path, capsys, base, rev)[1]) == {"api-removed-before-sunset"}
    monkeypatch.setenv("SPECDIFF_TODAY", "2030-01-01")
    assert ids(diff_docs(tmp_path, capsys, base, rev)[1]) == {"api-deprecated-removed"}
    monkeypatch.delenv("SPECDIFF_TODAY")
    code, _, _ = diff_docs(tmp_path, capsys, base, rev)
    assert code == (1 if date.today() < date(2030, 1, 1) else 0)
    monkeypatch.setenv("SPECDIFF_TODAY", "soon")
    code, out, err = run_main(capsys, str(tmp_path / "base.json"), str(tmp_path / "rev.json"))
    assert (code, out) == (2, "")
    assert "SPECDIFF_TODAY" in err


def test_parse_sunset_forms() -> None:
    warnings: list[str] = []
    assert operations.parse_sunset(date(2030, 1, 2), warnings.append) == date(2030, 1, 2)
    assert operations.parse_sunset(datetime(2030, 1, 2, 5), warnings.append) == date(2030, 1, 2)
    assert operations.parse_sunset("2030-01-02T00:00:00Z", warnings.append) == date(2030, 1, 2)
    assert operations.parse_sunset("next year", warnings.append) is None
    assert warnings == ["ignoring unparseable x-sunset 'next year'"]


# ------------------------------------------------------------------------------- recursion
def _tree(name_type: str) -> dict[str, Any]:
    node = {
        "type": "object",
        "properties": {
            "name": {"type": name_type},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "link": {"$ref": "#/components/schemas/Link"},
            # Self-references without a ref of their own once folded (regression: these
            # recursed forever when only (ref, ref) pairs were tracked).
            "parent": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Node"}]},
            "twin": {"allOf": [{"$ref": "#/components/schemas/Node"}], "nullable": True},
        },
    }
    link = {"type": "object", "properties": {"node": {"$ref": "#/components/schemas/Node"}}}
    return _doc(
        {"/tree": {"get": _op(responses=_ok({"$ref": "#/components/schemas/Node"}))}},
        components={"schemas": {"Node": node, "Link": link}},
    )


def test_recursive_schemas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, result, _ = diff_docs(tmp_path, capsys, _tree("string"), _tree("string"))
    assert (code, result["changes"]) == (0, [])
    code, result, _ = diff_docs(tmp_path, capsys, _tree("string"), _tree("integer"))
    assert code == 1
    messages = [c["message"] for c in result["changes"]]
    assert messages == ["response property 'name' type changed from 'string' to 'integer' (200 application/json)"]


def test_recursive_reference_became_nullable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, rev = _tree("string"), _tree("string")
    node = base["components"]["schemas"]["Node"]
    node["properties"]["parent"] = {"$ref": "#/components/schemas/Node"}
    code, result, _ = diff_docs(tmp_path, capsys, base, rev)
    assert code == 1
    assert [(c["id"], c["message"]) for c in result["changes"]] == [
        (
            "response-property-became-nullable",
            "response property 'parent' became nullable (200 application/json)",
        )
    ]


def test_self_including_all_of_terminates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _doc(
        {"/x": {"get": _op(responses=_ok({"$ref": "#/components/schemas/A"}))}},
        components={"schemas": {"A": {"allOf": [{"$ref": "#/components/schemas/A"}]}}},
    )
    code, result, _ = diff_docs(tmp_path, capsys, doc, doc)
    assert (code, result["changes"]) == (0, [])


# ------------------------------------------------------------------------------- output
def test_markdown_and_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    case = CORPUS / "guard_added_optional_field"
    files = [str(_file(case, "base")), str(_file(case, "revision"))]
    _, md, _ = run_main(capsys, *files, "--format", "markdown")
    assert md.startswith("### OpenAPI diff: ✅ no breaking changes")
    assert "<details><summary>" in md
    assert "| `endpoint-added` | `POST /returns` |" in md

    case = CORPUS / "param_pattern_changed"
    files = [str(_file(case, "base")), str(_file(case, "revision"))]
    _, md, _ = run_main(capsys, *files, "--format", "markdown")
    assert "#### ⚠️ Warnings (1)" in md

    case = CORPUS / "response_property_enum_value_added"
    files = [str(_file(case, "base")), str(_file(case, "revision"))]
    _, md, _ = run_main(capsys, *files, "--format", "markdown")
    assert md.startswith("### OpenAPI diff: ❌ breaking")
    assert "**Summary:** 1 breaking (ERR), 0 warnings (WARN), 0 info (INFO)" in md
    assert "'data.items[].status'" in md
    _, text, _ = run_main(capsys, *files, "--format", "text")
    lines = text.splitlines()
    assert lines[0] == "specdiff: 1 breaking (ERR), 0 warnings (WARN), 0 info (INFO)"
    assert "ERR (1)" in lines
    assert "  GET /orders  [response-property-enum-value-added]" in lines


def test_output_without_changes() -> None:
    assert output.render_text([]) == "specdiff: no changes\n"
    assert "**Summary:** no changes" in output.render_markdown([])
    change = Change("api-operation-id-changed", Level.ERR, "GET", "/a|b", "x\ny")
    assert "`GET /a\\|b` | x y |" in output.render_markdown([change])


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run_main(capsys, "--list-rules", "--format", "text")
    assert code == 0
    assert len(text.splitlines()) == len(RULES)
    _, js, _ = run_main(capsys, "--list-rules")
    assert {r["id"] for r in json.loads(js)} == set(RULES)


def test_docs_document_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    text = DOCS.read_text()
    table = text.split("<!-- rules:begin -->\n", 1)[1].split("<!-- rules:end -->", 1)[0]
    _, generated, _ = run_main(capsys, "--list-rules", "--format", "markdown")
    assert table.strip() == generated.strip(), "regenerate the table with --list-rules"
    for rule in RULES.values():
        assert rule.example
        assert rule.summary


# ------------------------------------------------------------------------------- upstream
@pytest.mark.skipif(not UPSTREAM.is_file(), reason="upstream export not available")
def test_upstream_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, str(UPSTREAM), str(UPSTREAM))
    assert (code, json.loads(out)) == (0, {"breaking": False, "changes": []})
    assert "OrderSortField" in err
    assert "stray '}'" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not UPSTREAM.is_file(), reason="upstream export not available")
def test_upstream_against_modified_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(UPSTREAM.read_text())
    rev = copy.deepcopy(doc)
    schemas = rev["components"]["schemas"]
    del schemas["ApiResponse_OrderResponse"]["properties"]["data"]["properties"]["notes"]
    schemas["OrderStatus"]["enum"].append("lost")
    rev["paths"]["/api/v1/orders"]["get"]["operationId"] = "get_orders"
    code, result, _ = diff_docs(tmp_path, capsys, doc, rev)
    assert code == 1
    assert {
        "response-optional-property-removed",
        "response-property-enum-value-added",
        "api-operation-id-changed",
    } <= ids(result)
    paths = {c["path"] for c in result["changes"]}
    assert "/api/v1/orders/by-number/:order_number}" in paths  # reported as written


# ------------------------------------------------------------------------------- units
def test_normalize_path() -> None:
    norm = operations.normalize_path("/boms/:id/components/:component_id}")
    assert (norm.key, norm.names, norm.axum, norm.stray_brace) == (
        "/boms/{}/components/{}",
        ("id", "component_id"),
        True,
        True,
    )
    norm = operations.normalize_path("/files/*rest")
    assert (norm.key, norm.names) == ("/files/{}", ("rest",))
    norm = operations.normalize_path("/a/{id}}/b")
    assert (norm.key, norm.stray_brace, norm.axum) == ("/a/{}/b", True, False)
    assert operations.normalize_path("/a/{x}").key == operations.normalize_path("/a/{y}").key


def test_resolver_pointers_and_failures() -> None:
    warnings: list[str] = []
    doc = {
        "components": {
            "schemas": {"a/b": {"type": "string"}, "L": [{"type": "integer"}]},
            "parameters": {
                "P": {"$ref": "#/components/parameters/Q"},
                "Q": {"$ref": "#/components/parameters/P"},
            },
        }
    }
    resolver = Resolver(doc, warnings.append)
    assert resolver.lookup("#/components/schemas/a~1b") == {"type": "string"}
    assert resolver.lookup("#/components/schemas/L/0") == {"type": "integer"}
    assert resolver.lookup("other.yaml#/X") is OPAQUE
    assert resolver.lookup("#/components/schemas/L/7") is OPAQUE
    assert resolver.deref({"$ref": "#/components/parameters/P"}) is OPAQUE
    assert repr(OPAQUE) == "OPAQUE"
    assert len(warnings) == 3
    assert "external $ref" in warnings[0]
    assert "circular" in warnings[2]


def _view(schema: Any, schemas: dict[str, Any] | None = None) -> schema_view.SchemaView:
    doc = {"components": {"schemas": schemas or {}}}
    return schema_view.ViewBuilder(Resolver(doc, lambda _: None)).view(schema)


def test_schema_view_normalization() -> None:
    merged = _view(
        {
            "allOf": [
                {"type": "number", "maximum": 10, "enum": [1, 2, 3]},
                {"type": "integer", "maximum": 5, "minimum": 1, "enum": [2, 3]},
            ]
        }
    )
    assert merged.types == frozenset({"integer"})
    assert merged.bounds == {"maximum": 5, "minimum": 1}
    assert merged.enum == ("2", "3")
    assert _view({"const": "x"}).enum == ('"x"',)
    assert _view({"enum": ["a", None]}).nullable
    assert _view({"type": "integer", "exclusiveMaximum": 10, "exclusiveMinimum": 0}).bounds == {
        "maximum": 10,
        "minimum": 0,
    }
    assert _view({"type": "integer", "maximum": 5, "exclusiveMaximum": True}).bounds == {"maximum": 5}
    assert _view(True) == schema_view.SchemaView()
    assert _view(False).opaque
    assert _view({"items": {"type": "string"}}).types == frozenset({"array"})
    assert _view({"properties": {"a": {}}}).types == frozenset({"object"})
    assert _view({"$ref": "#/components/schemas/S", "nullable": True}, {"S": {"type": "string"}}).nullable
    ro = _view({"$ref": "#/components/schemas/S", "readOnly": True}, {"S": {"type": "string"}})
    assert ro.read_only
    assert ro.ref == "#/components/schemas/S"


def test_schema_diff_helpers() -> None:
    pairs, removed, added = schema_diff.match_variants(
        ({"$ref": "#/c/A"}, {"title": "B"}, {"type": "string"}),
        ({"$ref": "#/c/A"}, {"type": "integer"}, {"type": "boolean"}, {"type": "null"}),
    )
    assert len(pairs) == 3
    assert removed == []
    assert added == ["#4"]


def test_read_only_and_write_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base_schema = {"type": "object", "properties": {"name": {"type": "string"}}}
    rev_schema = {
        "type": "object",
        "required": ["id", "password"],
        "properties": {
            "name": {"type": "string"},
            "id": {"type": "string", "readOnly": True},
            "password": {"type": "string", "writeOnly": True},
        },
    }
    base = _doc({"/u": {"post": _op(requestBody=_body(base_schema), responses=_ok(base_schema))}})
    rev = _doc({"/u": {"post": _op(requestBody=_body(rev_schema), responses=_ok(rev_schema))}})
    code, result, _ = diff_docs(tmp_path, capsys, base, rev)
    assert code == 1  # the new required (writeOnly) password must now be sent
    assert ids(result) == {"response-required-property-added", "new-required-request-property"}
    by_id = {c["id"]: c["message"] for c in result["changes"]}
    assert "'password'" in by_id["new-required-request-property"]
    assert "'id'" in by_id["response-required-property-added"]


def test_security_variants(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    optional = _doc({"/a": {"get": _op(security=[{}, {"Bearer": []}])}})
    required = _doc({"/a": {"get": _op(security=[{"Bearer": []}])}})
    wider = _doc({"/a": {"get": _op(security=[{"Bearer": []}, {"ApiKey": []}])}})
    assert ids(diff_docs(tmp_path, capsys, optional, required)[1]) == {"api-security-added"}
    assert diff_docs(tmp_path, capsys, required, wider)[1]["changes"] == []
    assert diff_docs(tmp_path, capsys, required, _doc({"/a": {"get": _op()}}))[0] == 0


def test_lifecycle_and_identity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = _doc({"/a": {"get": _op()}})
    deprecated = _doc({"/a": {"get": _op(deprecated=True)}})
    assert ids(diff_docs(tmp_path, capsys, plain, deprecated)[1]) == {"endpoint-deprecated"}
    assert ids(diff_docs(tmp_path, capsys, deprecated, plain)[1]) == {"endpoint-reactivated"}
    no_id = _doc({"/a": {"get": {"responses": {"200": {"description": "ok"}}}}})
    assert ids(diff_docs(tmp_path, capsys, no_id, plain)[1]) == {"api-operation-id-added"}


def test_parameter_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    components = {
        "parameters": {
            "Limit": {
                "name": "limit",
                "in": "query",
                "content": {"application/json": {"schema": {"type": "integer"}}},
            }
        }
    }
    base = _doc(
        {
            "/a": {
                "get": _op(
                    parameters=[
                        {"$ref": "#/components/parameters/Limit"},
                        {"$ref": "#/components/parameters/Missing"},
                        {"name": "no-location"},
                        "junk",
                    ]
                )
            }
        },
        components=components,
    )
    rev = copy.deepcopy(base)
    rev["components"]["parameters"]["Limit"]["content"]["application/json"]["schema"] = {"type": "string"}
    code, result, err = diff_docs(tmp_path, capsys, base, rev)
    assert code == 1
    assert ids(result) == {"request-parameter-type-changed"}
    assert "unresolvable $ref '#/components/parameters/Missing'" in err


def test_responses_and_headers_by_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    components = {
        "responses": {
            "Ok": {
                "description": "ok",
                "headers": {
                    "X-Total": {"$ref": "#/components/headers/Total"},
                    "Content-Type": {"schema": {"type": "string"}},
                    "X-Trace": {"description": "no schema"},
                },
                "content": {
                    "application/json; charset=utf-8": {"schema": {"type": "object"}},
                    "text/plain": {},
                },
            }
        },
        "headers": {"Total": {"schema": {"type": "integer"}}},
        "requestBodies": {"B": {"content": {"application/json": {"schema": {"type": "object"}}}}},
    }
    base = _doc(
        {
            "/a": {
                "post": _op(
                    requestBody={"$ref": "#/components/requestBodies/B"},
                    responses={
                        "200": {"$ref": "#/components/responses/Ok"},
                        404: {"description": "nf"},
                    },
                )
            }
        },
        components=components,
    )
    rev = copy.deepcopy(base)
    rev["components"]["headers"]["Total"]["schema"] = {"type": "string"}
    del rev["components"]["responses"]["Ok"]["headers"]["Content-Type"]
    rev["components"]["requestBodies"]["B"]["required"] = True
    rev["components"]["requestBodies"]["B"]["content"]["text/plain"] = {"schema": {}}
    rev["components"]["responses"]["Ok"]["content"]["text/csv"] = {}
    rev["paths"]["/a"]["post"]["responses"] = {
        "200": {"$ref": "#/components/responses/Ok"},
        "201": {"description": "created"},
        "409": {"description": "conflict"},
    }
    code, result, _ = diff_docs(tmp_path, capsys, base, rev)
    assert code == 1
    assert ids(result) == {
        "response-header-type-changed",
        "request-body-became-required",
        "request-body-media-type-added",
        "response-media-type-added",
        "response-non-success-status-removed",
        "response-success-status-added",
        "response-non-success-status-added",
    }


def test_request_body_added_optional_and_nested_params(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filt = {"type": "object", "properties": {"a": {"type": "string"}}}
    base = _doc(
        {
            "/a": {
                "post": _op(
                    parameters=[
                        {"name": "f", "in": "query", "schema": filt},
                        {"name": "g", "in": "query", "content": {"text/plain": {}}},
                    ]
                )
            }
        }
    )
    rev = copy.deepcopy(base)
    rev["paths"]["/a"]["post"]["parameters"][0]["schema"]["properties"]["a"] = {"type": "integer"}
    rev["paths"]["/a"]["post"]["requestBody"] = {"content": {"application/json": {}}}
    code, result, _ = diff_docs(tmp_path, capsys, base, rev)
    assert code == 1
    assert ids(result) == {"request-property-type-changed", "request-body-added-optional"}
    messages = {c["message"] for c in result["changes"]}
    assert ("request property 'a' type changed from 'string' to 'integer' in query parameter 'f'") in messages


def test_enum_constraint_added_or_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    free, closed = {"type": "string"}, {"type": "string", "enum": ["a"]}

    def doc(param: Any, resp: Any) -> dict[str, Any]:
        return _doc(
            {
                "/a": {
                    "get": _op(
                        parameters=[{"name": "p", "in": "query", "schema": param}],
                        responses=_ok(resp),
                    )
                }
            }
        )

    result = diff_docs(tmp_path, capsys, doc(free, closed), doc(closed, free))[1]
    assert ids(result) == {"request-parameter-enum-value-removed", "response-body-enum-value-added"}
    result = diff_docs(tmp_path, capsys, doc(closed, free), doc(free, closed))[1]
    assert result["changes"] == []


def test_unions_and_maps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def doc(schema: Any) -> dict[str, Any]:
        return _doc({"/a": {"get": _op(responses=_ok(schema))}})

    plain = {"type": "string"}
    union = {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert ids(diff_docs(tmp_path, capsys, doc(plain), doc(union))[1]) == {"response-body-one-of-added"}
    assert ids(diff_docs(tmp_path, capsys, doc(union), doc(plain))[1]) == {"response-body-one-of-removed"}
    mapping = {"type": "object", "additionalProperties": {"type": "string"}}
    changed = {"type": "object", "additionalProperties": {"type": "integer"}}
    result = diff_docs(tmp_path, capsys, doc(mapping), doc(changed))[1]
    assert [c["message"] for c in result["changes"]] == [
        "response property '*' type changed from 'string' to 'integer' (200 application/json)"
    ]


def test_defective_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dup = _doc(
        {
            "/a/{x}": {"get": _op()},
            "/a/{y}": {"get": _op()},
            "/b": "junk",
            "/c": {"get": _op(responses={"200": {"$ref": "#/nope"}})},
        }
    )
    code, result, err = diff_docs(tmp_path, capsys, dup, dup)
    assert (code, result["changes"]) == (0, [])
    assert "same operation as 'GET /a/{x}'" in err
    code, result, err = diff_docs(tmp_path, capsys, _doc([]), _doc({"/a": {"get": _op()}}))
    assert ids(result) == {"endpoint-added"}
    assert "'paths' is not a mapping" in err


def test_change_and_finding_levels() -> None:
    finding = Finding("response-property-enum-value-added", "m", Level.INFO)
    assert Change.of(finding, "get", "/a").level is Level.INFO
    assert Change.of(Finding("endpoint-added", "m"), "get", "/a").method == "GET"

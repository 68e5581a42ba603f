"""Tests for scripts/import_spec.py and its normalizer, scripts/_import/.

The real export (../shared/upstream/stateset-api.v1.json) is read where it lies; nothing of it
is copied into the repository.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._paths import ROOT, UPSTREAM

SCRIPT = ROOT / "scripts" / "import_spec.py"
CONTRACT = ROOT / "openapi" / "stateset-api.yaml"
GENERATOR_CONFIG = ROOT / "openapi" / "generator.yaml"

# Load the script by path, as it is run: it puts scripts/ on sys.path for `_import`/`_specdiff`.
_spec = importlib.util.spec_from_file_location("import_spec", SCRIPT)
assert _spec is not None
assert _spec.loader is not None
import_spec = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_spec)

from _import import Fix, normalize  # noqa: E402
from _import.components import fix_bodies, fix_security, fix_undefined_schemas, note_empty_schemas  # noqa: E402
from _import.naming import fix_operation_ids, fix_tags, plain_tag, singular  # noqa: E402
from _import.paths import fix_parameter_locations, fix_paths, fix_servers, normalize_path  # noqa: E402
from _import.report import operations  # noqa: E402

needs_upstream = pytest.mark.skipif(not UPSTREAM.is_file(), reason="the upstream export is not available")

RENAMED = {"mark_asn_delivered": "mark_delivered"}


def _doc(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}, **extra}


def _rules(fixes: list[Fix], kind: str | None = None) -> dict[str, int]:
    return {f.rule: f.count for f in fixes if kind is None or f.kind == kind}


def _op_ids(doc: dict[str, Any]) -> list[str]:
    return [str(op["operationId"]) for _p, _m, op in operations(doc)]


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    if not UPSTREAM.is_file():  # pragma: no cover - the shared data is part of the workspace
        pytest.skip("the upstream export is not available")
    return json.loads(UPSTREAM.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def candidate_file(tmp_path_factory: pytest.TempPathFactory, upstream: dict[str, Any]) -> tuple[Path, str]:
    """Run the CLI once on the real export; share the candidate and its stdout."""
    out = tmp_path_factory.mktemp("import") / "candidate.yaml"
    code, stdout = _run_main(str(UPSTREAM), "--out", str(out), "--no-validate")
    assert code == 0
    return out, stdout


def _run_main(*argv: str) -> tuple[int, str]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = import_spec.main(list(argv))
    return code, buffer.getvalue()


# ------------------------------------------------------------------ the real export
@needs_upstream
def test_real_export_fixes_and_counts(upstream: dict[str, Any], contract: dict[str, Any]) -> None:
    _out, fixes = normalize(upstream, contract)
    assert _rules(fixes, "fix") == {
        "axum-path-params": 52,
        "stray-brace": 6,
        "api-prefix": 4,
        "server-origin": 3,
        "path-param-to-query": 2,
        "tags": 10,
        "tags-declared": 13,
        "tags-undeclared": 3,
        "security-schemes": 2,
        "security-requirements": 36,
        "undefined-schema-enum": 2,
        "duplicate-operation-id": 1,
        "text-body-binary": 1,
    }
    assert _rules(fixes, "note") == {"empty-schema": 6}


@needs_upstream
def test_real_export_all_operations_survive(
    upstream: dict[str, Any], contract: dict[str, Any], candidate_file: tuple[Path, str]
) -> None:
    candidate = yaml.safe_load(candidate_file[0].read_text(encoding="utf-8"))
    before, after = _op_ids(upstream), _op_ids(candidate)
    assert len(before) == len(after) == 105
    assert {RENAMED.get(i, i) for i in after} == set(before)
    assert len(set(after)) == 105
    # Every operation keeps its method; paths are now our contract's where both have one.
    ours = {op["operationId"]: (m, p) for p, m, op in operations(contract)}
    theirs = {op["operationId"]: (m, p) for p, m, op in operations(candidate)}
    assert all(ours[i] == theirs[i] for i in theirs if i in ours)
    assert sum(1 for i in theirs if i in ours) == 105
    renamed = next(op for _p, _m, op in operations(candidate) if op["operationId"] == "mark_asn_delivered")
    assert renamed["x-stateset-upstream-operation-id"] == "mark_delivered"


@needs_upstream
def test_real_export_candidate_details(candidate_file: tuple[Path, str]) -> None:
    path, stdout = candidate_file
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Candidate contract")
    doc = yaml.safe_load(text)
    assert [s["url"] for s in doc["servers"]] == [
        "https://api.stateset.io",
        "https://staging-api.stateset.io",
        "http://localhost:8080",
    ]
    assert all(p.startswith("/api/v1/") and ":" not in p and "}}" not in p for p in doc["paths"])
    assert set(doc["components"]["securitySchemes"]) == {"ApiKeyAuth", "BearerAuth"}
    schemas = doc["components"]["schemas"]
    assert schemas["OrderSortField"]["enum"] == ["created_at", "order_date", "total_amount", "order_number"]
    assert schemas["SortDirection"]["enum"] == ["asc", "desc"]
    tags = {t for _p, _m, op in operations(doc) for t in op["tags"]}
    assert tags == {
        "orders", "returns", "warranties", "inventory", "shipments", "asns", "work_orders",
        "purchase_orders", "products", "payments", "carts", "boms", "analytics", "admin", "checkout",
    }  # fmt: skip
    boms = doc["paths"]["/api/v1/manufacturing/boms"]["get"]["parameters"]
    assert {(p["name"], p["in"]) for p in boms} == {("page", "query"), ("per_page", "query")}
    # The report: one line per fix with its count, then the diff summary against our contract.
    assert "fix   axum-path-params         52" in stdout
    assert "mark_delivered -> mark_asn_delivered" in stdout
    assert "adopting the candidate, compared with" in stdout
    assert "BREAKING:" in stdout  # our contract is a superset of the export


@needs_upstream
def test_real_export_candidate_is_valid_openapi(candidate_file: tuple[Path, str]) -> None:
    assert import_spec.validate(yaml.safe_load(candidate_file[0].read_text(encoding="utf-8"))) is None


@needs_upstream
def test_real_export_generates_without_warnings(candidate_file: tuple[Path, str], tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(candidate_file[0]),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "pkg"),
            "--fail-on-warning",
            "--config",
            str(GENERATOR_CONFIG),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Warning" not in proc.stdout
    assert (tmp_path / "pkg" / "api" / "payments" / "payment_webhook.py").is_file()


@needs_upstream
def test_normalizing_twice_is_idempotent(upstream: dict[str, Any], contract: dict[str, Any]) -> None:
    once, _fixes = normalize(upstream, contract)
    twice, fixes = normalize(once, contract)
    assert twice == once
    assert _rules(fixes, "fix") == {}
    assert _rules(fixes, "note") == {"empty-schema": 6}  # notes describe, they do not change


@needs_upstream
def test_normalize_does_not_modify_its_input(upstream: dict[str, Any]) -> None:
    before = copy.deepcopy(upstream)
    normalize(upstream)
    assert upstream == before


@needs_upstream
def test_without_a_reference_the_first_duplicate_keeps_its_name(upstream: dict[str, Any]) -> None:
    out, _fixes = normalize(upstream)
    ids = _op_ids(out)
    assert "mark_delivered" in ids
    assert "mark_shipment_delivered" in ids


# ------------------------------------------------------------------ CLI
@needs_upstream
@pytest.mark.parametrize(("fmt", "needle"), [("markdown", "### OpenAPI diff"), ("json", '"breaking": true')])
def test_full_diff_formats(tmp_path: Path, fmt: str, needle: str) -> None:
    code, out = _run_main(str(UPSTREAM), "--out", str(tmp_path / "c.yaml"), "--no-validate", "--diff-format", fmt)
    assert code == 0
    assert needle in out


def test_small_export_with_validation_and_no_diff(tmp_path: Path) -> None:
    src = tmp_path / "export.json"
    src.write_text(json.dumps(_doc({"/things/:id": {"get": _op("get_thing")}})))
    out = tmp_path / "sub" / "candidate.yaml"
    code, stdout = _run_main(str(src), "--out", str(out), "--no-diff")
    assert code == 0
    assert "candidate is INVALID" in stdout  # the path template has no parameter declared
    assert "/api/v1/things/{id}" in yaml.safe_load(out.read_text())["paths"]
    assert "adopting" not in stdout


def test_small_export_diff_summary_without_changes(tmp_path: Path) -> None:
    doc = _doc({"/api/v1/things": {"get": _op("list_things")}})
    src = tmp_path / "export.json"
    src.write_text(json.dumps(doc))
    against = tmp_path / "ours.yaml"
    against.write_text(yaml.safe_dump(doc))
    code, stdout = _run_main(str(src), "--out", str(tmp_path / "c.yaml"), "--against", str(against))
    assert code == 0
    assert "import_spec: 0 fixes, 0 notes" in stdout
    assert "candidate is valid OpenAPI" in stdout
    assert "no breaking changes: no changes" in stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json: [", "not valid YAML or JSON"),
        ('{"swagger": "2.0"}', "Swagger 2.0"),
    ],
)
def test_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    src = tmp_path / "export.json"
    if content is not None:
        src.write_text(content)
    assert import_spec.main([str(src), "--out", str(tmp_path / "c.yaml")]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "c.yaml").exists()


def test_unreadable_against_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "export.json"
    src.write_text(json.dumps(_doc({})))
    assert import_spec.main([str(src), "--against", str(tmp_path / "missing.yaml")]) == 2
    assert "import_spec: error: cannot read" in capsys.readouterr().err


def test_cli_by_path_reports_unreadable_input_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr


def test_validate_reports_the_first_problem() -> None:
    assert import_spec.validate({"openapi": "3.1.0"}) is not None


# ------------------------------------------------------------------ paths
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/api/v1/orders/:id", ("/api/v1/orders/{id}", True, False, False)),
        ("/api/v1/orders/by-number/:n}", ("/api/v1/orders/by-number/{n}", True, True, False)),
        ("/api/v1/orders/{id}}", ("/api/v1/orders/{id}", False, True, False)),
        ("/checkout_sessions", ("/api/v1/checkout_sessions", False, False, True)),
        ("things", ("/api/v1/things", False, False, True)),
        ("/api/v1", ("/api/v1", False, False, False)),
        ("/api/v1x/y", ("/api/v1/api/v1x/y", False, False, True)),
    ],
)
def test_normalize_path(path: str, expected: tuple[str, bool, bool, bool]) -> None:
    assert normalize_path(path) == expected


def test_paths_that_collide_are_merged() -> None:
    doc = _doc({"/api/v1/a/{id}": {"get": _op("a")}, "/api/v1/a/:id": {"get": _op("b"), "put": _op("c")}})
    fixes = fix_paths(doc)
    assert list(doc["paths"]) == ["/api/v1/a/{id}"]
    assert doc["paths"]["/api/v1/a/{id}"]["get"]["operationId"] == "a"
    assert doc["paths"]["/api/v1/a/{id}"]["put"]["operationId"] == "c"
    assert _rules(fixes) == {"axum-path-params": 1, "paths-merged": 1}


def test_paths_missing_or_malformed() -> None:
    assert fix_paths({"openapi": "3.1.0"}) == []
    assert fix_parameter_locations({"paths": {"/x": None}}) == []
    assert fix_parameter_locations({"paths": []}) == []
    assert operations({"paths": {"/x": None, "/y": {"get": "nope", "summary": "s"}}}) == []
    assert operations({"paths": []}) == []


def test_servers() -> None:
    doc = {
        "servers": [
            {"url": "https://a.example/v1"},
            {"url": "https://a.example"},
            {"url": "/relative"},
            "junk",
        ]
    }
    fixes = fix_servers(doc)
    assert doc["servers"] == [{"url": "https://a.example"}, {"url": "/relative"}, "junk"]
    assert _rules(fixes) == {"server-origin": 1}
    assert fix_servers({}) == []


def test_path_level_parameters_are_relocated_too() -> None:
    params = [{"name": "page", "in": "path", "required": True}, {"name": "id", "in": "path", "required": True}]
    doc = _doc({"/api/v1/a/{id}": {"parameters": params, "get": _op("a", parameters="junk")}})
    fixes = fix_parameter_locations(doc)
    assert params == [{"name": "page", "in": "query"}, {"name": "id", "in": "path", "required": True}]
    assert fixes[0].locations == ["/api/v1/a/{id} page"]


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("crate::handlers::orders", "orders"),
        ("Agentic Checkout", "checkout"),
        ("Work Orders", "work_orders"),
        ("crate::handlers::gift-cards", "gift_cards"),
        ("Loyalty Points", "loyalty_points"),
        ("!!!", "default"),
    ],
)
def test_plain_tag(tag: str, expected: str) -> None:
    assert plain_tag(tag) == expected


@pytest.mark.parametrize(("tag", "expected"), [("warranties", "warranty"), ("asns", "asn"), ("address", "address")])
def test_singular(tag: str, expected: str) -> None:
    assert singular(tag) == expected


def test_tags_are_declared_and_deduplicated() -> None:
    doc = _doc(
        {"/api/v1/a": {"get": _op("a", tags=["Orders", "crate::handlers::orders", 7]), "put": _op("b")}},
        tags=[{"name": "Orders", "description": "first"}, {"name": "orders"}, "junk"],
    )
    fixes = fix_tags(doc)
    assert doc["paths"]["/api/v1/a"]["get"]["tags"] == ["orders", 7]
    assert doc["tags"] == [{"name": "orders", "description": "first"}]
    assert _rules(fixes) == {"tags": 2, "tags-declared": 1}


def test_tags_without_a_top_level_list() -> None:
    doc = _doc({"/api/v1/a": {"get": _op("a", tags=["gadgets"])}})
    assert _rules(fix_tags(doc)) == {"tags-undeclared": 1}
    assert doc["tags"] == [{"name": "gadgets"}]
    untagged = _doc({"/api/v1/a": {"get": _op("a")}})
    assert fix_tags(untagged) == []
    assert "tags" not in untagged


def test_duplicate_operation_ids_without_reference() -> None:
    doc = _doc(
        {
            "/api/v1/a": {"get": _op("sync", tags=["bins"]), "post": _op("sync", tags=["bins"])},
            "/api/v1/b": {"get": _op("sync", tags=["crates"]), "put": _op("sync_bin")},
            "/api/v1/c": {"get": _op("refresh"), "post": _op("refresh")},
        }
    )
    fixes = fix_operation_ids(doc)
    assert _op_ids(doc) == ["sync", "sync_bin_2", "sync_crate", "sync_bin", "refresh", "refresh_op"]
    assert fixes[0].count == 3


def test_duplicate_operation_ids_follow_the_reference() -> None:
    doc = _doc({"/api/v1/a": {"get": _op("x", tags=["as"])}, "/api/v1/b": {"get": _op("x", tags=["bs"])}})
    reference = {
        ("get", "/api/v1/a"): {"operationId": "get_a", "x-stateset-upstream-operation-id": "x"},
        ("get", "/api/v1/b"): {"operationId": "x"},
    }
    fix_operation_ids(doc, reference)
    assert _op_ids(doc) == ["get_a", "x"]


# ------------------------------------------------------------------ components
def test_security_schemes_and_requirements() -> None:
    doc = _doc(
        {
            "/api/v1/a": {
                "get": _op("a", security=[{"Bearer": []}, {"ApiKey": []}, {"Mystery": []}, "junk"]),
                "put": _op("b", security=[{"Defined": []}]),
                "post": _op("c"),
            }
        },
        security=[{"bearer_auth": []}],
        components={"securitySchemes": {"Defined": {"type": "http", "scheme": "basic"}}},
    )
    fixes = fix_security(doc)
    assert doc["security"] == [{"BearerAuth": []}]
    assert doc["paths"]["/api/v1/a"]["get"]["security"][:3] == [{"BearerAuth": []}, {"ApiKeyAuth": []}, {"Mystery": []}]
    assert set(doc["components"]["securitySchemes"]) == {"Defined", "ApiKeyAuth", "BearerAuth"}
    assert _rules(fixes) == {"security-schemes": 2, "security-requirements": 2, "security-unknown": 1}
    assert fix_security(doc) == [Fix("security-unknown", fixes[2].message, ["a Mystery"], "note")]


def test_security_already_ours_is_left_alone() -> None:
    doc = _doc({"/api/v1/a": {"get": _op("a", security=[{"ApiKeyAuth": []}])}})
    fixes = fix_security(doc)
    assert _rules(fixes) == {"security-schemes": 1}
    assert fix_security(doc) == []


def test_undefined_schemas() -> None:
    doc = _doc(
        {
            "/api/v1/a": {
                "get": _op(
                    "a",
                    parameters=[
                        {
                            "name": "s",
                            "in": "query",
                            "description": "Sort (a, b)",
                            "schema": {"$ref": "#/components/schemas/S"},
                        },
                        {
                            "name": "o",
                            "in": "query",
                            "description": "Anything",
                            "schema": {"$ref": "#/components/schemas/O"},
                        },
                    ],
                ),
            }
        },
    )
    doc["paths"]["/api/v1/a"]["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"items": {"$ref": "#/components/schemas/O"}}}
    }
    fixes = fix_undefined_schemas(doc)
    assert doc["components"]["schemas"]["S"]["enum"] == ["a", "b"]
    assert doc["components"]["schemas"]["O"]["type"] == "string"
    assert "enum" not in doc["components"]["schemas"]["O"]
    assert _rules(fixes) == {"undefined-schema-enum": 1, "undefined-schema-open": 1}
    assert fix_undefined_schemas(doc) == []
    assert fix_undefined_schemas({"openapi": "3.1.0"}) == []


def test_bodies() -> None:
    plain = {"content": {"text/plain": {"schema": {"type": "string"}}, "application/json": "junk"}}
    doc = _doc(
        {
            "/api/v1/a": {
                "post": _op("a", requestBody=plain),
                "put": _op("b", requestBody={"content": {"text/csv": {"schema": {"type": "string", "format": "x"}}}}),
                "get": _op("c", responses={"200": {"content": {"text/html": {"schema": {"type": "string"}}}}}),
                "patch": _op("d", requestBody={"content": "junk"}, responses="junk"),
            }
        }
    )
    fixes = fix_bodies(doc)
    assert plain["content"]["text/plain"]["schema"] == {"type": "string", "format": "binary"}  # type: ignore[index]
    assert _rules(fixes) == {"text-body-binary": 1, "text-body": 1}
    assert _rules(fix_bodies(doc), "fix") == {}


def test_empty_schemas_are_noted() -> None:
    doc = _doc(
        {"/api/v1/a": {"post": _op("a", requestBody={"content": {"application/json": {"schema": {}}}})}},
        components={
            "schemas": {
                "A": {"properties": {"data": {}, "items": {"type": "array", "items": {}}, "ok": {"type": "string"}}},
                "B": True,
                "C": {"type": "string"},
            }
        },
    )
    before = copy.deepcopy(doc)
    fixes = note_empty_schemas(doc)
    assert doc == before
    assert fixes[0].kind == "note"
    assert fixes[0].locations == ["a request application/json", "A.data", "A.items[]"]


def test_fix_line_format() -> None:
    fix = Fix("rule", "did things", ["a", "b", "c", "d"])
    assert fix.line() == "fix   rule                      4  did things (a, b, c, +1 more)"
    assert Fix("r", "m", ["a"], "note").line().startswith("note  r")

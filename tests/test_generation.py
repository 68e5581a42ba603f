"""generated/ is a pure function of the contract, and the facade follows it with no hand edits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts import generate
from tests._paths import ROOT

NEW_OPERATION = {
    "tags": ["orders"],
    "operationId": "preview_order_refund",
    "summary": "Show what refunding an order would return.",
    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
    "responses": {
        "200": {
            "description": "Success.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiResponse_OrderResponse"}}},
        }
    },
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the parts of the repo the generator reads and writes."""
    root = tmp_path_factory.mktemp("repo")
    for part in ("openapi", "generated", "docs"):
        shutil.copytree(ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_committed_tree_is_in_sync(capsys: pytest.CaptureFixture[str]) -> None:
    assert generate.main(["--check"]) == 0
    assert "138 endpoints for 138 operations" in capsys.readouterr().out


def test_tampering_is_caught_and_regenerating_fixes_it(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contract = tree / "openapi" / "stateset-api.yaml"
    doc = yaml.safe_load(contract.read_text(encoding="utf-8"))
    doc["paths"]["/api/v1/orders/{id}"]["get"]["summary"] = "A tampered description."
    doc["paths"]["/api/v1/orders/{id}/refund-preview"] = {"get": NEW_OPERATION}
    contract.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    stray = tree / "generated" / "stateset_client" / "api" / "orders" / "hand_written.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    args = ["--root", str(tree), "--contract", str(contract)]

    assert generate.main(["--check", *args]) == 1
    err = capsys.readouterr().err
    assert "changed: api/orders/get_order.py" in err
    assert "A tampered description." in err
    assert "missing: api/orders/preview_order_refund.py" in err
    assert "unexpected: api/orders/hand_written.py" in err
    assert "changed: docs/operations.md" in err

    assert generate.main(args) == 0
    assert generate.main(["--check", *args]) == 0
    assert not stray.exists()
    _assert_facade_exposes_new_operation(tree)


def _assert_facade_exposes_new_operation(tree: Path) -> None:
    """After `make generate`, both clients have the new method: no hand edits anywhere."""
    probe = (
        "import inspect, stateset, stateset_client\n"
        f"assert stateset_client.__file__.startswith({str(tree)!r}), stateset_client.__file__\n"
        "for cls in (stateset.Stateset, stateset.AsyncStateset):\n"
        "    c = cls(api_key='sk_test_x')\n"
        "    method = c.orders.preview_refund\n"
        "    assert 'refunding an order' in method.__doc__\n"
        "    assert list(inspect.signature(method).parameters)[0] == 'id'\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "generated"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
    assert "client.orders.preview_refund()" in (tree / "docs" / "operations.md").read_text(encoding="utf-8")


def test_endpoint_count_must_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The count check needs no real generation: a package with one endpoint is enough.
    (tmp_path / "api" / "orders").mkdir(parents=True)
    (tmp_path / "api" / "orders" / "get_order.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(generate, "build", lambda contract, workdir: (tmp_path, "", 138))
    assert generate.main(["--check"]) == 1
    assert "generated 1 endpoints and 138 resource methods for 138 operations" in capsys.readouterr().err


def test_generator_failure_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    doc = yaml.safe_load((ROOT / "openapi" / "stateset-api.yaml").read_text(encoding="utf-8"))
    doc["paths"]["/api/v1/orders"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/DoesNotExist"
    }
    broken.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(KeyError):
        generate.main(["--check", "--contract", str(broken)])


FRESH_IMPORTS = """
import importlib, pkgutil, sys
import stateset_client.models as models
names = sorted(info.name for info in pkgutil.iter_modules(models.__path__))
for name in names:
    for loaded in [m for m in sys.modules if m.startswith("stateset_client.models.")]:
        del sys.modules[loaded]
    module = importlib.import_module(f"stateset_client.models.{name}")
    for value in vars(module).values():  # nested models are bound at import, not per call
        if isinstance(value, type) and hasattr(value, "from_dict"):
            assert value.__module__.startswith("stateset_client.models."), value
print(len(names))
"""


def test_every_model_imports_first_despite_import_cycles() -> None:
    # Models import the models they nest after their own class (not inside from_dict), so
    # each must import cleanly as the first model loaded, whatever cycles the contract has.
    done = subprocess.run([sys.executable, "-c", FRESH_IMPORTS], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 250


def test_from_dict_passes_fields_in_init_order() -> None:
    # from_dict builds each model with positional arguments (cheaper than keywords), so
    # their order must be the order of attrs' __init__ parameters in every model.
    import ast
    import importlib

    import attrs

    models = sorted((ROOT / "generated" / "stateset_client" / "models").glob("*.py"))
    checked = 0
    for path in models:
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(f"stateset_client.models.{path.stem}")
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.FunctionDef) and node.name == "from_dict"):
                continue
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call) and getattr(c.func, "id", "") == "cls"]
            assert len(calls) == 1, path
            passed = [arg.id for arg in calls[0].args if isinstance(arg, ast.Name)]
            assert len(passed) == len(calls[0].args), path
            assert not calls[0].keywords, path
            owner = next(v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__)
            expected = [f.name for f in attrs.fields(owner) if f.init]
            assert passed == expected, path
            checked += 1
    assert checked > 250

"""Every operation of the contract is a command, and nothing else is."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
import yaml
from _cli_helpers import ROOT, Runner

from stateset import ConfigurationError
from stateset.cli import cli
from stateset.cli._catalog import Catalog, build_catalog, contract_path, load_catalog, resource_names

HTTP = ("get", "post", "put", "patch", "delete")


def contract_operations() -> set[str]:
    doc = yaml.safe_load((ROOT / "openapi" / "stateset-api.yaml").read_text())
    return {op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in HTTP}


def command_tree() -> dict[str, dict[str, click.Command]]:
    ctx = click.Context(cli)
    tree = {}
    for name in resource_names():
        group = cli.get_command(ctx, name.replace("_", "-"))
        assert isinstance(group, click.Group)
        tree[name] = {sub: group.get_command(ctx, sub) for sub in group.list_commands(ctx)}
    return tree


def test_every_operation_has_a_command() -> None:
    catalog = load_catalog()
    expected = contract_operations()
    assert len(expected) == 138
    assert {op.operation_id for op in catalog.operations} == expected
    tree = command_tree()
    commands = {(res, cmd) for res, subs in tree.items() for cmd in subs}
    assert commands == {(op.resource, op.command) for op in catalog.operations}
    assert len(commands) == 138
    for op in catalog.operations:
        command = tree[op.resource][op.command]
        assert op.operation_id in (command.help or "")
        names = {p.name for p in command.params}
        assert {a.py for a in op.args} <= names
        assert {o.py for o in op.options} <= names
        assert ("max_items" in names) == op.paginated


def test_root_lists_builtins_and_resources(run: Runner) -> None:
    out = run("--help").stdout
    for name in ("config", "api", "bulk", "sandbox", "webhooks", "explore", "snippet", "spec", "orders", "work-orders"):
        assert f"  {name}" in out
    assert "Exit codes" in out
    assert "No such command" in run("nonsense", code=2).stderr
    assert run("--version").stdout.startswith("stateset, version")


def test_group_help_and_underscore_alias(run: Runner) -> None:
    assert "update-status" in run("orders", "--help").stdout
    assert "Move an order" in run("orders", "update_status", "--help").stdout
    assert "No such command" in run("orders", "fly", code=2).stderr


def test_cache_roundtrip_and_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = build_catalog(contract_path())
    assert Catalog.from_json(json.loads(json.dumps(built.to_json()))) == built
    monkeypatch.setenv("STATESET_CLI_CACHE", str(tmp_path / "c"))
    load_catalog.cache_clear()
    try:
        first = load_catalog()
        files = list((tmp_path / "c").glob("cli-catalog-*.json"))
        assert len(files) == 1
        files[0].write_text("{broken")
        load_catalog.cache_clear()
        assert load_catalog() == first  # a corrupt cache is rebuilt
    finally:
        load_catalog.cache_clear()


def test_unwritable_cache_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("STATESET_CLI_CACHE", str(blocker / "sub"))
    load_catalog.cache_clear()
    try:
        assert len(load_catalog().operations) == 138
    finally:
        load_catalog.cache_clear()


def test_contract_override_and_find(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STATESET_CONTRACT", str(tmp_path / "x.yaml"))
    assert contract_path() == tmp_path / "x.yaml"
    load_catalog.cache_clear()
    with pytest.raises(ConfigurationError, match=r"x\.yaml"):
        load_catalog()
    (tmp_path / "x.yaml").write_text("")
    with pytest.raises(ConfigurationError, match="not an OpenAPI document"):
        load_catalog()
    monkeypatch.delenv("STATESET_CONTRACT")
    catalog = load_catalog()
    assert catalog.find("orders.update-status").operation_id == "update_order_status"
    assert catalog.find("update_order_status").dotted == "orders.update_status"
    with pytest.raises(KeyError):
        catalog.find("orders.fly")


def test_operation_without_sdk_method_is_reported(tmp_path: Path) -> None:
    from stateset.cli import _catalog

    doc = {"paths": {"/x": {"get": {"operationId": "no_such_op"}}}}
    with pytest.raises(RuntimeError, match="no_such_op"):
        list(_catalog._operations(doc, {}))


def test_schema_descriptions() -> None:
    from stateset.cli._catalog import _Contract

    contract = _Contract({"components": {"schemas": {"E": {"type": "string", "enum": ["a", None, "b"]}}}})
    assert contract.describe({"$ref": "#/components/schemas/E"}) == ("string", ("a", "b"), None)
    assert contract.describe({"oneOf": [{"type": "null"}, {"type": "integer", "example": 3}]}) == ("integer", (), 3)
    assert contract.describe({"type": ["string", "integer"]})[0] == "json"
    assert contract.describe({"type": "array"})[0] == "json"
    assert contract.resolve(["not a dict"]) == {}

"""The contract covers the real API: every export operation, every Postman-only route, and
only the preview additions listed here."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests._paths import CONTRACT, POSTMAN, UPSTREAM

METHODS = ("get", "post", "put", "patch", "delete")

# SDK-driven additions the upstream API lacks; each must be marked x-stateset-preview.
PREVIEW_OPERATIONS = {
    ("GET", "/api/v1/webhook-endpoints", "list_webhook_endpoints"),
    ("POST", "/api/v1/webhook-endpoints", "create_webhook_endpoint"),
    ("GET", "/api/v1/webhook-endpoints/{}", "get_webhook_endpoint"),
    ("PUT", "/api/v1/webhook-endpoints/{}", "update_webhook_endpoint"),
    ("DELETE", "/api/v1/webhook-endpoints/{}", "delete_webhook_endpoint"),
    ("POST", "/api/v1/webhook-endpoints/{}/rotate-secret", "rotate_webhook_endpoint_secret"),
    ("GET", "/api/v1/webhook-endpoints/{}/deliveries", "list_webhook_deliveries"),
    ("POST", "/api/v1/orders/batch", "batch_create_orders"),
    ("POST", "/api/v1/products/batch", "batch_create_products"),
    ("POST", "/api/v1/inventory/batch", "batch_create_inventory"),
}
PREVIEW_PARAMETERS = {"filter", "sort", "near", "bbox", "search"}


@cache
def contract() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))


def shape(path: str) -> str:
    """A path with every parameter blanked, so `{id}`, `{order_id}` and `:id` compare equal."""
    path = path.replace("}", "").replace("{", ":")
    path = re.sub(r":\w+", "{}", path)
    return path if path.startswith("/api/v1") else "/api/v1" + path


def contract_ops() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (m.upper(), shape(p)): op for p, item in contract()["paths"].items() for m, op in item.items() if m in METHODS
    }


def upstream_ops() -> set[tuple[str, str, str]]:
    doc = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    return {
        (m.upper(), shape(p), op["operationId"])
        for p, item in doc["paths"].items()
        for m, op in item.items()
        if m in METHODS
    }


def postman_routes() -> set[tuple[str, str]]:
    doc = json.loads(POSTMAN.read_text(encoding="utf-8"))
    routes: set[tuple[str, str]] = set()

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "item" in item:
                walk(item["item"])
                continue
            request = item["request"]
            raw = request["url"]["raw"] if isinstance(request["url"], dict) else request["url"]
            path = raw.replace("{{base_url}}", "").split("?")[0]
            routes.add((request["method"].upper(), shape(path)))

    walk(doc["item"])
    return routes


def test_contract_is_valid_openapi_31() -> None:
    assert contract()["openapi"].startswith("3.1")
    validate(contract())


def test_every_export_operation_is_present_with_its_operation_id() -> None:
    ops = contract_ops()
    upstream = upstream_ops()
    assert len(upstream) == 105
    missing = []
    for method, path, op_id in sorted(upstream):
        op = ops.get((method, path))
        if op is None:
            missing.append((method, path, op_id))
            continue
        assert op_id in (op["operationId"], op.get("x-stateset-upstream-operation-id")), (
            method,
            path,
        )
    assert missing == []


def test_every_postman_only_route_is_present_and_marked() -> None:
    ops = contract_ops()
    export_routes = {(m, p) for m, p, _ in upstream_ops()}
    collection_only = postman_routes() - export_routes
    assert len(collection_only) == 23
    for route in sorted(collection_only):
        assert route in ops, route
        assert ops[route].get("x-stateset-source") == "postman-collection", route


def test_additions_are_exactly_the_listed_preview_operations() -> None:
    known = {(m, p) for m, p, _ in upstream_ops()} | postman_routes()
    additions = {(m, p, op["operationId"]) for (m, p), op in contract_ops().items() if (m, p) not in known}
    assert additions == PREVIEW_OPERATIONS
    for method, path, _ in additions:
        assert contract_ops()[(method, path)].get("x-stateset-preview") is True
    assert len(contract_ops()) == 105 + 23 + len(PREVIEW_OPERATIONS)


def test_preview_parameters_are_marked() -> None:
    for (method, path), op in contract_ops().items():
        for param in op.get("parameters", []):
            if param.get("x-stateset-preview"):
                assert param["name"] in PREVIEW_PARAMETERS, (method, path, param["name"])


@pytest.mark.parametrize(
    "fix",
    [
        "no axum :params",
        "no stray braces",
        "plain tags",
        "security schemes",
        "defined enums",
        "unique ids",
    ],
)
def test_export_defects_are_fixed(fix: str) -> None:
    doc = contract()
    text = CONTRACT.read_text(encoding="utf-8")
    if fix == "no axum :params":
        assert not any(re.search(r"/:\w", p) for p in doc["paths"])
    elif fix == "no stray braces":
        assert all(p.count("{") == p.count("}") for p in doc["paths"])
    elif fix == "plain tags":
        tags = {op["tags"][0] for item in doc["paths"].values() for m, op in item.items() if m in METHODS}
        assert all(re.fullmatch(r"[a-z_]+", t) for t in tags), tags
        assert "crate::handlers::orders" not in text
    elif fix == "security schemes":
        schemes = doc["components"]["securitySchemes"]
        assert schemes["ApiKeyAuth"] == {
            **schemes["ApiKeyAuth"],
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
        }
        assert schemes["BearerAuth"]["scheme"] == "bearer"
    elif fix == "defined enums":
        assert doc["components"]["schemas"]["OrderSortField"]["enum"]
        assert doc["components"]["schemas"]["SortDirection"]["enum"] == ["asc", "desc"]
    else:
        ids = [op["operationId"] for item in doc["paths"].values() for m, op in item.items() if m in METHODS]
        assert len(ids) == len(set(ids))


def test_one_path_prefix_and_origin_servers() -> None:
    doc = contract()
    assert all(p.startswith("/api/v1/") for p in doc["paths"])
    assert all(not s["url"].rstrip("/").endswith("/v1") for s in doc["servers"])


def test_wire_facts() -> None:
    schemas = contract()["components"]["schemas"]
    assert set(schemas["ErrorResponse"]["required"]) == {"error", "message", "timestamp"}
    assert {"details", "request_id"} <= set(schemas["ErrorResponse"]["properties"])
    page = schemas["PaginatedResponse_OrderResponse"]
    assert set(page["required"]) == {"items", "total", "page", "limit", "total_pages"}
    envelope = schemas["ApiResponse_OrderResponse"]["properties"]
    assert {"success", "data", "meta"} <= set(envelope)
    assert contract()["components"]["parameters"]["IdempotencyKey"]["name"] == "Idempotency-Key"
    assert "Retry-After" in contract()["components"]["responses"]["Error429"]["headers"]


def test_webhooks_section_describes_events() -> None:
    hooks = contract()["webhooks"]
    assert {"order.created", "order.updated", "return.approved"} <= set(hooks)
    for name, item in hooks.items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = contract()["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        assert schema["properties"]["type"]["enum"] == [name]


def test_no_upstream_prose_was_copied() -> None:
    upstream = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    texts = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str) and len(value) > 25:
                    texts.add(value.strip())
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(upstream)
    ours = CONTRACT.read_text(encoding="utf-8")
    copied = sorted(t for t in texts if t in ours)
    assert copied == []


def test_every_export_schema_keeps_its_fields() -> None:
    """Every schema of the export exists with all its properties and required fields (facts, not prose)."""
    upstream = json.loads(UPSTREAM.read_text(encoding="utf-8"))["components"]["schemas"]
    ours = contract()["components"]["schemas"]
    missing = []
    for name, schema in upstream.items():
        if name == "AgenticCheckoutHeaders":  # transport headers the SDK sets itself
            continue
        mine = ours.get(name)
        if mine is None:
            missing.append(name)
            continue
        lost = set(schema.get("properties", {})) - set(mine.get("properties", {}))
        lost |= set(schema.get("required", [])) - set(mine.get("required", []))
        missing.extend(f"{name}.{field}" for field in sorted(lost))
    assert missing == []

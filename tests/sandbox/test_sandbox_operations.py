"""Every operation in the contract answers a minimal valid request with its declared status,
and the body validates against the declared response schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sandbox_world import (
    API_ADDRESS,
    CHECKOUT_ADDRESS,
    UUID0,
    World,
    asn_body,
    bom_body,
    in_transit_body,
    order_body,
    po_body,
    warranty_body,
)

from stateset.sandbox._contract import Operation, load_contract

CONTRACT = load_contract()
OPS = {op.op_id: op for op in CONTRACT.operations}
Req = tuple[dict[str, Any], dict[str, Any], Any]  # path params, query, body

# op_id -> builder(world) -> (path params, query, body). Path params default from PARAMS below.
REQUESTS: dict[str, Callable[[World], Req]] = {
    "list_outbox": lambda w: ({}, {}, None),
    "retry_outbox": lambda w: ({"id": w.outbox["id"]}, {}, None),
    "agent_add_to_cart": lambda w: (
        {"customer_id": UUID0, "cart_id": w.cart["id"]},
        {},
        {"variant_id": w.variant["id"], "quantity": 1},
    ),
    "get_product_recommendations": lambda w: ({}, {"customer_id": UUID0, "limit": 5}, None),
    "get_sales_trends": lambda w: ({}, {"days": 7}, None),
    "get_inventory_metrics": lambda w: ({}, {"low_stock_threshold": 5}, None),
    "list_asns": lambda w: ({}, {"status": "pending", "per_page": 5}, None),
    "create_asn": lambda w: ({}, {}, asn_body(w.po["id"])),
    "mark_asn_delivered": lambda w: (
        {"id": w.asn2["id"]},
        {},
        {"delivery_date": "2026-01-03T00:00:00Z", "recipient_name": "Bob", "version": 2},
    ),
    "mark_in_transit": lambda w: ({"id": w.asn["id"]}, {}, in_transit_body(1)),
    "create_cart": lambda w: ({}, {}, {"currency": "USD"}),
    "add_to_cart": lambda w: ({}, {}, {"variant_id": w.variant2["id"], "quantity": 1}),
    "update_cart_item": lambda w: ({}, {}, {"quantity": 3}),
    "start_checkout": lambda w: ({}, {}, {"cart_id": w.cart["id"]}),
    "complete_checkout": lambda w: ({}, {}, {"payment_method": "card"}),
    "set_checkout_customer": lambda w: ({}, {}, {"email": "ada@example.com"}),
    "set_checkout_shipping_address": lambda w: ({}, {}, CHECKOUT_ADDRESS),
    "set_checkout_shipping_method": lambda w: ({}, {}, {"method": "express"}),
    "create_checkout_session": lambda w: ({}, {}, {"items": [{"id": w.product["id"], "quantity": 2}]}),
    "update_checkout_session": lambda w: ({}, {}, {"customer": {"shipping_address": API_ADDRESS}}),
    "complete_checkout_session": lambda w: ({}, {}, {"payment": {"method": "card"}}),
    "login_customer": lambda w: ({}, {}, {"email": w.email, "password": "hunter22!"}),
    "update_current_customer": lambda w: ({}, {}, {"first_name": "Augusta"}),
    "add_customer_address": lambda w: ({}, {}, CHECKOUT_ADDRESS),
    "register_customer": lambda w: (
        {},
        {},
        {"email": "new@example.com", "password": "longenough", "first_name": "N", "last_name": "M"},
    ),
    "list_inventory": lambda w: ({}, {"limit": 5, "offset": 0, "location_id": "1"}, None),
    "create_inventory": lambda w: ({}, {}, {"item_number": "NEW-1", "location_id": 1, "quantity_on_hand": 3}),
    "batch_create_inventory": lambda w: (
        {},
        {},
        {"items": [{"item_number": "B-1", "location_id": 1, "quantity_on_hand": 1}]},
    ),
    "get_low_stock_items": lambda w: ({}, {"threshold": 100}, None),
    "update_inventory": lambda w: ({}, {}, {"location_id": 1, "on_hand": 60}),
    "release_inventory": lambda w: ({}, {}, {"location_id": 1, "quantity": 2}),
    "reserve_inventory": lambda w: ({}, {}, {"location_id": 1, "quantity": 2}),
    "create_bom": lambda w: ({}, {}, bom_body(w.product["id"])),
    "update_bom": lambda w: ({}, {}, {"status": "released"}),
    "audit_bom": lambda w: ({}, {}, {"auditor": "qa"}),
    "add_component_to_bom": lambda w: ({}, {}, {"component_id": UUID0, "quantity": 1, "unit_of_measure": "EA"}),
    "list_orders": lambda w: ({}, {"status": "pending", "limit": 5, "sort_by": "created_at"}, None),
    "create_order": lambda w: ({}, {}, order_body()),
    "batch_create_orders": lambda w: ({}, {}, {"items": [order_body()]}),
    "update_order": lambda w: ({}, {}, {"notes": "leave at door"}),
    "cancel_order": lambda w: ({}, {}, {"reason": "changed mind"}),
    "add_order_item": lambda w: ({}, {}, {"product_id": w.product["id"], "quantity": 1}),
    "update_order_status": lambda w: ({}, {}, {"status": "confirmed"}),
    "list_payments": lambda w: ({}, {"per_page": 5}, None),
    "process_payment": lambda w: ({}, {}, {"order_id": w.order["id"], "amount": "1.00", "payment_method": "card"}),
    "refund_payment": lambda w: ({}, {}, {"payment_id": w.payment["id"], "amount": "1.00"}),
    "payment_webhook": lambda w: ({}, {}, "raw-provider-payload"),
    "create_product": lambda w: ({}, {}, {"name": "Hat", "sku": "HAT-1"}),
    "batch_create_products": lambda w: ({}, {}, {"items": [{"name": "Cap", "sku": "CAP-1"}]}),
    "search_products": lambda w: ({}, {"search": "shoe", "limit": 5}, None),
    "update_variant_price": lambda w: ({}, {}, {"price": "60.00"}),
    "update_product": lambda w: ({}, {}, {"price": "45.00"}),
    "create_variant": lambda w: ({}, {}, {"name": "Shoe S", "sku": "V-S", "price": "50.00", "options": {}}),
    "create_purchase_order": lambda w: ({}, {}, po_body()),
    "get_purchase_orders_by_delivery_date": lambda w: (
        {},
        {"start_date": "2026-01-01", "end_date": "2027-01-01"},
        None,
    ),
    "get_purchase_orders_by_status": lambda w: ({"status": "draft"}, {}, None),
    "get_purchase_orders_by_supplier": lambda w: ({"supplier_id": UUID0}, {}, None),
    "get_total_purchase_value": lambda w: ({}, {"start_date": "2026-01-01", "end_date": "2027-01-01"}, None),
    "update_purchase_order": lambda w: ({}, {}, {"notes": "rush"}),
    "approve_purchase_order": lambda w: ({}, {}, {"approver_id": UUID0}),
    "cancel_purchase_order": lambda w: ({}, {}, {"reason": "no longer needed"}),
    "receive_purchase_order": lambda w: (
        {"id": w.po_approved["id"]},
        {},
        {
            "received_by": UUID0,
            "items_received": [{"line_item_id": w.po_approved["items"][0]["id"], "quantity_received": 4}],
        },
    ),
    "list_returns": lambda w: ({}, {"status": "pending"}, None),
    "create_return": lambda w: ({}, {}, {"order_id": w.order["id"], "reason": "wrong colour"}),
    "restock_return": lambda w: ({"id": w.ret2["id"]}, {}, None),
    "list_shipments": lambda w: ({}, {"near": "42.36,-71.06,50"}, None),
    "create_shipment": lambda w: (
        {},
        {},
        {
            "order_id": w.order2["id"],
            "recipient_name": "Bo",
            "shipping_address": "x",
            "shipping_method": "air",
            "tracking_number": "T-NEW",
        },
    ),
    "track_by_number": lambda w: ({"tracking_number": w.shipment["tracking_number"]}, {}, None),
    "mark_delivered": lambda w: ({"id": w.shipment2["id"]}, {}, None),
    "list_warranties": lambda w: ({}, {"limit": 3}, None),
    "create_warranty": lambda w: ({}, {}, warranty_body()),
    "create_warranty_claim": lambda w: (
        {},
        {},
        {"warranty_id": w.warranty["id"], "customer_id": UUID0, "description": None},
    ),
    "approve_warranty_claim": lambda w: ({"id": w.claim["id"]}, {}, {"approved_by": UUID0, "resolution": "replace"}),
    "extend_warranty": lambda w: ({}, {}, {"additional_months": 6}),
    "list_webhook_endpoints": lambda w: ({}, {"limit": 5}, None),
    "create_webhook_endpoint": lambda w: ({}, {}, {"url": "https://example.com/x", "events": ["order.created"]}),
    "update_webhook_endpoint": lambda w: ({}, {}, {"enabled": False}),
    "list_work_orders": lambda w: ({}, {"limit": 5}, None),
    "create_work_order": lambda w: ({}, {}, {"title": "Paint", "parts_required": {"paint": 1}}),
    "get_work_center_capacity": lambda w: ({"work_center_id": "wc-1"}, {}, None),
    "update_work_order": lambda w: ({}, {}, {"parts_required": {"x": 2}, "priority": "low"}),
    "assign_work_order": lambda w: ({}, {}, {"technician_id": UUID0}),
    "cancel_work_order": lambda w: ({}, {}, {"reason": "obsolete"}),
    "complete_work_order": lambda w: ({"id": w.wo_running["id"]}, {}, None),
    "hold_work_order": lambda w: ({}, {}, {"reason": "parts missing"}),
    "consume_work_order_material": lambda w: ({"material_id": "steel"}, {}, {"quantity_consumed": 1.5}),
    "schedule_work_order": lambda w: (
        {},
        {},
        {"scheduled_start": "2026-02-01T08:00:00Z", "scheduled_end": "2026-02-01T16:00:00Z", "work_center_id": "wc-1"},
    ),
    "update_work_order_status": lambda w: ({}, {}, {"status": "in_progress"}),
    "update_work_order_task": lambda w: ({"task_id": "t1"}, {}, {"status": "done", "actual_hours": 2.0}),
}


def default_params(w: World, op: Operation) -> dict[str, Any]:
    """Path parameter defaults by resource prefix."""
    p = op.path
    by_prefix = [
        ("/api/v1/orders", w.order["id"]),
        ("/api/v1/returns", w.ret["id"]),
        ("/api/v1/warranties", w.warranty["id"]),
        ("/api/v1/inventory", w.inventory["inventory_item_id"]),
        ("/api/v1/shipments", w.shipment["id"]),
        ("/api/v1/asns", w.asn["id"]),
        ("/api/v1/work-orders", w.wo["id"]),
        ("/api/v1/purchase-orders", w.po["id"]),
        ("/api/v1/products", w.product["id"]),
        ("/api/v1/carts", w.cart["id"]),
        ("/api/v1/manufacturing/boms", w.bom["id"]),
        ("/api/v1/webhook-endpoints", w.hook["id"]),
    ]
    ident = next((v for prefix, v in by_prefix if p.startswith(prefix + "/")), None)
    params = {
        "id": ident,
        "item_id": w.cart_item["id"],
        "session_id": w.checkout["id"],
        "checkout_session_id": w.acs["id"],
        "order_id": w.order["id"],
        "order_number": w.order["order_number"],
        "payment_id": w.payment["id"],
        "variant_id": w.variant["id"],
        "component_id": w.bom["components"][0]["id"],
    }
    if op.op_id == "delete_inventory":
        params["id"] = w.inventory2["inventory_item_id"]
    return params


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        "urn:c", Resource.from_contents(CONTRACT.doc, default_specification=DRAFT202012)
    )
    ref = {"$ref": "urn:c" + schema["$ref"]} if "$ref" in schema else schema
    return Draft202012Validator(ref, registry=registry, format_checker=FormatChecker())


def build(w: World, op: Operation) -> httpx.Request:
    path_params, query, body = REQUESTS.get(op.op_id, lambda w: ({}, {}, None))(w)
    params = {**default_params(w, op), **path_params}
    path = op.path.format(**{k: params[k] for k in params if "{" + k + "}" in op.path})
    headers = {"Authorization": f"Bearer {w.token}"} if op.path.startswith("/api/v1/customers/me") else {}
    if isinstance(body, str):
        return w.c.build_request(
            op.method, path, params=query, content=body, headers={**headers, "Content-Type": "text/plain"}
        )
    content = None if body is None else json.dumps(body)
    if content is not None:
        headers["Content-Type"] = "application/json"
    return w.c.build_request(op.method, path, params=query, content=content, headers=headers)


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_operation_answers_with_declared_status_and_schema(client: httpx.Client, op_id: str) -> None:
    op = OPS[op_id]
    world = World(client)
    resp = client.send(build(world, op))
    assert resp.status_code == op.success_status, f"{op_id}: {resp.status_code} {resp.text[:400]}"
    assert resp.headers["X-Request-Id"].startswith("req_")
    if op.success_schema is None:
        assert resp.content == b""
        return
    errors = sorted(_validator(op.success_schema).iter_errors(resp.json()), key=str)
    assert not errors, f"{op_id}: {errors[0]}"


def test_every_operation_has_a_request() -> None:
    assert len(OPS) == 138

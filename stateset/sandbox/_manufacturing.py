"""Work orders (with tasks, materials and capacity) and bills of materials."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._columns import parse_moment
from ._engine import Ctx, Doc, Reply, fetch, handler, list_page, new_doc, resource, save
from ._errors import ApiError, conflict, not_found, unprocessable
from ._filters import Where

WORK_ORDERS = resource("work_order", "WorkOrderResponse", "work order", search=("bill_of_materials_number", "priority"))
BOMS = resource("bom", "BomResponse", "BOM", search=("name", "revision"))

WO_TRANSITIONS: dict[str, frozenset[str]] = {
    "pending": frozenset({"scheduled", "in_progress", "on_hold", "cancelled"}),
    "scheduled": frozenset({"pending", "in_progress", "on_hold", "cancelled"}),
    "in_progress": frozenset({"on_hold", "completed", "cancelled"}),
    "on_hold": frozenset({"pending", "scheduled", "in_progress", "cancelled"}),
    "completed": frozenset(),
    "cancelled": frozenset(),
}
CAPACITY_HOURS = 40.0
_UUID_FIELDS = ("asset_id", "assigned_to")


def _move(ctx: Ctx, doc: Doc, target: str, **fields: Any) -> Doc:
    if target not in WO_TRANSITIONS:
        raise unprocessable(f"unknown work order status {target!r}", f"status: one of {', '.join(WO_TRANSITIONS)}")
    if target not in WO_TRANSITIONS[doc["status"]]:
        raise conflict(f"illegal status transition {doc['status']} -> {target}", f"status: {doc['status']} -> {target}")
    doc.update(status=target, **fields)
    save(ctx, WORK_ORDERS, doc)
    if target == "completed":
        ctx.emit("work_order.completed", doc, "work_order")
    return doc


def _wo(ctx: Ctx) -> Doc:
    return fetch(ctx, WORK_ORDERS, ctx.arg("id"))


@handler("create_work_order")
def create_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders."""
    body = ctx.body
    status = body.get("status") or "pending"
    if status not in WO_TRANSITIONS:
        raise unprocessable(f"unknown work order status {status!r}", f"status: one of {', '.join(WO_TRANSITIONS)}")
    fields = {
        k: body.get(k) for k in ("asset_id", "assigned_to", "bill_of_materials_number", "due_date", "quantity_produced")
    }
    doc = new_doc(
        ctx,
        title=body.get("title"),
        status=status,
        priority=body.get("priority") or "medium",
        parts_required=body["parts_required"],
        _tasks={},
        **fields,
    )
    return save(ctx, WORK_ORDERS, doc, touch=False)


@handler("get_work_order")
def get_work_order(ctx: Ctx) -> Doc:
    """GET /work-orders/{id}."""
    return _wo(ctx)


@handler("list_work_orders")
def list_work_orders(ctx: Ctx) -> Doc:
    """GET /work-orders (limit/offset pages)."""
    where = Where()
    for name in ("status", "priority", "work_center_id", "assigned_to", "product_id"):
        if ctx.arg(name):
            where.add(f"json_extract(doc, '$.{name}') = ?", ctx.arg(name))
    if ctx.arg("start_date"):
        where.add("created_us >= ?", parse_moment(ctx.arg("start_date"), "start_date"))
    if ctx.arg("end_date"):
        where.add("created_us <= ?", parse_moment(ctx.arg("end_date"), "end_date"))
    return list_page(ctx, WORK_ORDERS, where)


@handler("update_work_order")
def update_work_order(ctx: Ctx) -> Doc:
    """PUT /work-orders/{id}: fields; a status change must be a legal transition."""
    doc = _wo(ctx)
    target = ctx.field("status")
    for key in (
        "title",
        "asset_id",
        "assigned_to",
        "bill_of_materials_number",
        "due_date",
        "priority",
        "quantity_produced",
        "parts_required",
    ):
        if ctx.field(key) is not None:
            doc[key] = ctx.body[key]
    if target is not None and target != doc["status"]:
        return _move(ctx, doc, target)
    return save(ctx, WORK_ORDERS, doc)


@handler("delete_work_order")
def delete_work_order(ctx: Ctx) -> Reply:
    """DELETE /work-orders/{id}."""
    ctx.store.delete(WORK_ORDERS.kind, _wo(ctx)["id"])
    return Reply(204, None)


@handler("assign_work_order")
def assign_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/assign."""
    doc = _wo(ctx)
    if doc["status"] in ("completed", "cancelled"):
        raise conflict(f"cannot assign a {doc['status']} work order")
    tech = str(ctx.body["technician_id"])
    # assigned_to is a UUID in the contract; other technician ids are kept beside it.
    doc.update(technician_id=tech, assigned_to=tech if _is_uuid(tech) else doc.get("assigned_to"))
    return save(ctx, WORK_ORDERS, doc)


def _is_uuid(value: str) -> bool:
    import uuid

    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


@handler("start_work_order")
def start_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/start."""
    return _move(ctx, _wo(ctx), "in_progress", started_at=ctx.now)


@handler("complete_work_order")
def complete_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/complete: only from in_progress."""
    return _move(ctx, _wo(ctx), "completed", completed_at=ctx.now)


@handler("hold_work_order")
def hold_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/hold."""
    return _move(ctx, _wo(ctx), "on_hold", hold_reason=ctx.body["reason"])


@handler("cancel_work_order")
def cancel_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/cancel."""
    return _move(ctx, _wo(ctx), "cancelled", cancellation_reason=ctx.body["reason"])


@handler("update_work_order_status")
def update_work_order_status(ctx: Ctx) -> Doc:
    """PUT /work-orders/{id}/status."""
    return _move(ctx, _wo(ctx), ctx.body["status"], status_reason=ctx.field("reason"))


def _when(value: str, name: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        raise unprocessable("invalid date-time", f"{name}: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@handler("schedule_work_order")
def schedule_work_order(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/schedule: start must precede end."""
    doc = _wo(ctx)
    start, end = (
        _when(ctx.body["scheduled_start"], "scheduled_start"),
        _when(ctx.body["scheduled_end"], "scheduled_end"),
    )
    if end <= start:
        raise unprocessable("scheduled_end must be after scheduled_start", "scheduled_end")
    fields = {
        "scheduled_start": ctx.body["scheduled_start"],
        "scheduled_end": ctx.body["scheduled_end"],
        "_hours": (end - start).total_seconds() / 3600,
        "work_center_id": ctx.field("work_center_id"),
    }
    if ctx.field("assigned_to") and _is_uuid(ctx.body["assigned_to"]):
        fields["assigned_to"] = ctx.body["assigned_to"]
    if doc["status"] == "scheduled":
        doc.update(fields)
        return save(ctx, WORK_ORDERS, doc)
    return _move(ctx, doc, "scheduled", **fields)


@handler("update_work_order_task")
def update_work_order_task(ctx: Ctx) -> Doc:
    """PUT /work-orders/{id}/tasks/{task_id}: upsert the task's status, hours and notes."""
    doc = _wo(ctx)
    task_id = str(ctx.arg("task_id"))
    task = doc["_tasks"].get(task_id) or {
        "id": task_id,
        "work_order_id": doc["id"],
        "status": "pending",
        "actual_hours": None,
        "notes": None,
    }
    hours = ctx.field("actual_hours")
    if hours is not None and hours < 0:
        raise unprocessable("actual_hours must not be negative", f"actual_hours: {hours}")
    for key in ("status", "actual_hours", "notes"):
        if ctx.field(key) is not None:
            task[key] = ctx.body[key]
    task["updated_at"] = ctx.now
    doc["_tasks"][task_id] = task
    save(ctx, WORK_ORDERS, doc)
    return dict(task)


@handler("consume_work_order_material")
def consume_work_order_material(ctx: Ctx) -> Doc:
    """POST /work-orders/{id}/materials/{material_id}/consume."""
    doc = _wo(ctx)
    if doc["status"] in ("completed", "cancelled"):
        raise conflict(f"cannot consume materials on a {doc['status']} work order")
    qty = float(ctx.body["quantity_consumed"])
    if qty <= 0:
        raise unprocessable("quantity_consumed must be positive", f"quantity_consumed: {qty}")
    record = {
        "work_order_id": doc["id"],
        "material_id": str(ctx.arg("material_id")),
        "quantity_consumed": qty,
        "notes": ctx.field("notes"),
        "consumed_at": ctx.now,
    }
    doc.setdefault("_materials", []).append(record)
    save(ctx, WORK_ORDERS, doc)
    return record


@handler("get_work_center_capacity")
def get_work_center_capacity(ctx: Ctx) -> Doc:
    """GET /work-orders/capacity/{work_center_id}: scheduled hours against a 40-hour week."""
    center = str(ctx.arg("work_center_id"))
    docs, _ = ctx.store.query(
        WORK_ORDERS.kind,
        "json_extract(doc, '$.work_center_id') = ? AND status NOT IN ('completed', 'cancelled')",
        [center],
        "seq",
        None,
        0,
    )
    hours = round(sum(float(d.get("_hours") or 0) for d in docs), 2)
    return {
        "work_center_id": center,
        "capacity_hours": CAPACITY_HOURS,
        "scheduled_hours": hours,
        "available_hours": max(0.0, CAPACITY_HOURS - hours),
        "utilization": round(hours / CAPACITY_HOURS, 4),
        "scheduled_work_orders": [d["id"] for d in docs],
    }


# --- bills of materials ------------------------------------------------------------------

BOM_TRANSITIONS = {"draft": {"released", "obsolete"}, "released": {"obsolete"}, "obsolete": set()}


def _component(raw: dict[str, Any], where: str) -> Doc:
    from ._schema import new_id

    if int(raw["quantity"]) < 1:
        raise unprocessable("component quantity must be at least 1", f"{where}.quantity")
    return {
        "id": new_id(),
        "component_id": raw["component_id"],
        "quantity": int(raw["quantity"]),
        "unit_of_measure": raw["unit_of_measure"],
        "position": raw.get("position"),
        "notes": raw.get("notes"),
    }


@handler("create_bom")
def create_bom(ctx: Ctx) -> Doc:
    """POST /manufacturing/boms."""
    body = ctx.body
    components = [_component(c, f"components.{n}") for n, c in enumerate(body["components"])]
    doc = new_doc(
        ctx,
        name=body["name"],
        product_id=body["product_id"],
        revision=body["revision"],
        status="draft",
        description=body.get("description"),
        components=components,
        last_audited_at=None,
        last_audited_by=None,
    )
    return save(ctx, BOMS, doc, touch=False)


@handler("get_bom")
def get_bom(ctx: Ctx) -> Doc:
    """GET /manufacturing/boms/{id}."""
    return fetch(ctx, BOMS, ctx.arg("id"))


@handler("list_boms")
def list_boms(ctx: Ctx) -> Doc:
    """GET /manufacturing/boms."""
    return list_page(ctx, BOMS)


@handler("update_bom")
def update_bom(ctx: Ctx) -> Doc:
    """PUT /manufacturing/boms/{id}: draft → released → obsolete."""
    doc = fetch(ctx, BOMS, ctx.arg("id"))
    status = ctx.field("status")
    if status is not None and status != doc["status"]:
        if status not in BOM_TRANSITIONS:
            raise unprocessable(f"unknown BOM status {status!r}", "status: one of draft, released, obsolete")
        if status not in BOM_TRANSITIONS[doc["status"]]:
            raise conflict(f"illegal status transition {doc['status']} -> {status}")
        doc["status"] = status
    for key in ("name", "revision"):
        if ctx.field(key) is not None:
            doc[key] = ctx.body[key]
    return save(ctx, BOMS, doc)


@handler("audit_bom")
def audit_bom(ctx: Ctx) -> Doc:
    """POST /manufacturing/boms/{id}/audit."""
    doc = fetch(ctx, BOMS, ctx.arg("id"))
    doc.update(last_audited_at=ctx.now, last_audited_by=ctx.body["auditor"], audit_notes=ctx.field("notes"))
    return save(ctx, BOMS, doc)


@handler("get_bom_components")
def get_bom_components(ctx: Ctx) -> list[Doc]:
    """GET /manufacturing/boms/{id}/components."""
    return list(fetch(ctx, BOMS, ctx.arg("id"))["components"])


@handler("add_component_to_bom")
def add_component_to_bom(ctx: Ctx) -> Doc:
    """POST /manufacturing/boms/{id}/components: not on an obsolete BOM."""
    doc = fetch(ctx, BOMS, ctx.arg("id"))
    if doc["status"] == "obsolete":
        raise conflict("an obsolete BOM cannot change")
    component = _component(ctx.body, "body")
    doc["components"].append(component)
    save(ctx, BOMS, doc)
    return component


@handler("remove_component_from_bom")
def remove_component_from_bom(ctx: Ctx) -> Reply:
    """DELETE /manufacturing/boms/{id}/components/{component_id} (by line id or component id)."""
    doc = fetch(ctx, BOMS, ctx.arg("id"))
    target = str(ctx.arg("component_id"))
    keep = [c for c in doc["components"] if target not in (c["id"], c["component_id"])]
    if len(keep) == len(doc["components"]):
        raise not_found("component", target)
    if doc["status"] == "obsolete":
        raise ApiError(409, "an obsolete BOM cannot change")
    doc["components"] = keep
    save(ctx, BOMS, doc)
    return Reply(204, None)

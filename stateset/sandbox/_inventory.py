"""Inventory: items with per-location stock, reservations and releases."""

from __future__ import annotations

from typing import Any

from ._batch import run_batch
from ._engine import Ctx, Doc, Reply, fetch, handler, list_page, new_doc, resource, save
from ._errors import ApiError, conflict, unprocessable
from ._filters import Where
from ._geo import location_geo, location_name
from ._schema import new_id

INVENTORY = resource(
    "inventory", "InventoryItem", "inventory item", search=("item_number", "primary_uom_code"), geo=True
)
LOW_STOCK = 10


def _location(ctx: Ctx, location_id: int, on_hand: int) -> Doc:
    return {"location_id": location_id, "on_hand": on_hand, "allocated": 0, "version": 1, "updated_at": ctx.now}


def render_location(loc: Doc) -> Doc:
    """Shape a stored location as an InventoryLocation (quantities as decimal strings)."""
    on_hand, allocated = int(loc["on_hand"]), int(loc["allocated"])
    return {
        "location_id": loc["location_id"],
        "location_name": location_name(loc["location_id"]),
        "quantities": _quantities(on_hand, allocated),
        "updated_at": loc["updated_at"],
        "version": loc["version"],
    }


def _quantities(on_hand: int, allocated: int) -> Doc:
    return {"on_hand": str(on_hand), "allocated": str(allocated), "available": str(on_hand - allocated)}


def refresh(doc: Doc) -> Doc:
    """Recompute the rendered locations and totals from the stored stock."""
    stock = doc["_stock"]
    doc["locations"] = [render_location(loc) for loc in stock]
    on_hand = sum(int(loc["on_hand"]) for loc in stock)
    allocated = sum(int(loc["allocated"]) for loc in stock)
    doc["quantities"] = _quantities(on_hand, allocated)
    doc["_available"] = on_hand - allocated
    doc["_geo"] = next((g for g in (location_geo(loc["location_id"]) for loc in stock) if g), None)
    doc["_location_ids"] = [str(loc["location_id"]) for loc in stock]
    return doc


def find_by_number(ctx: Ctx, item_number: str) -> Doc | None:
    """Return the inventory item with this item number, if any."""
    docs, _ = ctx.store.query(INVENTORY.kind, "json_extract(doc, '$.item_number') = ?", [item_number], "", 1, 0)
    return docs[0] if docs else None


def create_inventory_doc(ctx: Ctx, body: dict[str, Any]) -> Doc:
    """Create an item (or add a new location to an existing item number)."""
    qty, loc_id = int(body["quantity_on_hand"]), int(body["location_id"])
    if qty < 0:
        raise unprocessable("quantity_on_hand must not be negative", f"quantity_on_hand: {qty}")
    doc = find_by_number(ctx, str(body["item_number"]))
    if doc is None:
        number = ctx.store.next_value("inventory_item_id", 1)
        doc = new_doc(ctx, item_number=str(body["item_number"]), _stock=[])
        doc.update(id=str(number), inventory_item_id=number)
    elif any(loc["location_id"] == loc_id for loc in doc["_stock"]):
        raise conflict(f"item {body['item_number']} already has stock at location {loc_id}")
    doc["organization_id"] = int(body.get("organization_id") or doc.get("organization_id") or 1)
    doc["primary_uom_code"] = body.get("primary_uom_code") or doc.get("primary_uom_code") or "EA"
    doc["_stock"].append(_location(ctx, loc_id, qty))
    return save(ctx, INVENTORY, refresh(doc))


@handler("create_inventory")
def create_inventory(ctx: Ctx) -> Doc:
    """POST /inventory."""
    return create_inventory_doc(ctx, ctx.body)


@handler("batch_create_inventory")
def batch_create_inventory(ctx: Ctx) -> Doc:
    """POST /inventory/batch."""
    return run_batch(ctx, "CreateInventoryRequest", lambda body: create_inventory_doc(ctx, body), "inventory_item_id")


@handler("get_inventory")
def get_inventory(ctx: Ctx) -> Doc:
    """GET /inventory/{id}."""
    return fetch(ctx, INVENTORY, ctx.arg("id"))


@handler("list_inventory")
def list_inventory(ctx: Ctx) -> Doc:
    """GET /inventory (limit/offset pages)."""
    where = Where()
    if ctx.arg("product_id"):
        where.add(
            "json_extract(doc, '$.product_id') = ? OR json_extract(doc, '$.item_number') = ?",
            ctx.arg("product_id"),
            ctx.arg("product_id"),
        )
    if ctx.arg("location_id"):
        where.add("EXISTS (SELECT 1 FROM json_each(doc, '$._location_ids') WHERE value = ?)", ctx.arg("location_id"))
    if ctx.arg("low_stock") is not None:
        where.add(f"json_extract(doc, '$._available') {'<=' if ctx.arg('low_stock') else '>'} ?", LOW_STOCK)
    return list_page(ctx, INVENTORY, where)


@handler("get_low_stock_items")
def get_low_stock_items(ctx: Ctx) -> Doc:
    """GET /inventory/low-stock: available at or below ``threshold`` (default 10)."""
    where = Where()
    where.add("json_extract(doc, '$._available') <= ?", ctx.arg("threshold", LOW_STOCK))
    return list_page(ctx, INVENTORY, where)


def _stock_at(doc: Doc, location_id: int) -> Doc:
    for loc in doc["_stock"]:
        if loc["location_id"] == location_id:
            return loc  # type: ignore[no-any-return]
    raise unprocessable(f"item has no stock at location {location_id}", f"location_id: {location_id}")


def _touch(ctx: Ctx, loc: Doc) -> None:
    loc["version"] = int(loc["version"]) + 1
    loc["updated_at"] = ctx.now


@handler("update_inventory")
def update_inventory(ctx: Ctx) -> Doc:
    """PUT /inventory/{id}: set on-hand at a location, with optimistic locking."""
    doc = fetch(ctx, INVENTORY, ctx.arg("id"))
    loc_id = int(ctx.body["location_id"])
    loc = next((lc for lc in doc["_stock"] if lc["location_id"] == loc_id), None)
    if loc is None:
        loc = _location(ctx, loc_id, 0)
        doc["_stock"].append(loc)
    expected = ctx.field("expected_version")
    if expected is not None and int(expected) != int(loc["version"]):
        raise conflict("version mismatch", f"expected_version {expected}, current {loc['version']}")
    on_hand = ctx.field("on_hand")
    if on_hand is not None:
        if int(on_hand) < int(loc["allocated"]):
            raise unprocessable(
                "on_hand cannot drop below the allocated quantity", f"on_hand: {on_hand} < {loc['allocated']}"
            )
        loc["on_hand"] = int(on_hand)
    for key in ("organization_id", "primary_uom_code"):
        if ctx.field(key) is not None:
            doc[key] = ctx.body[key]
    _touch(ctx, loc)
    return save(ctx, INVENTORY, refresh(doc))


@handler("delete_inventory")
def delete_inventory(ctx: Ctx) -> Reply:
    """DELETE /inventory/{id}."""
    fetch(ctx, INVENTORY, ctx.arg("id"))
    ctx.store.delete(INVENTORY.kind, str(ctx.arg("id")))
    return Reply(204, None)


def _quantity(ctx: Ctx) -> int:
    qty = int(ctx.body["quantity"])
    if qty < 1:
        raise unprocessable("quantity must be at least 1", f"quantity: {qty}")
    return qty


@handler("reserve_inventory")
def reserve_inventory(ctx: Ctx) -> Doc:
    """POST /inventory/{id}/reserve: allocate stock; more than available is a 409."""
    doc = fetch(ctx, INVENTORY, ctx.arg("id"))
    loc, qty = _stock_at(doc, int(ctx.body["location_id"])), _quantity(ctx)
    available = int(loc["on_hand"]) - int(loc["allocated"])
    if qty > available:
        raise ApiError(409, "insufficient stock", f"quantity {qty} > available {available}")
    loc["allocated"] = int(loc["allocated"]) + qty
    _touch(ctx, loc)
    save(ctx, INVENTORY, refresh(doc))
    reservation = {
        "id": new_id(),
        "inventory_id": doc["id"],
        "location_id": loc["location_id"],
        "quantity": qty,
        "reference_id": ctx.field("reference_id"),
        "reference_type": ctx.field("reference_type"),
        "created_at": ctx.now,
    }
    ctx.store.put("reservation", reservation, parent_id=doc["id"])
    ctx.emit("inventory.reserved", {"id": doc["id"], "reservation": reservation}, "inventory")
    return {"reservation_id": reservation["id"], "location": render_location(loc)}


@handler("release_inventory")
def release_inventory(ctx: Ctx) -> Doc:
    """POST /inventory/{id}/release: give back allocated stock; more than allocated is a 422."""
    doc = fetch(ctx, INVENTORY, ctx.arg("id"))
    loc, qty = _stock_at(doc, int(ctx.body["location_id"])), _quantity(ctx)
    if qty > int(loc["allocated"]):
        raise unprocessable("cannot release more than is allocated", f"quantity {qty} > allocated {loc['allocated']}")
    loc["allocated"] = int(loc["allocated"]) - qty
    _touch(ctx, loc)
    save(ctx, INVENTORY, refresh(doc))
    ctx.emit("inventory.released", {"id": doc["id"], "location_id": loc["location_id"], "quantity": qty}, "inventory")
    return render_location(loc)


def restock(ctx: Ctx, item_number: str, quantity: int) -> bool:
    """Add ``quantity`` on hand at the item's first location; return whether the item exists."""
    doc = find_by_number(ctx, item_number)
    if doc is None or not doc["_stock"]:
        return False
    loc = doc["_stock"][0]
    loc["on_hand"] = int(loc["on_hand"]) + quantity
    _touch(ctx, loc)
    save(ctx, INVENTORY, refresh(doc))
    return True

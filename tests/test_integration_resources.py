"""End-to-end lifecycles of nine resources through the public clients, sync and async,
against the sandbox in-process (the full transport stack runs; no socket)."""

from __future__ import annotations

import inspect
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from _drive import collect, run

from stateset import AsyncStateset, ConflictError, NotFoundError, Stateset, UnprocessableEntityError
from stateset.sandbox import Sandbox

Client = Stateset | AsyncStateset
CUSTOMER = str(uuid.uuid4())
ADDRESS = {"street": "1 Dock Rd", "city": "Oakland", "state": "CA", "postal_code": "94607", "country": "US"}


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Client]:
    with Sandbox(seed="demo") as sandbox:
        if request.param == "sync":
            with sandbox.client() as sync_client:
                yield sync_client
        else:
            async with sandbox.async_client() as async_client:
                yield async_client


async def new_order(client: Client, quantity: int = 2) -> Any:
    items = [{"product_id": "SKU-INT", "quantity": quantity, "unit_price": "12.50"}]
    return await run(client, lambda c: c.orders.create(customer_id=CUSTOMER, items=items, shipping_address=ADDRESS))


async def test_orders(client: Client) -> None:
    order = await new_order(client)
    assert (order.status, order.total_amount, order.items[0].quantity) == ("pending", "25.00", 2)
    assert (await run(client, lambda c: c.orders.get(order.id))).order_number == order.order_number
    assert (await run(client, lambda c: c.orders.get_by_number(order.order_number))).id == order.id
    updated = await run(client, lambda c: c.orders.update(order.id, notes="leave at door"))
    assert updated.notes == "leave at door"
    await run(client, lambda c: c.orders.add_item(order.id, product_id="SKU-2", quantity=1, unit_price="5.00"))
    assert len(await run(client, lambda c: c.orders.get_items(order.id))) == 2
    mine = await collect(client.orders.list(customer_id=CUSTOMER, status="pending"))
    assert [o.id for o in mine] == [order.id]
    confirmed = await run(client, lambda c: c.orders.update_status(order.id, status="confirmed"))
    assert confirmed.status == "confirmed"
    cancelled = await run(client, lambda c: c.orders.cancel(order.id, reason="test"))
    assert cancelled.status == "cancelled"
    with pytest.raises((ConflictError, UnprocessableEntityError)):
        await run(client, lambda c: c.orders.update_status(order.id, status="shipped"))
    await run(client, lambda c: c.orders.delete(order.id))
    with pytest.raises(NotFoundError):
        await run(client, lambda c: c.orders.get(order.id))


async def test_validation_failure_changes_nothing(client: Client) -> None:
    before = await run(client, lambda c: c.orders.list(page_size=1).total)
    before = await before if inspect.isawaitable(before) else before
    with pytest.raises(UnprocessableEntityError) as info:
        await run(client, lambda c: c.orders.create(customer_id=CUSTOMER, items=[{"product_id": "X", "quantity": -3}]))
    assert info.value.details or info.value.message
    after = await run(client, lambda c: c.orders.list(page_size=1).total)
    after = await after if inspect.isawaitable(after) else after
    assert after == before


async def test_returns(client: Client) -> None:
    order = await new_order(client)
    ret = await run(client, lambda c: c.returns.create(order_id=order.id, reason="damaged"))
    assert ret.status == "pending"
    assert (await run(client, lambda c: c.returns.approve(ret.id))).status == "approved"
    assert (await run(client, lambda c: c.returns.restock(ret.id))).status == "restocked"
    assert ret.id in [r.id for r in await collect(client.returns.list())]
    with pytest.raises((ConflictError, UnprocessableEntityError)):
        await run(client, lambda c: c.returns.approve(ret.id))


async def test_warranties_and_claims(client: Client) -> None:
    warranty = await run(
        client,
        lambda c: c.warranties.create(
            product_id=str(uuid.uuid4()),
            customer_id=CUSTOMER,
            serial_number="SN-1",
            warranty_type="standard",
            expiration_date="2027-01-01T00:00:00Z",
            terms="12 months parts and labour",
        ),
    )
    extended = await run(client, lambda c: c.warranties.extend(warranty.id, additional_months=12))
    assert extended.end_date > warranty.end_date
    claim = await run(
        client,
        lambda c: c.warranties.create_claim(
            warranty_id=warranty.id, customer_id=CUSTOMER, description="screen flickers"
        ),
    )
    approved = await run(
        client, lambda c: c.warranties.approve_claim(claim.id, approved_by=str(uuid.uuid4()), resolution="replaced")
    )
    assert approved.status == "approved"
    assert warranty.id in [w.id for w in await collect(client.warranties.list())]


async def test_inventory_reservations(client: Client) -> None:
    item = await run(client, lambda c: c.inventory.create(item_number="SKU-INV-1", location_id=7, quantity_on_hand=10))
    item_id = str(item.inventory_item_id)
    reserved = await run(client, lambda c: c.inventory.reserve(item_id, location_id=7, quantity=4))
    assert (reserved.location.quantities.allocated, reserved.location.quantities.available) in (
        ("4", "6"),
        ("4.0", "6.0"),
    )
    with pytest.raises((ConflictError, UnprocessableEntityError)):
        await run(client, lambda c: c.inventory.reserve(item_id, location_id=7, quantity=7))
    released = await run(client, lambda c: c.inventory.release(item_id, location_id=7, quantity=4))
    assert released.quantities.allocated in ("0", "0.0")
    updated = await run(client, lambda c: c.inventory.update(item_id, location_id=7, on_hand=3))
    assert updated.quantities.on_hand in ("3", "3.0")
    await run(client, lambda c: c.inventory.delete(item_id))
    with pytest.raises(NotFoundError):
        await run(client, lambda c: c.inventory.get(item_id))


async def test_shipments(client: Client) -> None:
    order = await new_order(client)
    shipment = await run(
        client,
        lambda c: c.shipments.create(
            order_id=order.id,
            shipping_address="1 Dock Rd, Oakland",
            shipping_method="ground",
            tracking_number="1Z999",
            recipient_name="Ada",
        ),
    )
    assert (await run(client, lambda c: c.shipments.mark_shipped(shipment.id))).shipped_at is not None
    assert (await run(client, lambda c: c.shipments.mark_delivered(shipment.id))).delivered_at is not None
    assert (await run(client, lambda c: c.shipments.track_by_number("1Z999"))).id == shipment.id
    tracking = await run(client, lambda c: c.shipments.track(shipment.id))
    assert tracking.events


async def test_work_orders(client: Client) -> None:
    wo = await run(client, lambda c: c.work_orders.create(title="Assemble 10 widgets", parts_required={"bolt": 40}))
    assigned = await run(client, lambda c: c.work_orders.assign(wo.id, technician_id="tech-7"))
    assert assigned.id == wo.id
    started = await run(client, lambda c: c.work_orders.update_status(wo.id, status="in_progress"))
    assert started.status == "in_progress"
    assert (await run(client, lambda c: c.work_orders.complete(wo.id))).status == "completed"
    assert wo.id in [w.id for w in await collect(client.work_orders.list())]


async def test_purchase_orders(client: Client) -> None:
    supplier = str(uuid.uuid4())
    po = await run(
        client,
        lambda c: c.purchase_orders.create(
            supplier_id=supplier,
            expected_delivery_date="2026-12-01",
            shipping_address=ADDRESS,
            items=[{"product_id": str(uuid.uuid4()), "quantity": 10, "unit_price": 3.5}],
        ),
    )
    approved = await run(client, lambda c: c.purchase_orders.approve(po.id, approver_id=str(uuid.uuid4())))
    assert approved.status == "approved"
    line = approved.items[0]
    partial = await run(
        client,
        lambda c: c.purchase_orders.receive(
            po.id, received_by=str(uuid.uuid4()), items_received=[{"line_item_id": line.id, "quantity_received": 4}]
        ),
    )
    assert (partial.status, partial.items[0].quantity_received) == ("partially_received", 4)
    done = await run(
        client,
        lambda c: c.purchase_orders.receive(
            po.id, received_by=str(uuid.uuid4()), items_received=[{"line_item_id": line.id, "quantity_received": 6}]
        ),
    )
    assert done.status == "received"
    assert po.id in [p.id for p in await run(client, lambda c: c.purchase_orders.get_by_supplier(supplier))]


async def test_products_and_variants(client: Client) -> None:
    product = await run(
        client, lambda c: c.products.create(name="Widget Pro", sku=f"WID-{uuid.uuid4().hex[:6]}", price="129.99")
    )
    assert (await run(client, lambda c: c.products.update(product.id, price="119.99"))).price == "119.99"
    variant = await run(
        client,
        lambda c: c.products.create_variant(
            product.id, sku=f"{product.sku}-BLK", name="Black", price="129.99", options={"color": "black"}
        ),
    )
    await run(client, lambda c: c.products.update_variant_price(variant.id, price="124.99"))
    assert (await run(client, lambda c: c.products.get_variant(variant.id))).price == "124.99"
    assert [v.id for v in await run(client, lambda c: c.products.get_variants(product.id))] == [variant.id]
    found = await collect(client.products.search(search="Widget Pro"))
    assert product.id in [p.id for p in found]


async def test_carts(client: Client) -> None:
    product = await run(
        client, lambda c: c.products.create(name="Mug", sku=f"MUG-{uuid.uuid4().hex[:6]}", price="9.00")
    )
    variant = await run(
        client,
        lambda c: c.products.create_variant(
            product.id, sku=f"{product.sku}-W", name="White", price="9.00", options={"color": "white"}
        ),
    )
    cart = await run(client, lambda c: c.carts.create(customer_id=CUSTOMER, currency="USD"))
    await run(client, lambda c: c.carts.add_item(cart.id, variant_id=variant.id, quantity=2))
    detailed = await run(client, lambda c: c.carts.get(cart.id))
    assert (len(detailed.items), detailed.cart.subtotal) == (1, "18.00")
    item_id = detailed.items[0].id
    await run(client, lambda c: c.carts.update_item(cart.id, str(item_id), quantity=3))
    assert (await run(client, lambda c: c.carts.get(cart.id))).cart.subtotal == "27.00"
    await run(client, lambda c: c.carts.remove_item(cart.id, str(item_id)))
    await run(client, lambda c: c.carts.clear(cart.id))
    assert (await run(client, lambda c: c.carts.get(cart.id))).items == []

"""The SDK's own clients against the sandbox (its whole transport and retry stack runs)."""

from __future__ import annotations

from stateset.sandbox import Sandbox

ITEMS = [{"product_id": "p-1", "quantity": 1, "unit_price": "2.00"}]


def test_sync_client_retries_through_injected_faults_without_duplicates() -> None:
    with Sandbox(seed="demo") as sb, sb.client() as client:
        assert client.orders.list().total == 6
        sb.set_faults({"script": ["commit_then_drop", "503"]})
        order = client.orders.create(customer_id="c-1", items=ITEMS)
        assert client.orders.get(order.id).order_number == order.order_number
        assert sb.stats()["objects"]["order"] == 7
        assert sb.stats()["replays"] == 1


async def test_async_client_round_trip() -> None:
    with Sandbox() as sb:
        async with sb.async_client() as client:
            sb.set_faults({"script": ["commit_then_drop"]})
            order = await client.orders.create(customer_id="c-1", items=ITEMS)
            assert (await client.orders.get(order.id)).status == "pending"
        assert sb.stats()["objects"]["order"] == 1

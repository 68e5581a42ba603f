"""Code users write: mypy --strict must accept all of it."""

from __future__ import annotations

from stateset_client.models import OrderResponse

from stateset import APIResponse, AsyncStateset, NotFoundError, Page, Stateset, SyncPager


def sync_usage(client: Stateset) -> None:
    order: OrderResponse = client.orders.create(
        customer_id="c1", items=[{"product_id": "SKU-1", "quantity": 2}], idempotency_key="k1"
    )
    status: str = order.status
    fetched = client.orders.get(order.id, timeout=5.0, max_retries=0)
    pager: SyncPager[OrderResponse] = client.orders.list(status="pending", page_size=50, max_items=500)
    first: Page[OrderResponse] = pager.first_page
    total: int | None = pager.total
    for item in pager:
        print(item.order_number, status, fetched.version, first.items, total)
    raw: APIResponse[OrderResponse] = client.with_raw_response.orders.get(order.id)
    print(raw.request_id, raw.parsed.id)
    try:
        client.returns.approve("ret_1")
    except NotFoundError as exc:
        print(exc.status_code, exc.request_id)


async def async_usage(client: AsyncStateset) -> None:
    order = await client.orders.get("ord_1")
    async for item in client.orders.list(customer_id=order.customer_id):
        print(item.id)
    total = await client.orders.list().total
    page = await client.orders.list().first_page
    print(total, page.items)

"""The Stateset quickstart, against the embedded sandbox: no account, no API key, no network.

Run it with ``make demo`` (or ``python examples/quickstart.py``). Swap
``Sandbox(seed="demo").client()`` for ``Stateset()`` and the same code runs against
the real API with ``STATESET_API_KEY`` set.
"""

from __future__ import annotations

from stateset_client.models import OrderResponse

from stateset import ConflictError, Stateset
from stateset.sandbox import Sandbox


def heading(text: str) -> None:
    """Print a section heading."""
    print(f"\n== {text} " + "=" * max(0, 66 - len(text)))


def show_order(label: str, order: OrderResponse) -> None:
    """Print one order on one line."""
    print(f"  {label:<10} {order.order_number:<10} {order.status:<11} total {order.total_amount!s:>8}  ({order.id})")


def main(client: Stateset) -> None:
    """Walk through the main things an integration does."""
    heading("1. Seeded data")
    orders = client.orders.list(page_size=5)
    print(f"  The sandbox starts with {orders.total} orders; the first page:")
    for order in orders.first_page.items:
        show_order("seeded", order)

    heading("2. Create orders (each POST carries an idempotency key)")
    customer = "7b0c7f6a-3a0e-4b8a-9d55-1c2f0a6e9f01"
    created = [
        client.orders.create(
            customer_id=customer,
            items=[{"product_id": f"SKU-{n:04d}", "quantity": n, "unit_price": "24.50"}],
            notes="gift wrap" if n == 2 else None,
        )
        for n in (1, 2, 3)
    ]
    for order in created:
        show_order("created", order)

    heading("3. List with filters")
    mine = list(client.orders.list(customer_id=customer, status="pending", sort_by="total_amount", sort_order="desc"))
    print(f"  {len(mine)} pending orders for customer {customer[:8]}…, largest first:")
    for order in mine:
        show_order("pending", order)

    heading("4. Walk an order through its lifecycle")
    order = created[0]
    for status in ("confirmed", "processing", "shipped", "delivered"):
        order = client.orders.update_status(order.id, status=status, reason=f"demo: mark {status}")
        show_order(status, order)
    try:
        client.orders.cancel(order.id, reason="too late")
    except ConflictError as exc:
        print(f"  cancelling a delivered order is refused: {exc.status_code} {exc.message}")
    cancelled = client.orders.cancel(created[1].id, reason="customer changed their mind")
    show_order("cancelled", cancelled)

    heading("5. A return, approved")
    ret = client.returns.create(order_id=order.id, reason="arrived scratched")
    print(f"  return {ret.id} for {order.order_number}: {ret.status}")
    ret = client.returns.approve(ret.id)
    print(f"  after approval: {ret.status}")

    heading("6. Raw responses")
    raw = client.with_raw_response.orders.get(order.id)
    print(
        f"  HTTP {raw.status_code}, request id {raw.request_id}, "
        f"rate limit left {raw.headers.get('X-RateLimit-Remaining')}"
    )
    print("\nDone. Everything above ran against an in-process sandbox through the SDK's full transport stack.")


if __name__ == "__main__":
    with Sandbox(seed="demo") as sandbox, sandbox.client() as client:
        main(client)

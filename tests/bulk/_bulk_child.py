"""Run a bulk create against a served sandbox (the kill-and-resume test kills this process)."""

from __future__ import annotations

import sys

from stateset import Stateset
from stateset._bulk import run_bulk


def main(url: str, checkpoint: str, n: int, batched: bool) -> None:
    client = Stateset(api_key="sk_test_bulk", base_url=url, max_retries=10)
    items = (
        {
            "customer_id": "6f1c2b1e-0000-4000-8000-000000000001",
            "items": [{"product_id": "p-1", "quantity": 1, "unit_price": "1.00"}],
            "notes": f"bulk-{i}",
        }
        for i in range(n)
    )
    batch = client.orders.batch_create if batched else None
    run_bulk(
        client.orders.create,
        items,
        kind="create",
        batch_call=batch,
        batch_size=20,
        concurrency=8,
        checkpoint=checkpoint,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "batch")

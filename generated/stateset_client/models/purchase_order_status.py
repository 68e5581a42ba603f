from typing import Literal

PurchaseOrderStatus = Literal[
    "approved", "cancelled", "draft", "partially_received", "received", "submitted"
]

PURCHASE_ORDER_STATUS_VALUES: set[PurchaseOrderStatus] = {
    "approved",
    "cancelled",
    "draft",
    "partially_received",
    "received",
    "submitted",
}


def check_purchase_order_status(value: str) -> PurchaseOrderStatus:
    if value in PURCHASE_ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PURCHASE_ORDER_STATUS_VALUES!r}")

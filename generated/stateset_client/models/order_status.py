from typing import Literal

OrderStatus = Literal[
    "cancelled",
    "confirmed",
    "delivered",
    "exchanged",
    "on_hold",
    "pending",
    "processing",
    "refunded",
    "shipped",
]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "cancelled",
    "confirmed",
    "delivered",
    "exchanged",
    "on_hold",
    "pending",
    "processing",
    "refunded",
    "shipped",
}


def check_order_status(value: str) -> OrderStatus:
    if value in ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r}")

from typing import Literal

OrderCancelledEventType = Literal["order.cancelled"]

ORDER_CANCELLED_EVENT_TYPE_VALUES: set[OrderCancelledEventType] = {
    "order.cancelled",
}


def check_order_cancelled_event_type(value: str) -> OrderCancelledEventType:
    if value in ORDER_CANCELLED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_CANCELLED_EVENT_TYPE_VALUES!r}"
    )

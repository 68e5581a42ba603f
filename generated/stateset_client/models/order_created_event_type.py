from typing import Literal

OrderCreatedEventType = Literal["order.created"]

ORDER_CREATED_EVENT_TYPE_VALUES: set[OrderCreatedEventType] = {
    "order.created",
}


def check_order_created_event_type(value: str) -> OrderCreatedEventType:
    if value in ORDER_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_CREATED_EVENT_TYPE_VALUES!r}"
    )

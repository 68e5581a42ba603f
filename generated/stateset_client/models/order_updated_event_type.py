from typing import Literal

OrderUpdatedEventType = Literal["order.updated"]

ORDER_UPDATED_EVENT_TYPE_VALUES: set[OrderUpdatedEventType] = {
    "order.updated",
}


def check_order_updated_event_type(value: str) -> OrderUpdatedEventType:
    if value in ORDER_UPDATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_UPDATED_EVENT_TYPE_VALUES!r}"
    )

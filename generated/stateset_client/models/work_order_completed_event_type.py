from typing import Literal

WorkOrderCompletedEventType = Literal["work_order.completed"]

WORK_ORDER_COMPLETED_EVENT_TYPE_VALUES: set[WorkOrderCompletedEventType] = {
    "work_order.completed",
}


def check_work_order_completed_event_type(value: str) -> WorkOrderCompletedEventType:
    if value in WORK_ORDER_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORK_ORDER_COMPLETED_EVENT_TYPE_VALUES!r}"
    )

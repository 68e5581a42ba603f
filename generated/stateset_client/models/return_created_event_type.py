from typing import Literal

ReturnCreatedEventType = Literal["return.created"]

RETURN_CREATED_EVENT_TYPE_VALUES: set[ReturnCreatedEventType] = {
    "return.created",
}


def check_return_created_event_type(value: str) -> ReturnCreatedEventType:
    if value in RETURN_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETURN_CREATED_EVENT_TYPE_VALUES!r}"
    )

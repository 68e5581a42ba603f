from typing import Literal

ReturnApprovedEventType = Literal["return.approved"]

RETURN_APPROVED_EVENT_TYPE_VALUES: set[ReturnApprovedEventType] = {
    "return.approved",
}


def check_return_approved_event_type(value: str) -> ReturnApprovedEventType:
    if value in RETURN_APPROVED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETURN_APPROVED_EVENT_TYPE_VALUES!r}"
    )

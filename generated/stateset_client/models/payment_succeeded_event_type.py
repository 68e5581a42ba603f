from typing import Literal

PaymentSucceededEventType = Literal["payment.succeeded"]

PAYMENT_SUCCEEDED_EVENT_TYPE_VALUES: set[PaymentSucceededEventType] = {
    "payment.succeeded",
}


def check_payment_succeeded_event_type(value: str) -> PaymentSucceededEventType:
    if value in PAYMENT_SUCCEEDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYMENT_SUCCEEDED_EVENT_TYPE_VALUES!r}"
    )

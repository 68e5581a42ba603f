from typing import Literal

PaymentRefundedEventType = Literal["payment.refunded"]

PAYMENT_REFUNDED_EVENT_TYPE_VALUES: set[PaymentRefundedEventType] = {
    "payment.refunded",
}


def check_payment_refunded_event_type(value: str) -> PaymentRefundedEventType:
    if value in PAYMENT_REFUNDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYMENT_REFUNDED_EVENT_TYPE_VALUES!r}"
    )

from typing import Literal

CheckoutSessionStatus = Literal["completed", "expired", "open"]

CHECKOUT_SESSION_STATUS_VALUES: set[CheckoutSessionStatus] = {
    "completed",
    "expired",
    "open",
}


def check_checkout_session_status(value: str) -> CheckoutSessionStatus:
    if value in CHECKOUT_SESSION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECKOUT_SESSION_STATUS_VALUES!r}"
    )

from typing import Literal

CartStatus = Literal["Abandoned", "Active", "Converted", "Converting", "Expired"]

CART_STATUS_VALUES: set[CartStatus] = {
    "Abandoned",
    "Active",
    "Converted",
    "Converting",
    "Expired",
}


def check_cart_status(value: str) -> CartStatus:
    if value in CART_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CART_STATUS_VALUES!r}")

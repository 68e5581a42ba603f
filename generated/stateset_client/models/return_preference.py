from typing import Literal

ReturnPreference = Literal["return=minimal", "return=representation"]

RETURN_PREFERENCE_VALUES: set[ReturnPreference] = {
    "return=minimal",
    "return=representation",
}


def check_return_preference(value: str) -> ReturnPreference:
    if value in RETURN_PREFERENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETURN_PREFERENCE_VALUES!r}")

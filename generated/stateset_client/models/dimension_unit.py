from typing import Literal

DimensionUnit = Literal["cm", "ft", "in", "m", "mm"]

DIMENSION_UNIT_VALUES: set[DimensionUnit] = {
    "cm",
    "ft",
    "in",
    "m",
    "mm",
}


def check_dimension_unit(value: str) -> DimensionUnit:
    if value in DIMENSION_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIMENSION_UNIT_VALUES!r}")

from typing import Literal

BomResponseStatus = Literal["draft", "obsolete", "released"]

BOM_RESPONSE_STATUS_VALUES: set[BomResponseStatus] = {
    "draft",
    "obsolete",
    "released",
}


def check_bom_response_status(value: str) -> BomResponseStatus:
    if value in BOM_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOM_RESPONSE_STATUS_VALUES!r}")

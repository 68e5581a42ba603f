from typing import Literal

WarrantyClaimResponseStatus = Literal["approved", "rejected", "submitted"]

WARRANTY_CLAIM_RESPONSE_STATUS_VALUES: set[WarrantyClaimResponseStatus] = {
    "approved",
    "rejected",
    "submitted",
}


def check_warranty_claim_response_status(value: str) -> WarrantyClaimResponseStatus:
    if value in WARRANTY_CLAIM_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARRANTY_CLAIM_RESPONSE_STATUS_VALUES!r}"
    )

from typing import Literal

WarrantyClaimCreatedEventType = Literal["warranty.claim_created"]

WARRANTY_CLAIM_CREATED_EVENT_TYPE_VALUES: set[WarrantyClaimCreatedEventType] = {
    "warranty.claim_created",
}


def check_warranty_claim_created_event_type(value: str) -> WarrantyClaimCreatedEventType:
    if value in WARRANTY_CLAIM_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARRANTY_CLAIM_CREATED_EVENT_TYPE_VALUES!r}"
    )

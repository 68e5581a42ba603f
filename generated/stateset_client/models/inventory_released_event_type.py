from typing import Literal

InventoryReleasedEventType = Literal["inventory.released"]

INVENTORY_RELEASED_EVENT_TYPE_VALUES: set[InventoryReleasedEventType] = {
    "inventory.released",
}


def check_inventory_released_event_type(value: str) -> InventoryReleasedEventType:
    if value in INVENTORY_RELEASED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVENTORY_RELEASED_EVENT_TYPE_VALUES!r}"
    )

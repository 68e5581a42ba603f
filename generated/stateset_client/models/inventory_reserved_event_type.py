from typing import Literal

InventoryReservedEventType = Literal["inventory.reserved"]

INVENTORY_RESERVED_EVENT_TYPE_VALUES: set[InventoryReservedEventType] = {
    "inventory.reserved",
}


def check_inventory_reserved_event_type(value: str) -> InventoryReservedEventType:
    if value in INVENTORY_RESERVED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVENTORY_RESERVED_EVENT_TYPE_VALUES!r}"
    )

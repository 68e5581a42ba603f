from typing import Literal

OrderSortField = Literal["created_at", "order_date", "order_number", "total_amount"]

ORDER_SORT_FIELD_VALUES: set[OrderSortField] = {
    "created_at",
    "order_date",
    "order_number",
    "total_amount",
}


def check_order_sort_field(value: str) -> OrderSortField:
    if value in ORDER_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_SORT_FIELD_VALUES!r}")

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CartMetrics")


@_attrs_define
class CartMetrics:
    """
    Attributes:
        abandoned_carts (int):
        active_carts (int):
        average_cart_value (str):
        converted_carts (int):
        total_carts (int):
    """

    abandoned_carts: int
    active_carts: int
    average_cart_value: str
    converted_carts: int
    total_carts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abandoned_carts = self.abandoned_carts

        active_carts = self.active_carts

        average_cart_value = self.average_cart_value

        converted_carts = self.converted_carts

        total_carts = self.total_carts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abandoned_carts": abandoned_carts,
                "active_carts": active_carts,
                "average_cart_value": average_cart_value,
                "converted_carts": converted_carts,
                "total_carts": total_carts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        abandoned_carts = d["abandoned_carts"]

        active_carts = d["active_carts"]

        average_cart_value = d["average_cart_value"]

        converted_carts = d["converted_carts"]

        total_carts = d["total_carts"]

        cart_metrics = cls(
            abandoned_carts,
            active_carts,
            average_cart_value,
            converted_carts,
            total_carts,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        cart_metrics.additional_properties = _extra
        return cart_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Stateset: the declared keys, built once (from_dict collects the others as additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "abandoned_carts",
        "active_carts",
        "average_cart_value",
        "converted_carts",
        "total_carts",
    }
)

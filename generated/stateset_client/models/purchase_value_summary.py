from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseValueSummary")


@_attrs_define
class PurchaseValueSummary:
    """
    Attributes:
        total_value (float):
        order_count (int):
        currency (str):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
    """

    total_value: float
    order_count: int
    currency: str
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_value = self.total_value

        order_count = self.order_count

        currency = self.currency

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_value": total_value,
                "order_count": order_count,
                "currency": currency,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_value = d["total_value"]

        order_count = d["order_count"]

        currency = d["currency"]

        start_date: None | str | Unset = d.get("start_date", UNSET)

        end_date: None | str | Unset = d.get("end_date", UNSET)

        purchase_value_summary = cls(
            total_value,
            order_count,
            currency,
            start_date,
            end_date,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        purchase_value_summary.additional_properties = _extra
        return purchase_value_summary

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
        "total_value",
        "order_count",
        "currency",
        "start_date",
        "end_date",
    }
)

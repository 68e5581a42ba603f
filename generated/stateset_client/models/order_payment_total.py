from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderPaymentTotal")


@_attrs_define
class OrderPaymentTotal:
    """
    Attributes:
        order_id (UUID):
        total_paid (str):
        total_refunded (str):
        net_amount (str):
        currency (str):
    """

    order_id: UUID
    total_paid: str
    total_refunded: str
    net_amount: str
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = str(self.order_id)

        total_paid = self.total_paid

        total_refunded = self.total_refunded

        net_amount = self.net_amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "total_paid": total_paid,
                "total_refunded": total_refunded,
                "net_amount": net_amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        order_id = UUID(d["order_id"])

        total_paid = d["total_paid"]

        total_refunded = d["total_refunded"]

        net_amount = d["net_amount"]

        currency = d["currency"]

        order_payment_total = cls(
            order_id,
            total_paid,
            total_refunded,
            net_amount,
            currency,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        order_payment_total.additional_properties = _extra
        return order_payment_total

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
        "order_id",
        "total_paid",
        "total_refunded",
        "net_amount",
        "currency",
    }
)

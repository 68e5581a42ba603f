from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentRequest")


@_attrs_define
class CreatePaymentRequest:
    """
    Attributes:
        amount (str):
        order_id (UUID):
        payment_method (str):
        currency (None | str | Unset):
        payment_method_id (None | str | Unset):
        description (None | str | Unset):
    """

    amount: str
    order_id: UUID
    payment_method: str
    currency: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        order_id = str(self.order_id)

        payment_method = self.payment_method

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "order_id": order_id,
                "payment_method": payment_method,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amount = d["amount"]

        order_id = UUID(d["order_id"])

        payment_method = d["payment_method"]

        currency: None | str | Unset = d.get("currency", UNSET)

        payment_method_id: None | str | Unset = d.get("payment_method_id", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        create_payment_request = cls(
            amount,
            order_id,
            payment_method,
            currency,
            payment_method_id,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_payment_request.additional_properties = _extra
        return create_payment_request

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
        "amount",
        "order_id",
        "payment_method",
        "currency",
        "payment_method_id",
        "description",
    }
)

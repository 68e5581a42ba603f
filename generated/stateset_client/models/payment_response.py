from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentResponse")


@_attrs_define
class PaymentResponse:
    """
    Attributes:
        amount (str):
        created_at (datetime.datetime):
        currency (str):
        id (UUID):
        order_id (UUID):
        payment_method (str):
        status (str):
        payment_method_id (None | str | Unset):
        processed_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
    """

    amount: str
    created_at: datetime.datetime
    currency: str
    id: UUID
    order_id: UUID
    payment_method: str
    status: str
    payment_method_id: None | str | Unset = UNSET
    processed_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        created_at = self.created_at.isoformat()

        currency = self.currency

        id = str(self.id)

        order_id = str(self.order_id)

        payment_method = self.payment_method

        status = self.status

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
        else:
            processed_at = self.processed_at

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
                "created_at": created_at,
                "currency": currency,
                "id": id,
                "order_id": order_id,
                "payment_method": payment_method,
                "status": status,
            }
        )
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        amount = d["amount"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        currency = d["currency"]

        id = UUID(d["id"])

        order_id = UUID(d["order_id"])

        payment_method = d["payment_method"]

        status = d["status"]

        payment_method_id: None | str | Unset = d.get("payment_method_id", UNSET)

        _processed_at = d.get("processed_at", UNSET)
        processed_at: datetime.datetime | None | Unset
        if _processed_at is None or isinstance(_processed_at, Unset):
            processed_at = _processed_at
        else:
            processed_at = datetime.datetime.fromisoformat(_processed_at)

        description: None | str | Unset = d.get("description", UNSET)

        payment_response = cls(
            amount,
            created_at,
            currency,
            id,
            order_id,
            payment_method,
            status,
            payment_method_id,
            processed_at,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        payment_response.additional_properties = _extra
        return payment_response

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
        "created_at",
        "currency",
        "id",
        "order_id",
        "payment_method",
        "status",
        "payment_method_id",
        "processed_at",
        "description",
    }
)

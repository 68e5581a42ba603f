from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_succeeded_event_type import (
    PaymentSucceededEventType,
    check_payment_succeeded_event_type,
)

if TYPE_CHECKING:
    from ..models.payment_succeeded_event_data import PaymentSucceededEventData


T = TypeVar("T", bound="PaymentSucceededEvent")


@_attrs_define
class PaymentSucceededEvent:
    """Payload of the `payment.succeeded` webhook event.

    Attributes:
        id (str):
        type_ (PaymentSucceededEventType):
        created_at (datetime.datetime):
        data (PaymentSucceededEventData):
    """

    id: str
    type_: PaymentSucceededEventType
    created_at: datetime.datetime
    data: PaymentSucceededEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created_at": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = check_payment_succeeded_event_type(d["type"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        data = PaymentSucceededEventData.from_dict(d["data"])

        payment_succeeded_event = cls(
            id,
            type_,
            created_at,
            data,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        payment_succeeded_event.additional_properties = _extra
        return payment_succeeded_event

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
        "id",
        "type",
        "created_at",
        "data",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.payment_succeeded_event_data import PaymentSucceededEventData  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_session_status import (
    CheckoutSessionStatus,
    check_checkout_session_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_address import CheckoutAddress


T = TypeVar("T", bound="CheckoutSession")


@_attrs_define
class CheckoutSession:
    """
    Attributes:
        id (UUID):
        cart_id (UUID):
        status (CheckoutSessionStatus):
        subtotal (str):
        shipping_total (str):
        tax_total (str):
        total (str):
        currency (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        email (None | str | Unset):
        shipping_address (CheckoutAddress | None | Unset):
        shipping_method (None | str | Unset):
        order_id (None | Unset | UUID):
    """

    id: UUID
    cart_id: UUID
    status: CheckoutSessionStatus
    subtotal: str
    shipping_total: str
    tax_total: str
    total: str
    currency: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    email: None | str | Unset = UNSET
    shipping_address: CheckoutAddress | None | Unset = UNSET
    shipping_method: None | str | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cart_id = str(self.cart_id)

        status: str = self.status

        subtotal = self.subtotal

        shipping_total = self.shipping_total

        tax_total = self.tax_total

        total = self.total

        currency = self.currency

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, CheckoutAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        shipping_method: None | str | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cart_id": cart_id,
                "status": status,
                "subtotal": subtotal,
                "shipping_total": shipping_total,
                "tax_total": tax_total,
                "total": total,
                "currency": currency,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        cart_id = UUID(d["cart_id"])

        status = check_checkout_session_status(d["status"])

        subtotal = d["subtotal"]

        shipping_total = d["shipping_total"]

        tax_total = d["tax_total"]

        total = d["total"]

        currency = d["currency"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        email: None | str | Unset = d.get("email", UNSET)

        _shipping_address = d.get("shipping_address", UNSET)
        shipping_address: CheckoutAddress | None | Unset
        if _shipping_address is None or isinstance(_shipping_address, Unset):
            shipping_address = _shipping_address
        else:
            shipping_address = CheckoutAddress.from_dict(_shipping_address)

        shipping_method: None | str | Unset = d.get("shipping_method", UNSET)

        _order_id = d.get("order_id", UNSET)
        order_id: None | Unset | UUID
        if _order_id is None or isinstance(_order_id, Unset):
            order_id = _order_id
        else:
            order_id = UUID(_order_id)

        checkout_session = cls(
            id,
            cart_id,
            status,
            subtotal,
            shipping_total,
            tax_total,
            total,
            currency,
            created_at,
            updated_at,
            email,
            shipping_address,
            shipping_method,
            order_id,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        checkout_session.additional_properties = _extra
        return checkout_session

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
        "cart_id",
        "status",
        "subtotal",
        "shipping_total",
        "tax_total",
        "total",
        "currency",
        "created_at",
        "updated_at",
        "email",
        "shipping_address",
        "shipping_method",
        "order_id",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.checkout_address import CheckoutAddress  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
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
        from ..models.checkout_address import CheckoutAddress  # noqa: PLC0415

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
        from ..models.checkout_address import CheckoutAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cart_id = UUID(d.pop("cart_id"))

        status = check_checkout_session_status(d.pop("status"))

        subtotal = d.pop("subtotal")

        shipping_total = d.pop("shipping_total")

        tax_total = d.pop("tax_total")

        total = d.pop("total")

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_shipping_address(data: object) -> CheckoutAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_1 = CheckoutAddress.from_dict(data)

                return shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckoutAddress | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        def _parse_shipping_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_method = _parse_shipping_method(d.pop("shipping_method", UNSET))

        def _parse_order_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_id_type_0 = UUID(data)

                return order_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        checkout_session = cls(
            id=id,
            cart_id=cart_id,
            status=status,
            subtotal=subtotal,
            shipping_total=shipping_total,
            tax_total=tax_total,
            total=total,
            currency=currency,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            shipping_address=shipping_address,
            shipping_method=shipping_method,
            order_id=order_id,
        )

        checkout_session.additional_properties = d
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

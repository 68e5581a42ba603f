from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_item_request import PurchaseOrderItemRequest
    from ..models.shipping_address_request import ShippingAddressRequest


T = TypeVar("T", bound="CreatePurchaseOrderRequest")


@_attrs_define
class CreatePurchaseOrderRequest:
    """
    Attributes:
        expected_delivery_date (str):
        items (list[PurchaseOrderItemRequest]):
        shipping_address (ShippingAddressRequest):
        supplier_id (UUID):
        currency (None | str | Unset):
        notes (None | str | Unset):
        payment_terms (None | str | Unset):
    """

    expected_delivery_date: str
    items: list[PurchaseOrderItemRequest]
    shipping_address: ShippingAddressRequest
    supplier_id: UUID
    currency: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_delivery_date = self.expected_delivery_date

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        shipping_address = self.shipping_address.to_dict()

        supplier_id = str(self.supplier_id)

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected_delivery_date": expected_delivery_date,
                "items": items,
                "shipping_address": shipping_address,
                "supplier_id": supplier_id,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_item_request import PurchaseOrderItemRequest  # noqa: PLC0415
        from ..models.shipping_address_request import ShippingAddressRequest  # noqa: PLC0415

        d = dict(src_dict)
        expected_delivery_date = d.pop("expected_delivery_date")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PurchaseOrderItemRequest.from_dict(items_item_data)

            items.append(items_item)

        shipping_address = ShippingAddressRequest.from_dict(d.pop("shipping_address"))

        supplier_id = UUID(d.pop("supplier_id"))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_payment_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_terms = _parse_payment_terms(d.pop("payment_terms", UNSET))

        create_purchase_order_request = cls(
            expected_delivery_date=expected_delivery_date,
            items=items,
            shipping_address=shipping_address,
            supplier_id=supplier_id,
            currency=currency,
            notes=notes,
            payment_terms=payment_terms,
        )

        create_purchase_order_request.additional_properties = d
        return create_purchase_order_request

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

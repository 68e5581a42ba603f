from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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
        d = src_dict
        expected_delivery_date = d["expected_delivery_date"]

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = PurchaseOrderItemRequest.from_dict(items_item_data)

            items.append(items_item)

        shipping_address = ShippingAddressRequest.from_dict(d["shipping_address"])

        supplier_id = UUID(d["supplier_id"])

        currency: None | str | Unset = d.get("currency", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        payment_terms: None | str | Unset = d.get("payment_terms", UNSET)

        create_purchase_order_request = cls(
            expected_delivery_date,
            items,
            shipping_address,
            supplier_id,
            currency,
            notes,
            payment_terms,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_purchase_order_request.additional_properties = _extra
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


# Stateset: the declared keys, built once (from_dict collects the others as additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "expected_delivery_date",
        "items",
        "shipping_address",
        "supplier_id",
        "currency",
        "notes",
        "payment_terms",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.purchase_order_item_request import PurchaseOrderItemRequest  # noqa: E402
from ..models.shipping_address_request import ShippingAddressRequest  # noqa: E402

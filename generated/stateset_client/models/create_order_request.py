from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.create_order_item import CreateOrderItem


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """What you send to place an order.

    Attributes:
        customer_id (str): The customer placing the order.
        items (list[CreateOrderItem]): At least one line item.
        billing_address (Address | None | Unset):
        notes (None | str | Unset):
        payment_method_id (None | str | Unset):
        shipping_address (Address | None | Unset):
    """

    customer_id: str
    items: list[CreateOrderItem]
    billing_address: Address | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
                "items": items,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer_id = d["customer_id"]

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = CreateOrderItem.from_dict(items_item_data)

            items.append(items_item)

        _billing_address = d.get("billing_address", UNSET)
        billing_address: Address | None | Unset
        if _billing_address is None or isinstance(_billing_address, Unset):
            billing_address = _billing_address
        else:
            billing_address = Address.from_dict(_billing_address)

        notes: None | str | Unset = d.get("notes", UNSET)

        payment_method_id: None | str | Unset = d.get("payment_method_id", UNSET)

        _shipping_address = d.get("shipping_address", UNSET)
        shipping_address: Address | None | Unset
        if _shipping_address is None or isinstance(_shipping_address, Unset):
            shipping_address = _shipping_address
        else:
            shipping_address = Address.from_dict(_shipping_address)

        create_order_request = cls(
            customer_id,
            items,
            billing_address,
            notes,
            payment_method_id,
            shipping_address,
        )

        return create_order_request


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.address import Address  # noqa: E402
from ..models.create_order_item import CreateOrderItem  # noqa: E402

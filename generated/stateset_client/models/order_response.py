from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.order_item import OrderItem


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """An order as the API returns it. Money amounts are decimal strings.

    Attributes:
        created_at (datetime.datetime):
        customer_id (str):
        fulfillment_status (str):
        id (str): Order id (UUID).
        items (list[OrderItem]):
        order_date (datetime.datetime):
        order_number (str): Human-readable number, e.g. `ORD-1001`.
        payment_status (str):
        status (OrderStatus): Lifecycle status of an order.
        updated_at (datetime.datetime):
        version (int): Optimistic-locking version; increments on every change.
        billing_address (Address | None | Unset):
        currency (None | str | Unset):
        notes (None | str | Unset):
        payment_method_id (None | str | Unset):
        shipment_id (None | str | Unset):
        shipping_address (Address | None | Unset):
        total_amount (None | str | Unset): Order total as a decimal string.
    """

    created_at: datetime.datetime
    customer_id: str
    fulfillment_status: str
    id: str
    items: list[OrderItem]
    order_date: datetime.datetime
    order_number: str
    payment_status: str
    status: OrderStatus
    updated_at: datetime.datetime
    version: int
    billing_address: Address | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    shipment_id: None | str | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    total_amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        customer_id = self.customer_id

        fulfillment_status = self.fulfillment_status

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        order_date = self.order_date.isoformat()

        order_number = self.order_number

        payment_status = self.payment_status

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        version = self.version

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

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

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        shipment_id: None | str | Unset
        if isinstance(self.shipment_id, Unset):
            shipment_id = UNSET
        else:
            shipment_id = self.shipment_id

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "customer_id": customer_id,
                "fulfillment_status": fulfillment_status,
                "id": id,
                "items": items,
                "order_date": order_date,
                "order_number": order_number,
                "payment_status": payment_status,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if currency is not UNSET:
            field_dict["currency"] = currency
        if notes is not UNSET:
            field_dict["notes"] = notes
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if shipment_id is not UNSET:
            field_dict["shipment_id"] = shipment_id
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        customer_id = d["customer_id"]

        fulfillment_status = d["fulfillment_status"]

        id = d["id"]

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = OrderItem.from_dict(items_item_data)

            items.append(items_item)

        order_date = datetime.datetime.fromisoformat(d["order_date"])

        order_number = d["order_number"]

        payment_status = d["payment_status"]

        status = check_order_status(d["status"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version = d["version"]

        _billing_address = d.get("billing_address", UNSET)
        billing_address: Address | None | Unset
        if _billing_address is None or isinstance(_billing_address, Unset):
            billing_address = _billing_address
        else:
            billing_address = Address.from_dict(_billing_address)

        currency: None | str | Unset = d.get("currency", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        payment_method_id: None | str | Unset = d.get("payment_method_id", UNSET)

        shipment_id: None | str | Unset = d.get("shipment_id", UNSET)

        _shipping_address = d.get("shipping_address", UNSET)
        shipping_address: Address | None | Unset
        if _shipping_address is None or isinstance(_shipping_address, Unset):
            shipping_address = _shipping_address
        else:
            shipping_address = Address.from_dict(_shipping_address)

        total_amount: None | str | Unset = d.get("total_amount", UNSET)

        order_response = cls(
            created_at,
            customer_id,
            fulfillment_status,
            id,
            items,
            order_date,
            order_number,
            payment_status,
            status,
            updated_at,
            version,
            billing_address,
            currency,
            notes,
            payment_method_id,
            shipment_id,
            shipping_address,
            total_amount,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        order_response.additional_properties = _extra
        return order_response

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
        "created_at",
        "customer_id",
        "fulfillment_status",
        "id",
        "items",
        "order_date",
        "order_number",
        "payment_status",
        "status",
        "updated_at",
        "version",
        "billing_address",
        "currency",
        "notes",
        "payment_method_id",
        "shipment_id",
        "shipping_address",
        "total_amount",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.address import Address  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402

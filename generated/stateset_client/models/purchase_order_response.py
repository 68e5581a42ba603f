from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_status import (
    PurchaseOrderStatus,
    check_purchase_order_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_item import PurchaseOrderItem


T = TypeVar("T", bound="PurchaseOrderResponse")


@_attrs_define
class PurchaseOrderResponse:
    """
    Attributes:
        id (UUID):
        po_number (str):
        supplier_id (UUID):
        status (PurchaseOrderStatus):
        expected_delivery_date (str):
        items (list[PurchaseOrderItem]):
        total_amount (float):
        currency (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        shipping_address (None | str | Unset):
        payment_terms (None | str | Unset):
        notes (None | str | Unset):
        approved_by (None | Unset | UUID):
        approved_at (datetime.datetime | None | Unset):
        received_at (datetime.datetime | None | Unset):
        cancellation_reason (None | str | Unset):
    """

    id: UUID
    po_number: str
    supplier_id: UUID
    status: PurchaseOrderStatus
    expected_delivery_date: str
    items: list[PurchaseOrderItem]
    total_amount: float
    currency: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    shipping_address: None | str | Unset = UNSET
    payment_terms: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    approved_by: None | Unset | UUID = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    cancellation_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        po_number = self.po_number

        supplier_id = str(self.supplier_id)

        status: str = self.status

        expected_delivery_date = self.expected_delivery_date

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_amount = self.total_amount

        currency = self.currency

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        shipping_address: None | str | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = self.shipping_address

        payment_terms: None | str | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = self.payment_terms

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        approved_by: None | str | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        elif isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        cancellation_reason: None | str | Unset
        if isinstance(self.cancellation_reason, Unset):
            cancellation_reason = UNSET
        else:
            cancellation_reason = self.cancellation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "po_number": po_number,
                "supplier_id": supplier_id,
                "status": status,
                "expected_delivery_date": expected_delivery_date,
                "items": items,
                "total_amount": total_amount,
                "currency": currency,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if payment_terms is not UNSET:
            field_dict["payment_terms"] = payment_terms
        if notes is not UNSET:
            field_dict["notes"] = notes
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        po_number = d["po_number"]

        supplier_id = UUID(d["supplier_id"])

        status = check_purchase_order_status(d["status"])

        expected_delivery_date = d["expected_delivery_date"]

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = PurchaseOrderItem.from_dict(items_item_data)

            items.append(items_item)

        total_amount = d["total_amount"]

        currency = d["currency"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        shipping_address: None | str | Unset = d.get("shipping_address", UNSET)

        payment_terms: None | str | Unset = d.get("payment_terms", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        _approved_by = d.get("approved_by", UNSET)
        approved_by: None | Unset | UUID
        if _approved_by is None or isinstance(_approved_by, Unset):
            approved_by = _approved_by
        else:
            approved_by = UUID(_approved_by)

        _approved_at = d.get("approved_at", UNSET)
        approved_at: datetime.datetime | None | Unset
        if _approved_at is None or isinstance(_approved_at, Unset):
            approved_at = _approved_at
        else:
            approved_at = datetime.datetime.fromisoformat(_approved_at)

        _received_at = d.get("received_at", UNSET)
        received_at: datetime.datetime | None | Unset
        if _received_at is None or isinstance(_received_at, Unset):
            received_at = _received_at
        else:
            received_at = datetime.datetime.fromisoformat(_received_at)

        cancellation_reason: None | str | Unset = d.get("cancellation_reason", UNSET)

        purchase_order_response = cls(
            id,
            po_number,
            supplier_id,
            status,
            expected_delivery_date,
            items,
            total_amount,
            currency,
            created_at,
            updated_at,
            shipping_address,
            payment_terms,
            notes,
            approved_by,
            approved_at,
            received_at,
            cancellation_reason,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        purchase_order_response.additional_properties = _extra
        return purchase_order_response

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
        "po_number",
        "supplier_id",
        "status",
        "expected_delivery_date",
        "items",
        "total_amount",
        "currency",
        "created_at",
        "updated_at",
        "shipping_address",
        "payment_terms",
        "notes",
        "approved_by",
        "approved_at",
        "received_at",
        "cancellation_reason",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.purchase_order_item import PurchaseOrderItem  # noqa: E402

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
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
        from ..models.purchase_order_item import PurchaseOrderItem  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        po_number = d.pop("po_number")

        supplier_id = UUID(d.pop("supplier_id"))

        status = check_purchase_order_status(d.pop("status"))

        expected_delivery_date = d.pop("expected_delivery_date")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PurchaseOrderItem.from_dict(items_item_data)

            items.append(items_item)

        total_amount = d.pop("total_amount")

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_shipping_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        def _parse_payment_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_terms = _parse_payment_terms(d.pop("payment_terms", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_approved_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_type_0 = UUID(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        def _parse_cancellation_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancellation_reason = _parse_cancellation_reason(d.pop("cancellation_reason", UNSET))

        purchase_order_response = cls(
            id=id,
            po_number=po_number,
            supplier_id=supplier_id,
            status=status,
            expected_delivery_date=expected_delivery_date,
            items=items,
            total_amount=total_amount,
            currency=currency,
            created_at=created_at,
            updated_at=updated_at,
            shipping_address=shipping_address,
            payment_terms=payment_terms,
            notes=notes,
            approved_by=approved_by,
            approved_at=approved_at,
            received_at=received_at,
            cancellation_reason=cancellation_reason,
        )

        purchase_order_response.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePurchaseOrderRequest")


@_attrs_define
class UpdatePurchaseOrderRequest:
    """
    Attributes:
        expected_delivery_date (None | str | Unset):
        notes (None | str | Unset):
        shipping_address (None | str | Unset):
        status (None | str | Unset):
    """

    expected_delivery_date: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    shipping_address: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_delivery_date: None | str | Unset
        if isinstance(self.expected_delivery_date, Unset):
            expected_delivery_date = UNSET
        else:
            expected_delivery_date = self.expected_delivery_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        shipping_address: None | str | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = self.shipping_address

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected_delivery_date is not UNSET:
            field_dict["expected_delivery_date"] = expected_delivery_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        expected_delivery_date: None | str | Unset = d.get("expected_delivery_date", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        shipping_address: None | str | Unset = d.get("shipping_address", UNSET)

        status: None | str | Unset = d.get("status", UNSET)

        update_purchase_order_request = cls(
            expected_delivery_date,
            notes,
            shipping_address,
            status,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        update_purchase_order_request.additional_properties = _extra
        return update_purchase_order_request

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
        "notes",
        "shipping_address",
        "status",
    }
)

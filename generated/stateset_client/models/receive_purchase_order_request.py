from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_received_request import ItemReceivedRequest


T = TypeVar("T", bound="ReceivePurchaseOrderRequest")


@_attrs_define
class ReceivePurchaseOrderRequest:
    """
    Attributes:
        items_received (list[ItemReceivedRequest]):
        received_by (UUID):
        notes (None | str | Unset):
    """

    items_received: list[ItemReceivedRequest]
    received_by: UUID
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_received = []
        for items_received_item_data in self.items_received:
            items_received_item = items_received_item_data.to_dict()
            items_received.append(items_received_item)

        received_by = str(self.received_by)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items_received": items_received,
                "received_by": received_by,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items_received = []
        _items_received = d["items_received"]
        for items_received_item_data in _items_received:
            items_received_item = ItemReceivedRequest.from_dict(items_received_item_data)

            items_received.append(items_received_item)

        received_by = UUID(d["received_by"])

        notes: None | str | Unset = d.get("notes", UNSET)

        receive_purchase_order_request = cls(
            items_received,
            received_by,
            notes,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        receive_purchase_order_request.additional_properties = _extra
        return receive_purchase_order_request

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
        "items_received",
        "received_by",
        "notes",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.item_received_request import ItemReceivedRequest  # noqa: E402

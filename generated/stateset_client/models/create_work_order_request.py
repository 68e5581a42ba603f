from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_work_order_request_parts_required import (
        CreateWorkOrderRequestPartsRequired,
    )


T = TypeVar("T", bound="CreateWorkOrderRequest")


@_attrs_define
class CreateWorkOrderRequest:
    """
    Attributes:
        parts_required (CreateWorkOrderRequestPartsRequired):
        title (str):
        asset_id (None | Unset | UUID):
        assigned_to (None | Unset | UUID):
        bill_of_materials_number (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        priority (None | str | Unset):
        quantity_produced (int | None | Unset):
        status (None | str | Unset):
        description (None | str | Unset):
    """

    parts_required: CreateWorkOrderRequestPartsRequired
    title: str
    asset_id: None | Unset | UUID = UNSET
    assigned_to: None | Unset | UUID = UNSET
    bill_of_materials_number: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    priority: None | str | Unset = UNSET
    quantity_produced: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parts_required = self.parts_required.to_dict()

        title = self.title

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        elif isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        bill_of_materials_number: None | str | Unset
        if isinstance(self.bill_of_materials_number, Unset):
            bill_of_materials_number = UNSET
        else:
            bill_of_materials_number = self.bill_of_materials_number

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        quantity_produced: int | None | Unset
        if isinstance(self.quantity_produced, Unset):
            quantity_produced = UNSET
        else:
            quantity_produced = self.quantity_produced

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts_required": parts_required,
                "title": title,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if bill_of_materials_number is not UNSET:
            field_dict["bill_of_materials_number"] = bill_of_materials_number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if quantity_produced is not UNSET:
            field_dict["quantity_produced"] = quantity_produced
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        parts_required = CreateWorkOrderRequestPartsRequired.from_dict(d["parts_required"])

        title = d["title"]

        _asset_id = d.get("asset_id", UNSET)
        asset_id: None | Unset | UUID
        if _asset_id is None or isinstance(_asset_id, Unset):
            asset_id = _asset_id
        else:
            asset_id = UUID(_asset_id)

        _assigned_to = d.get("assigned_to", UNSET)
        assigned_to: None | Unset | UUID
        if _assigned_to is None or isinstance(_assigned_to, Unset):
            assigned_to = _assigned_to
        else:
            assigned_to = UUID(_assigned_to)

        bill_of_materials_number: None | str | Unset = d.get("bill_of_materials_number", UNSET)

        _due_date = d.get("due_date", UNSET)
        due_date: datetime.datetime | None | Unset
        if _due_date is None or isinstance(_due_date, Unset):
            due_date = _due_date
        else:
            due_date = datetime.datetime.fromisoformat(_due_date)

        priority: None | str | Unset = d.get("priority", UNSET)

        quantity_produced: int | None | Unset = d.get("quantity_produced", UNSET)

        status: None | str | Unset = d.get("status", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        create_work_order_request = cls(
            parts_required,
            title,
            asset_id,
            assigned_to,
            bill_of_materials_number,
            due_date,
            priority,
            quantity_produced,
            status,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_work_order_request.additional_properties = _extra
        return create_work_order_request

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
        "parts_required",
        "title",
        "asset_id",
        "assigned_to",
        "bill_of_materials_number",
        "due_date",
        "priority",
        "quantity_produced",
        "status",
        "description",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.create_work_order_request_parts_required import (
    CreateWorkOrderRequestPartsRequired,  # noqa: E402
)

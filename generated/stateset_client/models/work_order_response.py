from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_order_response_parts_required import WorkOrderResponsePartsRequired


T = TypeVar("T", bound="WorkOrderResponse")


@_attrs_define
class WorkOrderResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        parts_required (WorkOrderResponsePartsRequired):
        priority (str):
        status (str):
        updated_at (datetime.datetime):
        title (str):
        asset_id (None | Unset | UUID):
        assigned_to (None | Unset | UUID):
        bill_of_materials_number (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        quantity_produced (int | None | Unset):
        description (None | str | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    parts_required: WorkOrderResponsePartsRequired
    priority: str
    status: str
    updated_at: datetime.datetime
    title: str
    asset_id: None | Unset | UUID = UNSET
    assigned_to: None | Unset | UUID = UNSET
    bill_of_materials_number: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    quantity_produced: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        parts_required = self.parts_required.to_dict()

        priority = self.priority

        status = self.status

        updated_at = self.updated_at.isoformat()

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

        quantity_produced: int | None | Unset
        if isinstance(self.quantity_produced, Unset):
            quantity_produced = UNSET
        else:
            quantity_produced = self.quantity_produced

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "parts_required": parts_required,
                "priority": priority,
                "status": status,
                "updated_at": updated_at,
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
        if quantity_produced is not UNSET:
            field_dict["quantity_produced"] = quantity_produced
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        parts_required = WorkOrderResponsePartsRequired.from_dict(d["parts_required"])

        priority = d["priority"]

        status = d["status"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

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

        quantity_produced: int | None | Unset = d.get("quantity_produced", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        work_order_response = cls(
            created_at,
            id,
            parts_required,
            priority,
            status,
            updated_at,
            title,
            asset_id,
            assigned_to,
            bill_of_materials_number,
            due_date,
            quantity_produced,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        work_order_response.additional_properties = _extra
        return work_order_response

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
        "id",
        "parts_required",
        "priority",
        "status",
        "updated_at",
        "title",
        "asset_id",
        "assigned_to",
        "bill_of_materials_number",
        "due_date",
        "quantity_produced",
        "description",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.work_order_response_parts_required import WorkOrderResponsePartsRequired  # noqa: E402

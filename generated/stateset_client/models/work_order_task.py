from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkOrderTask")


@_attrs_define
class WorkOrderTask:
    """
    Attributes:
        id (str):
        work_order_id (UUID):
        status (str):
        actual_hours (float | None | Unset):
        notes (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: str
    work_order_id: UUID
    status: str
    actual_hours: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        work_order_id = str(self.work_order_id)

        status = self.status

        actual_hours: float | None | Unset
        if isinstance(self.actual_hours, Unset):
            actual_hours = UNSET
        else:
            actual_hours = self.actual_hours

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "work_order_id": work_order_id,
                "status": status,
            }
        )
        if actual_hours is not UNSET:
            field_dict["actual_hours"] = actual_hours
        if notes is not UNSET:
            field_dict["notes"] = notes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        work_order_id = UUID(d["work_order_id"])

        status = d["status"]

        actual_hours: float | None | Unset = d.get("actual_hours", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = _updated_at
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        work_order_task = cls(
            id,
            work_order_id,
            status,
            actual_hours,
            notes,
            updated_at,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        work_order_task.additional_properties = _extra
        return work_order_task

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
        "work_order_id",
        "status",
        "actual_hours",
        "notes",
        "updated_at",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkOrderTaskRequest")


@_attrs_define
class UpdateWorkOrderTaskRequest:
    """
    Attributes:
        status (None | str | Unset):
        actual_hours (float | None | Unset):
        notes (None | str | Unset):
    """

    status: None | str | Unset = UNSET
    actual_hours: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if actual_hours is not UNSET:
            field_dict["actual_hours"] = actual_hours
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status: None | str | Unset = d.get("status", UNSET)

        actual_hours: float | None | Unset = d.get("actual_hours", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        update_work_order_task_request = cls(
            status,
            actual_hours,
            notes,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        update_work_order_task_request.additional_properties = _extra
        return update_work_order_task_request

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
        "status",
        "actual_hours",
        "notes",
    }
)

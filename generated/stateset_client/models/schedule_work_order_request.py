from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleWorkOrderRequest")


@_attrs_define
class ScheduleWorkOrderRequest:
    """
    Attributes:
        scheduled_start (datetime.datetime):
        scheduled_end (datetime.datetime):
        work_center_id (None | str | Unset):
        assigned_to (None | str | Unset):
    """

    scheduled_start: datetime.datetime
    scheduled_end: datetime.datetime
    work_center_id: None | str | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_start = self.scheduled_start.isoformat()

        scheduled_end = self.scheduled_end.isoformat()

        work_center_id: None | str | Unset
        if isinstance(self.work_center_id, Unset):
            work_center_id = UNSET
        else:
            work_center_id = self.work_center_id

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_start": scheduled_start,
                "scheduled_end": scheduled_end,
            }
        )
        if work_center_id is not UNSET:
            field_dict["work_center_id"] = work_center_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scheduled_start = datetime.datetime.fromisoformat(d["scheduled_start"])

        scheduled_end = datetime.datetime.fromisoformat(d["scheduled_end"])

        work_center_id: None | str | Unset = d.get("work_center_id", UNSET)

        assigned_to: None | str | Unset = d.get("assigned_to", UNSET)

        schedule_work_order_request = cls(
            scheduled_start,
            scheduled_end,
            work_center_id,
            assigned_to,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        schedule_work_order_request.additional_properties = _extra
        return schedule_work_order_request

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
        "scheduled_start",
        "scheduled_end",
        "work_center_id",
        "assigned_to",
    }
)

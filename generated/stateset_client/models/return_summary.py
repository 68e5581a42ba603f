from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReturnSummary")


@_attrs_define
class ReturnSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        order_id (UUID):
        reason (str):
        status (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    id: UUID
    order_id: UUID
    reason: str
    status: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        order_id = str(self.order_id)

        reason = self.reason

        status = self.status

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "order_id": order_id,
                "reason": reason,
                "status": status,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        order_id = UUID(d["order_id"])

        reason = d["reason"]

        status = d["status"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        return_summary = cls(
            created_at,
            id,
            order_id,
            reason,
            status,
            updated_at,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        return_summary.additional_properties = _extra
        return return_summary

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
        "order_id",
        "reason",
        "status",
        "updated_at",
    }
)

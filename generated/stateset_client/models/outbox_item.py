from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboxItem")


@_attrs_define
class OutboxItem:
    """
    Attributes:
        aggregate_type (str):
        attempts (int):
        available_at (str):
        created_at (str):
        event_type (str):
        id (UUID):
        status (str):
        aggregate_id (None | Unset | UUID):
        error_message (None | str | Unset):
    """

    aggregate_type: str
    attempts: int
    available_at: str
    created_at: str
    event_type: str
    id: UUID
    status: str
    aggregate_id: None | Unset | UUID = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate_type = self.aggregate_type

        attempts = self.attempts

        available_at = self.available_at

        created_at = self.created_at

        event_type = self.event_type

        id = str(self.id)

        status = self.status

        aggregate_id: None | str | Unset
        if isinstance(self.aggregate_id, Unset):
            aggregate_id = UNSET
        elif isinstance(self.aggregate_id, UUID):
            aggregate_id = str(self.aggregate_id)
        else:
            aggregate_id = self.aggregate_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate_type": aggregate_type,
                "attempts": attempts,
                "available_at": available_at,
                "created_at": created_at,
                "event_type": event_type,
                "id": id,
                "status": status,
            }
        )
        if aggregate_id is not UNSET:
            field_dict["aggregate_id"] = aggregate_id
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        aggregate_type = d["aggregate_type"]

        attempts = d["attempts"]

        available_at = d["available_at"]

        created_at = d["created_at"]

        event_type = d["event_type"]

        id = UUID(d["id"])

        status = d["status"]

        _aggregate_id = d.get("aggregate_id", UNSET)
        aggregate_id: None | Unset | UUID
        if _aggregate_id is None or isinstance(_aggregate_id, Unset):
            aggregate_id = _aggregate_id
        else:
            aggregate_id = UUID(_aggregate_id)

        error_message: None | str | Unset = d.get("error_message", UNSET)

        outbox_item = cls(
            aggregate_type,
            attempts,
            available_at,
            created_at,
            event_type,
            id,
            status,
            aggregate_id,
            error_message,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        outbox_item.additional_properties = _extra
        return outbox_item

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
        "aggregate_type",
        "attempts",
        "available_at",
        "created_at",
        "event_type",
        "id",
        "status",
        "aggregate_id",
        "error_message",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
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
        d = dict(src_dict)
        aggregate_type = d.pop("aggregate_type")

        attempts = d.pop("attempts")

        available_at = d.pop("available_at")

        created_at = d.pop("created_at")

        event_type = d.pop("event_type")

        id = UUID(d.pop("id"))

        status = d.pop("status")

        def _parse_aggregate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aggregate_id_type_0 = UUID(data)

                return aggregate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        aggregate_id = _parse_aggregate_id(d.pop("aggregate_id", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        outbox_item = cls(
            aggregate_type=aggregate_type,
            attempts=attempts,
            available_at=available_at,
            created_at=created_at,
            event_type=event_type,
            id=id,
            status=status,
            aggregate_id=aggregate_id,
            error_message=error_message,
        )

        outbox_item.additional_properties = d
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

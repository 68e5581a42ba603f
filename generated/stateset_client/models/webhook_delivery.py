from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_status import (
    WebhookDeliveryStatus,
    check_webhook_delivery_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """
    Attributes:
        id (UUID):
        endpoint_id (UUID):
        event_id (str):
        event_type (str):
        status (WebhookDeliveryStatus):
        attempts (int):
        created_at (datetime.datetime):
        response_status (int | None | Unset):
        last_error (None | str | Unset):
        next_attempt_at (datetime.datetime | None | Unset):
        delivered_at (datetime.datetime | None | Unset):
    """

    id: UUID
    endpoint_id: UUID
    event_id: str
    event_type: str
    status: WebhookDeliveryStatus
    attempts: int
    created_at: datetime.datetime
    response_status: int | None | Unset = UNSET
    last_error: None | str | Unset = UNSET
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        endpoint_id = str(self.endpoint_id)

        event_id = self.event_id

        event_type = self.event_type

        status: str = self.status

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        response_status: int | None | Unset
        if isinstance(self.response_status, Unset):
            response_status = UNSET
        else:
            response_status = self.response_status

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoint_id": endpoint_id,
                "event_id": event_id,
                "event_type": event_type,
                "status": status,
                "attempts": attempts,
                "created_at": created_at,
            }
        )
        if response_status is not UNSET:
            field_dict["response_status"] = response_status
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        endpoint_id = UUID(d["endpoint_id"])

        event_id = d["event_id"]

        event_type = d["event_type"]

        status = check_webhook_delivery_status(d["status"])

        attempts = d["attempts"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        response_status: int | None | Unset = d.get("response_status", UNSET)

        last_error: None | str | Unset = d.get("last_error", UNSET)

        _next_attempt_at = d.get("next_attempt_at", UNSET)
        next_attempt_at: datetime.datetime | None | Unset
        if _next_attempt_at is None or isinstance(_next_attempt_at, Unset):
            next_attempt_at = _next_attempt_at
        else:
            next_attempt_at = datetime.datetime.fromisoformat(_next_attempt_at)

        _delivered_at = d.get("delivered_at", UNSET)
        delivered_at: datetime.datetime | None | Unset
        if _delivered_at is None or isinstance(_delivered_at, Unset):
            delivered_at = _delivered_at
        else:
            delivered_at = datetime.datetime.fromisoformat(_delivered_at)

        webhook_delivery = cls(
            id,
            endpoint_id,
            event_id,
            event_type,
            status,
            attempts,
            created_at,
            response_status,
            last_error,
            next_attempt_at,
            delivered_at,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        webhook_delivery.additional_properties = _extra
        return webhook_delivery

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
        "endpoint_id",
        "event_id",
        "event_type",
        "status",
        "attempts",
        "created_at",
        "response_status",
        "last_error",
        "next_attempt_at",
        "delivered_at",
    }
)

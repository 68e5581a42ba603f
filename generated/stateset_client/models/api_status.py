from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiStatus")


@_attrs_define
class ApiStatus:
    """
    Attributes:
        status (str):
        version (str):
        environment (None | str | Unset):
        uptime_seconds (int | None | Unset):
        timestamp (datetime.datetime | None | Unset):
    """

    status: str
    version: str
    environment: None | str | Unset = UNSET
    uptime_seconds: int | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        version = self.version

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        uptime_seconds: int | None | Unset
        if isinstance(self.uptime_seconds, Unset):
            uptime_seconds = UNSET
        else:
            uptime_seconds = self.uptime_seconds

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "version": version,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]

        version = d["version"]

        environment: None | str | Unset = d.get("environment", UNSET)

        uptime_seconds: int | None | Unset = d.get("uptime_seconds", UNSET)

        _timestamp = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if _timestamp is None or isinstance(_timestamp, Unset):
            timestamp = _timestamp
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        api_status = cls(
            status,
            version,
            environment,
            uptime_seconds,
            timestamp,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_status.additional_properties = _extra
        return api_status

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
        "version",
        "environment",
        "uptime_seconds",
        "timestamp",
    }
)

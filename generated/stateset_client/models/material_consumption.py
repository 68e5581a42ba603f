from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialConsumption")


@_attrs_define
class MaterialConsumption:
    """
    Attributes:
        work_order_id (UUID):
        material_id (str):
        quantity_consumed (float):
        consumed_at (datetime.datetime):
        notes (None | str | Unset):
    """

    work_order_id: UUID
    material_id: str
    quantity_consumed: float
    consumed_at: datetime.datetime
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_order_id = str(self.work_order_id)

        material_id = self.material_id

        quantity_consumed = self.quantity_consumed

        consumed_at = self.consumed_at.isoformat()

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "work_order_id": work_order_id,
                "material_id": material_id,
                "quantity_consumed": quantity_consumed,
                "consumed_at": consumed_at,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        work_order_id = UUID(d["work_order_id"])

        material_id = d["material_id"]

        quantity_consumed = d["quantity_consumed"]

        consumed_at = datetime.datetime.fromisoformat(d["consumed_at"])

        notes: None | str | Unset = d.get("notes", UNSET)

        material_consumption = cls(
            work_order_id,
            material_id,
            quantity_consumed,
            consumed_at,
            notes,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        material_consumption.additional_properties = _extra
        return material_consumption

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
        "work_order_id",
        "material_id",
        "quantity_consumed",
        "consumed_at",
        "notes",
    }
)

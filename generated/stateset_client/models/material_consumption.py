from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
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
        d = dict(src_dict)
        work_order_id = UUID(d.pop("work_order_id"))

        material_id = d.pop("material_id")

        quantity_consumed = d.pop("quantity_consumed")

        consumed_at = datetime.datetime.fromisoformat(d.pop("consumed_at"))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        material_consumption = cls(
            work_order_id=work_order_id,
            material_id=material_id,
            quantity_consumed=quantity_consumed,
            consumed_at=consumed_at,
            notes=notes,
        )

        material_consumption.additional_properties = d
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

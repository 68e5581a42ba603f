from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BOMComponentRequest")


@_attrs_define
class BOMComponentRequest:
    """
    Attributes:
        component_id (UUID):
        quantity (int):
        unit_of_measure (str):
        notes (None | str | Unset):
        position (None | str | Unset):
    """

    component_id: UUID
    quantity: int
    unit_of_measure: str
    notes: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_id = str(self.component_id)

        quantity = self.quantity

        unit_of_measure = self.unit_of_measure

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component_id": component_id,
                "quantity": quantity,
                "unit_of_measure": unit_of_measure,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        component_id = UUID(d["component_id"])

        quantity = d["quantity"]

        unit_of_measure = d["unit_of_measure"]

        notes: None | str | Unset = d.get("notes", UNSET)

        position: None | str | Unset = d.get("position", UNSET)

        bom_component_request = cls(
            component_id,
            quantity,
            unit_of_measure,
            notes,
            position,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        bom_component_request.additional_properties = _extra
        return bom_component_request

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
        "component_id",
        "quantity",
        "unit_of_measure",
        "notes",
        "position",
    }
)

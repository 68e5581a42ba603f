from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReserveInventoryRequest")


@_attrs_define
class ReserveInventoryRequest:
    """
    Attributes:
        location_id (int):
        quantity (int):
        reference_id (None | str | Unset):
        reference_type (None | str | Unset):
    """

    location_id: int
    quantity: int
    reference_id: None | str | Unset = UNSET
    reference_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        quantity = self.quantity

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        reference_type: None | str | Unset
        if isinstance(self.reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = self.reference_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_id": location_id,
                "quantity": quantity,
            }
        )
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        location_id = d["location_id"]

        quantity = d["quantity"]

        reference_id: None | str | Unset = d.get("reference_id", UNSET)

        reference_type: None | str | Unset = d.get("reference_type", UNSET)

        reserve_inventory_request = cls(
            location_id,
            quantity,
            reference_id,
            reference_type,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        reserve_inventory_request.additional_properties = _extra
        return reserve_inventory_request

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
        "location_id",
        "quantity",
        "reference_id",
        "reference_type",
    }
)

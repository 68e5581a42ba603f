from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInventoryRequest")


@_attrs_define
class CreateInventoryRequest:
    """
    Attributes:
        item_number (str):
        location_id (int):
        quantity_on_hand (int):
        organization_id (int | None | Unset):
        primary_uom_code (None | str | Unset):
        reason (None | str | Unset):
        description (None | str | Unset):
    """

    item_number: str
    location_id: int
    quantity_on_hand: int
    organization_id: int | None | Unset = UNSET
    primary_uom_code: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_number = self.item_number

        location_id = self.location_id

        quantity_on_hand = self.quantity_on_hand

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        primary_uom_code: None | str | Unset
        if isinstance(self.primary_uom_code, Unset):
            primary_uom_code = UNSET
        else:
            primary_uom_code = self.primary_uom_code

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_number": item_number,
                "location_id": location_id,
                "quantity_on_hand": quantity_on_hand,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if primary_uom_code is not UNSET:
            field_dict["primary_uom_code"] = primary_uom_code
        if reason is not UNSET:
            field_dict["reason"] = reason
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        item_number = d["item_number"]

        location_id = d["location_id"]

        quantity_on_hand = d["quantity_on_hand"]

        organization_id: int | None | Unset = d.get("organization_id", UNSET)

        primary_uom_code: None | str | Unset = d.get("primary_uom_code", UNSET)

        reason: None | str | Unset = d.get("reason", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        create_inventory_request = cls(
            item_number,
            location_id,
            quantity_on_hand,
            organization_id,
            primary_uom_code,
            reason,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_inventory_request.additional_properties = _extra
        return create_inventory_request

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
        "item_number",
        "location_id",
        "quantity_on_hand",
        "organization_id",
        "primary_uom_code",
        "reason",
        "description",
    }
)

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_location import InventoryLocation
    from ..models.inventory_quantities import InventoryQuantities


T = TypeVar("T", bound="InventoryItem")


@_attrs_define
class InventoryItem:
    """
    Attributes:
        inventory_item_id (int):
        item_number (str):
        locations (list[InventoryLocation]):
        organization_id (int):
        quantities (InventoryQuantities):
        primary_uom_code (None | str | Unset):
        description (None | str | Unset):
    """

    inventory_item_id: int
    item_number: str
    locations: list[InventoryLocation]
    organization_id: int
    quantities: InventoryQuantities
    primary_uom_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_item_id = self.inventory_item_id

        item_number = self.item_number

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        organization_id = self.organization_id

        quantities = self.quantities.to_dict()

        primary_uom_code: None | str | Unset
        if isinstance(self.primary_uom_code, Unset):
            primary_uom_code = UNSET
        else:
            primary_uom_code = self.primary_uom_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventory_item_id": inventory_item_id,
                "item_number": item_number,
                "locations": locations,
                "organization_id": organization_id,
                "quantities": quantities,
            }
        )
        if primary_uom_code is not UNSET:
            field_dict["primary_uom_code"] = primary_uom_code
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        inventory_item_id = d["inventory_item_id"]

        item_number = d["item_number"]

        locations = []
        _locations = d["locations"]
        for locations_item_data in _locations:
            locations_item = InventoryLocation.from_dict(locations_item_data)

            locations.append(locations_item)

        organization_id = d["organization_id"]

        quantities = InventoryQuantities.from_dict(d["quantities"])

        primary_uom_code: None | str | Unset = d.get("primary_uom_code", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        inventory_item = cls(
            inventory_item_id,
            item_number,
            locations,
            organization_id,
            quantities,
            primary_uom_code,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        inventory_item.additional_properties = _extra
        return inventory_item

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
        "inventory_item_id",
        "item_number",
        "locations",
        "organization_id",
        "quantities",
        "primary_uom_code",
        "description",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.inventory_location import InventoryLocation  # noqa: E402
from ..models.inventory_quantities import InventoryQuantities  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_quantities import InventoryQuantities


T = TypeVar("T", bound="InventoryLocation")


@_attrs_define
class InventoryLocation:
    """
    Attributes:
        location_id (int):
        quantities (InventoryQuantities):
        updated_at (str):
        version (int):
        location_name (None | str | Unset):
    """

    location_id: int
    quantities: InventoryQuantities
    updated_at: str
    version: int
    location_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        quantities = self.quantities.to_dict()

        updated_at = self.updated_at

        version = self.version

        location_name: None | str | Unset
        if isinstance(self.location_name, Unset):
            location_name = UNSET
        else:
            location_name = self.location_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_id": location_id,
                "quantities": quantities,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if location_name is not UNSET:
            field_dict["location_name"] = location_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        location_id = d["location_id"]

        quantities = InventoryQuantities.from_dict(d["quantities"])

        updated_at = d["updated_at"]

        version = d["version"]

        location_name: None | str | Unset = d.get("location_name", UNSET)

        inventory_location = cls(
            location_id,
            quantities,
            updated_at,
            version,
            location_name,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        inventory_location.additional_properties = _extra
        return inventory_location

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
        "quantities",
        "updated_at",
        "version",
        "location_name",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.inventory_quantities import InventoryQuantities  # noqa: E402

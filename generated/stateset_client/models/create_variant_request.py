from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_variant_request_options import CreateVariantRequestOptions
    from ..models.dimensions import Dimensions


T = TypeVar("T", bound="CreateVariantRequest")


@_attrs_define
class CreateVariantRequest:
    """
    Attributes:
        name (str):
        options (CreateVariantRequestOptions):
        price (str):
        sku (str):
        compare_at_price (None | str | Unset):
        cost (None | str | Unset):
        dimensions (Dimensions | None | Unset):
        inventory_tracking (bool | None | Unset):
        position (int | None | Unset):
        weight (float | None | Unset):
    """

    name: str
    options: CreateVariantRequestOptions
    price: str
    sku: str
    compare_at_price: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    dimensions: Dimensions | None | Unset = UNSET
    inventory_tracking: bool | None | Unset = UNSET
    position: int | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        options = self.options.to_dict()

        price = self.price

        sku = self.sku

        compare_at_price: None | str | Unset
        if isinstance(self.compare_at_price, Unset):
            compare_at_price = UNSET
        else:
            compare_at_price = self.compare_at_price

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, Dimensions):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        inventory_tracking: bool | None | Unset
        if isinstance(self.inventory_tracking, Unset):
            inventory_tracking = UNSET
        else:
            inventory_tracking = self.inventory_tracking

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "options": options,
                "price": price,
                "sku": sku,
            }
        )
        if compare_at_price is not UNSET:
            field_dict["compare_at_price"] = compare_at_price
        if cost is not UNSET:
            field_dict["cost"] = cost
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if inventory_tracking is not UNSET:
            field_dict["inventory_tracking"] = inventory_tracking
        if position is not UNSET:
            field_dict["position"] = position
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        options = CreateVariantRequestOptions.from_dict(d["options"])

        price = d["price"]

        sku = d["sku"]

        compare_at_price: None | str | Unset = d.get("compare_at_price", UNSET)

        cost: None | str | Unset = d.get("cost", UNSET)

        _dimensions = d.get("dimensions", UNSET)
        dimensions: Dimensions | None | Unset
        if _dimensions is None or isinstance(_dimensions, Unset):
            dimensions = _dimensions
        else:
            dimensions = Dimensions.from_dict(_dimensions)

        inventory_tracking: bool | None | Unset = d.get("inventory_tracking", UNSET)

        position: int | None | Unset = d.get("position", UNSET)

        weight: float | None | Unset = d.get("weight", UNSET)

        create_variant_request = cls(
            name,
            options,
            price,
            sku,
            compare_at_price,
            cost,
            dimensions,
            inventory_tracking,
            position,
            weight,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_variant_request.additional_properties = _extra
        return create_variant_request

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
        "name",
        "options",
        "price",
        "sku",
        "compare_at_price",
        "cost",
        "dimensions",
        "inventory_tracking",
        "position",
        "weight",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.create_variant_request_options import CreateVariantRequestOptions  # noqa: E402
from ..models.dimensions import Dimensions  # noqa: E402

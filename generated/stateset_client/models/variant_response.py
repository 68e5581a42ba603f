from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimensions import Dimensions
    from ..models.variant_response_options import VariantResponseOptions


T = TypeVar("T", bound="VariantResponse")


@_attrs_define
class VariantResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        inventory_tracking (bool):
        name (str):
        options (VariantResponseOptions):
        position (int):
        price (str):
        product_id (UUID):
        sku (str):
        updated_at (datetime.datetime):
        compare_at_price (None | str | Unset):
        cost (None | str | Unset):
        dimensions (Dimensions | None | Unset):
        weight (float | None | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    inventory_tracking: bool
    name: str
    options: VariantResponseOptions
    position: int
    price: str
    product_id: UUID
    sku: str
    updated_at: datetime.datetime
    compare_at_price: None | str | Unset = UNSET
    cost: None | str | Unset = UNSET
    dimensions: Dimensions | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        inventory_tracking = self.inventory_tracking

        name = self.name

        options = self.options.to_dict()

        position = self.position

        price = self.price

        product_id = str(self.product_id)

        sku = self.sku

        updated_at = self.updated_at.isoformat()

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

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "inventory_tracking": inventory_tracking,
                "name": name,
                "options": options,
                "position": position,
                "price": price,
                "product_id": product_id,
                "sku": sku,
                "updated_at": updated_at,
            }
        )
        if compare_at_price is not UNSET:
            field_dict["compare_at_price"] = compare_at_price
        if cost is not UNSET:
            field_dict["cost"] = cost
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = UUID(d["id"])

        inventory_tracking = d["inventory_tracking"]

        name = d["name"]

        options = VariantResponseOptions.from_dict(d["options"])

        position = d["position"]

        price = d["price"]

        product_id = UUID(d["product_id"])

        sku = d["sku"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        compare_at_price: None | str | Unset = d.get("compare_at_price", UNSET)

        cost: None | str | Unset = d.get("cost", UNSET)

        _dimensions = d.get("dimensions", UNSET)
        dimensions: Dimensions | None | Unset
        if _dimensions is None or isinstance(_dimensions, Unset):
            dimensions = _dimensions
        else:
            dimensions = Dimensions.from_dict(_dimensions)

        weight: float | None | Unset = d.get("weight", UNSET)

        variant_response = cls(
            created_at,
            id,
            inventory_tracking,
            name,
            options,
            position,
            price,
            product_id,
            sku,
            updated_at,
            compare_at_price,
            cost,
            dimensions,
            weight,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        variant_response.additional_properties = _extra
        return variant_response

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
        "created_at",
        "id",
        "inventory_tracking",
        "name",
        "options",
        "position",
        "price",
        "product_id",
        "sku",
        "updated_at",
        "compare_at_price",
        "cost",
        "dimensions",
        "weight",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.dimensions import Dimensions  # noqa: E402
from ..models.variant_response_options import VariantResponseOptions  # noqa: E402

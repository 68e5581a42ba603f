from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
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
        from ..models.dimensions import Dimensions  # noqa: PLC0415

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
        from ..models.dimensions import Dimensions  # noqa: PLC0415
        from ..models.variant_response_options import VariantResponseOptions  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        inventory_tracking = d.pop("inventory_tracking")

        name = d.pop("name")

        options = VariantResponseOptions.from_dict(d.pop("options"))

        position = d.pop("position")

        price = d.pop("price")

        product_id = UUID(d.pop("product_id"))

        sku = d.pop("sku")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_compare_at_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compare_at_price = _parse_compare_at_price(d.pop("compare_at_price", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_dimensions(data: object) -> Dimensions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimensions_type_1 = Dimensions.from_dict(data)

                return dimensions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Dimensions | None | Unset, data)

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        variant_response = cls(
            created_at=created_at,
            id=id,
            inventory_tracking=inventory_tracking,
            name=name,
            options=options,
            position=position,
            price=price,
            product_id=product_id,
            sku=sku,
            updated_at=updated_at,
            compare_at_price=compare_at_price,
            cost=cost,
            dimensions=dimensions,
            weight=weight,
        )

        variant_response.additional_properties = d
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

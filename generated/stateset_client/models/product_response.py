from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductResponse")


@_attrs_define
class ProductResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        currency (str):
        id (UUID):
        is_active (bool):
        is_digital (bool):
        name (str):
        price (str):
        sku (str):
        brand (None | str | Unset):
        cost_price (None | str | Unset):
        dimensions_cm (None | str | Unset):
        image_url (None | str | Unset):
        manufacturer (None | str | Unset):
        meta_description (None | str | Unset):
        meta_title (None | str | Unset):
        msrp (None | str | Unset):
        reorder_point (int | None | Unset):
        tags (None | str | Unset):
        tax_rate (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
        weight_kg (None | str | Unset):
        description (None | str | Unset):
    """

    created_at: datetime.datetime
    currency: str
    id: UUID
    is_active: bool
    is_digital: bool
    name: str
    price: str
    sku: str
    brand: None | str | Unset = UNSET
    cost_price: None | str | Unset = UNSET
    dimensions_cm: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    meta_description: None | str | Unset = UNSET
    meta_title: None | str | Unset = UNSET
    msrp: None | str | Unset = UNSET
    reorder_point: int | None | Unset = UNSET
    tags: None | str | Unset = UNSET
    tax_rate: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    weight_kg: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        currency = self.currency

        id = str(self.id)

        is_active = self.is_active

        is_digital = self.is_digital

        name = self.name

        price = self.price

        sku = self.sku

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        cost_price: None | str | Unset
        if isinstance(self.cost_price, Unset):
            cost_price = UNSET
        else:
            cost_price = self.cost_price

        dimensions_cm: None | str | Unset
        if isinstance(self.dimensions_cm, Unset):
            dimensions_cm = UNSET
        else:
            dimensions_cm = self.dimensions_cm

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        manufacturer: None | str | Unset
        if isinstance(self.manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = self.manufacturer

        meta_description: None | str | Unset
        if isinstance(self.meta_description, Unset):
            meta_description = UNSET
        else:
            meta_description = self.meta_description

        meta_title: None | str | Unset
        if isinstance(self.meta_title, Unset):
            meta_title = UNSET
        else:
            meta_title = self.meta_title

        msrp: None | str | Unset
        if isinstance(self.msrp, Unset):
            msrp = UNSET
        else:
            msrp = self.msrp

        reorder_point: int | None | Unset
        if isinstance(self.reorder_point, Unset):
            reorder_point = UNSET
        else:
            reorder_point = self.reorder_point

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        tax_rate: None | str | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        weight_kg: None | str | Unset
        if isinstance(self.weight_kg, Unset):
            weight_kg = UNSET
        else:
            weight_kg = self.weight_kg

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "currency": currency,
                "id": id,
                "is_active": is_active,
                "is_digital": is_digital,
                "name": name,
                "price": price,
                "sku": sku,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if cost_price is not UNSET:
            field_dict["cost_price"] = cost_price
        if dimensions_cm is not UNSET:
            field_dict["dimensions_cm"] = dimensions_cm
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if meta_description is not UNSET:
            field_dict["meta_description"] = meta_description
        if meta_title is not UNSET:
            field_dict["meta_title"] = meta_title
        if msrp is not UNSET:
            field_dict["msrp"] = msrp
        if reorder_point is not UNSET:
            field_dict["reorder_point"] = reorder_point
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if weight_kg is not UNSET:
            field_dict["weight_kg"] = weight_kg
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        currency = d["currency"]

        id = UUID(d["id"])

        is_active = d["is_active"]

        is_digital = d["is_digital"]

        name = d["name"]

        price = d["price"]

        sku = d["sku"]

        brand: None | str | Unset = d.get("brand", UNSET)

        cost_price: None | str | Unset = d.get("cost_price", UNSET)

        dimensions_cm: None | str | Unset = d.get("dimensions_cm", UNSET)

        image_url: None | str | Unset = d.get("image_url", UNSET)

        manufacturer: None | str | Unset = d.get("manufacturer", UNSET)

        meta_description: None | str | Unset = d.get("meta_description", UNSET)

        meta_title: None | str | Unset = d.get("meta_title", UNSET)

        msrp: None | str | Unset = d.get("msrp", UNSET)

        reorder_point: int | None | Unset = d.get("reorder_point", UNSET)

        tags: None | str | Unset = d.get("tags", UNSET)

        tax_rate: None | str | Unset = d.get("tax_rate", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = _updated_at
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        weight_kg: None | str | Unset = d.get("weight_kg", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        product_response = cls(
            created_at,
            currency,
            id,
            is_active,
            is_digital,
            name,
            price,
            sku,
            brand,
            cost_price,
            dimensions_cm,
            image_url,
            manufacturer,
            meta_description,
            meta_title,
            msrp,
            reorder_point,
            tags,
            tax_rate,
            updated_at,
            weight_kg,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        product_response.additional_properties = _extra
        return product_response

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
        "currency",
        "id",
        "is_active",
        "is_digital",
        "name",
        "price",
        "sku",
        "brand",
        "cost_price",
        "dimensions_cm",
        "image_url",
        "manufacturer",
        "meta_description",
        "meta_title",
        "msrp",
        "reorder_point",
        "tags",
        "tax_rate",
        "updated_at",
        "weight_kg",
        "description",
    }
)

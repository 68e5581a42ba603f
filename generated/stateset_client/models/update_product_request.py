from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductRequest")


@_attrs_define
class UpdateProductRequest:
    """
    Attributes:
        brand (None | str | Unset):
        cost_price (None | str | Unset):
        currency (None | str | Unset):
        dimensions_cm (None | str | Unset):
        image_url (None | str | Unset):
        is_active (bool | None | Unset):
        is_digital (bool | None | Unset):
        manufacturer (None | str | Unset):
        meta_description (None | str | Unset):
        meta_title (None | str | Unset):
        msrp (None | str | Unset):
        name (None | str | Unset):
        price (None | str | Unset):
        reorder_point (int | None | Unset):
        sku (None | str | Unset):
        tags (None | str | Unset):
        tax_rate (None | str | Unset):
        weight_kg (None | str | Unset):
        description (None | str | Unset):
    """

    brand: None | str | Unset = UNSET
    cost_price: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    dimensions_cm: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_digital: bool | None | Unset = UNSET
    manufacturer: None | str | Unset = UNSET
    meta_description: None | str | Unset = UNSET
    meta_title: None | str | Unset = UNSET
    msrp: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    reorder_point: int | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    tax_rate: None | str | Unset = UNSET
    weight_kg: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_digital: bool | None | Unset
        if isinstance(self.is_digital, Unset):
            is_digital = UNSET
        else:
            is_digital = self.is_digital

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        reorder_point: int | None | Unset
        if isinstance(self.reorder_point, Unset):
            reorder_point = UNSET
        else:
            reorder_point = self.reorder_point

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

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
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if cost_price is not UNSET:
            field_dict["cost_price"] = cost_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if dimensions_cm is not UNSET:
            field_dict["dimensions_cm"] = dimensions_cm
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_digital is not UNSET:
            field_dict["is_digital"] = is_digital
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if meta_description is not UNSET:
            field_dict["meta_description"] = meta_description
        if meta_title is not UNSET:
            field_dict["meta_title"] = meta_title
        if msrp is not UNSET:
            field_dict["msrp"] = msrp
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if reorder_point is not UNSET:
            field_dict["reorder_point"] = reorder_point
        if sku is not UNSET:
            field_dict["sku"] = sku
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if weight_kg is not UNSET:
            field_dict["weight_kg"] = weight_kg
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        brand: None | str | Unset = d.get("brand", UNSET)

        cost_price: None | str | Unset = d.get("cost_price", UNSET)

        currency: None | str | Unset = d.get("currency", UNSET)

        dimensions_cm: None | str | Unset = d.get("dimensions_cm", UNSET)

        image_url: None | str | Unset = d.get("image_url", UNSET)

        is_active: bool | None | Unset = d.get("is_active", UNSET)

        is_digital: bool | None | Unset = d.get("is_digital", UNSET)

        manufacturer: None | str | Unset = d.get("manufacturer", UNSET)

        meta_description: None | str | Unset = d.get("meta_description", UNSET)

        meta_title: None | str | Unset = d.get("meta_title", UNSET)

        msrp: None | str | Unset = d.get("msrp", UNSET)

        name: None | str | Unset = d.get("name", UNSET)

        price: None | str | Unset = d.get("price", UNSET)

        reorder_point: int | None | Unset = d.get("reorder_point", UNSET)

        sku: None | str | Unset = d.get("sku", UNSET)

        tags: None | str | Unset = d.get("tags", UNSET)

        tax_rate: None | str | Unset = d.get("tax_rate", UNSET)

        weight_kg: None | str | Unset = d.get("weight_kg", UNSET)

        description: None | str | Unset = d.get("description", UNSET)

        update_product_request = cls(
            brand,
            cost_price,
            currency,
            dimensions_cm,
            image_url,
            is_active,
            is_digital,
            manufacturer,
            meta_description,
            meta_title,
            msrp,
            name,
            price,
            reorder_point,
            sku,
            tags,
            tax_rate,
            weight_kg,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        update_product_request.additional_properties = _extra
        return update_product_request

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
        "brand",
        "cost_price",
        "currency",
        "dimensions_cm",
        "image_url",
        "is_active",
        "is_digital",
        "manufacturer",
        "meta_description",
        "meta_title",
        "msrp",
        "name",
        "price",
        "reorder_point",
        "sku",
        "tags",
        "tax_rate",
        "weight_kg",
        "description",
    }
)

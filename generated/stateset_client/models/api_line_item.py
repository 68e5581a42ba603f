from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_money import ApiMoney


T = TypeVar("T", bound="ApiLineItem")


@_attrs_define
class ApiLineItem:
    """
    Attributes:
        id (str):
        quantity (int):
        unit_price (ApiMoney):
        title (str):
        image_url (None | str | Unset):
        sku (None | str | Unset):
        variant_id (None | str | Unset):
    """

    id: str
    quantity: int
    unit_price: ApiMoney
    title: str
    image_url: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    variant_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        unit_price = self.unit_price.to_dict()

        title = self.title

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        variant_id: None | str | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "quantity": quantity,
                "unit_price": unit_price,
                "title": title,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if sku is not UNSET:
            field_dict["sku"] = sku
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        quantity = d["quantity"]

        unit_price = ApiMoney.from_dict(d["unit_price"])

        title = d["title"]

        image_url: None | str | Unset = d.get("image_url", UNSET)

        sku: None | str | Unset = d.get("sku", UNSET)

        variant_id: None | str | Unset = d.get("variant_id", UNSET)

        api_line_item = cls(
            id,
            quantity,
            unit_price,
            title,
            image_url,
            sku,
            variant_id,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_line_item.additional_properties = _extra
        return api_line_item

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
        "id",
        "quantity",
        "unit_price",
        "title",
        "image_url",
        "sku",
        "variant_id",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_money import ApiMoney  # noqa: E402

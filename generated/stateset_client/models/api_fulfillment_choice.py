from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_delivery_window import ApiDeliveryWindow
    from ..models.api_money import ApiMoney


T = TypeVar("T", bound="ApiFulfillmentChoice")


@_attrs_define
class ApiFulfillmentChoice:
    """
    Attributes:
        id (str):
        label (str):
        price (ApiMoney):
        est_delivery (ApiDeliveryWindow | None | Unset):
    """

    id: str
    label: str
    price: ApiMoney
    est_delivery: ApiDeliveryWindow | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        price = self.price.to_dict()

        est_delivery: dict[str, Any] | None | Unset
        if isinstance(self.est_delivery, Unset):
            est_delivery = UNSET
        elif isinstance(self.est_delivery, ApiDeliveryWindow):
            est_delivery = self.est_delivery.to_dict()
        else:
            est_delivery = self.est_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "price": price,
            }
        )
        if est_delivery is not UNSET:
            field_dict["est_delivery"] = est_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        label = d["label"]

        price = ApiMoney.from_dict(d["price"])

        _est_delivery = d.get("est_delivery", UNSET)
        est_delivery: ApiDeliveryWindow | None | Unset
        if _est_delivery is None or isinstance(_est_delivery, Unset):
            est_delivery = _est_delivery
        else:
            est_delivery = ApiDeliveryWindow.from_dict(_est_delivery)

        api_fulfillment_choice = cls(
            id,
            label,
            price,
            est_delivery,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_fulfillment_choice.additional_properties = _extra
        return api_fulfillment_choice

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
        "label",
        "price",
        "est_delivery",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_delivery_window import ApiDeliveryWindow  # noqa: E402
from ..models.api_money import ApiMoney  # noqa: E402

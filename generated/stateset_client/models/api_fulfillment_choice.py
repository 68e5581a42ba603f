from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        from ..models.api_delivery_window import ApiDeliveryWindow  # noqa: PLC0415

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
        from ..models.api_delivery_window import ApiDeliveryWindow  # noqa: PLC0415
        from ..models.api_money import ApiMoney  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        price = ApiMoney.from_dict(d.pop("price"))

        def _parse_est_delivery(data: object) -> ApiDeliveryWindow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                est_delivery_type_1 = ApiDeliveryWindow.from_dict(data)

                return est_delivery_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiDeliveryWindow | None | Unset, data)

        est_delivery = _parse_est_delivery(d.pop("est_delivery", UNSET))

        api_fulfillment_choice = cls(
            id=id,
            label=label,
            price=price,
            est_delivery=est_delivery,
        )

        api_fulfillment_choice.additional_properties = d
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

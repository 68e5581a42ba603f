from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_customer import ApiCustomer
    from ..models.api_fulfillment_selection import ApiFulfillmentSelection
    from ..models.api_item_input import ApiItemInput


T = TypeVar("T", bound="ApiCreateCheckoutSessionRequest")


@_attrs_define
class ApiCreateCheckoutSessionRequest:
    """
    Attributes:
        items (list[ApiItemInput]):
        customer (ApiCustomer | None | Unset):
        fulfillment (ApiFulfillmentSelection | None | Unset):
    """

    items: list[ApiItemInput]
    customer: ApiCustomer | None | Unset = UNSET
    fulfillment: ApiFulfillmentSelection | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_customer import ApiCustomer  # noqa: PLC0415
        from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, ApiCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        fulfillment: dict[str, Any] | None | Unset
        if isinstance(self.fulfillment, Unset):
            fulfillment = UNSET
        elif isinstance(self.fulfillment, ApiFulfillmentSelection):
            fulfillment = self.fulfillment.to_dict()
        else:
            fulfillment = self.fulfillment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_customer import ApiCustomer  # noqa: PLC0415
        from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: PLC0415
        from ..models.api_item_input import ApiItemInput  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ApiItemInput.from_dict(items_item_data)

            items.append(items_item)

        def _parse_customer(data: object) -> ApiCustomer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = ApiCustomer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiCustomer | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_fulfillment(data: object) -> ApiFulfillmentSelection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fulfillment_type_1 = ApiFulfillmentSelection.from_dict(data)

                return fulfillment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiFulfillmentSelection | None | Unset, data)

        fulfillment = _parse_fulfillment(d.pop("fulfillment", UNSET))

        api_create_checkout_session_request = cls(
            items=items,
            customer=customer,
            fulfillment=fulfillment,
        )

        api_create_checkout_session_request.additional_properties = d
        return api_create_checkout_session_request

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

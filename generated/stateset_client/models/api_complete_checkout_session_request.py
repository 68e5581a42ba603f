from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_customer import ApiCustomer
    from ..models.api_fulfillment_selection import ApiFulfillmentSelection
    from ..models.api_payment_request import ApiPaymentRequest


T = TypeVar("T", bound="ApiCompleteCheckoutSessionRequest")


@_attrs_define
class ApiCompleteCheckoutSessionRequest:
    """
    Attributes:
        payment (ApiPaymentRequest):
        customer (ApiCustomer | None | Unset):
        fulfillment (ApiFulfillmentSelection | None | Unset):
    """

    payment: ApiPaymentRequest
    customer: ApiCustomer | None | Unset = UNSET
    fulfillment: ApiFulfillmentSelection | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_customer import ApiCustomer  # noqa: PLC0415
        from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: PLC0415

        payment = self.payment.to_dict()

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
                "payment": payment,
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
        from ..models.api_payment_request import ApiPaymentRequest  # noqa: PLC0415

        d = dict(src_dict)
        payment = ApiPaymentRequest.from_dict(d.pop("payment"))

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

        api_complete_checkout_session_request = cls(
            payment=payment,
            customer=customer,
            fulfillment=fulfillment,
        )

        api_complete_checkout_session_request.additional_properties = d
        return api_complete_checkout_session_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        d = src_dict
        payment = ApiPaymentRequest.from_dict(d["payment"])

        _customer = d.get("customer", UNSET)
        customer: ApiCustomer | None | Unset
        if _customer is None or isinstance(_customer, Unset):
            customer = _customer
        else:
            customer = ApiCustomer.from_dict(_customer)

        _fulfillment = d.get("fulfillment", UNSET)
        fulfillment: ApiFulfillmentSelection | None | Unset
        if _fulfillment is None or isinstance(_fulfillment, Unset):
            fulfillment = _fulfillment
        else:
            fulfillment = ApiFulfillmentSelection.from_dict(_fulfillment)

        api_complete_checkout_session_request = cls(
            payment,
            customer,
            fulfillment,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_complete_checkout_session_request.additional_properties = _extra
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


# Stateset: the declared keys, built once (from_dict collects the others as additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "payment",
        "customer",
        "fulfillment",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_customer import ApiCustomer  # noqa: E402
from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: E402
from ..models.api_payment_request import ApiPaymentRequest  # noqa: E402

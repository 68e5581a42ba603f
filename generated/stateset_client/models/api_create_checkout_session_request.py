from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        d = src_dict
        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = ApiItemInput.from_dict(items_item_data)

            items.append(items_item)

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

        api_create_checkout_session_request = cls(
            items,
            customer,
            fulfillment,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_create_checkout_session_request.additional_properties = _extra
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


# Stateset: the declared keys, built once (from_dict collects the others as additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "items",
        "customer",
        "fulfillment",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_customer import ApiCustomer  # noqa: E402
from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: E402
from ..models.api_item_input import ApiItemInput  # noqa: E402

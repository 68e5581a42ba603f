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


T = TypeVar("T", bound="ApiUpdateCheckoutSessionRequest")


@_attrs_define
class ApiUpdateCheckoutSessionRequest:
    """
    Attributes:
        customer (ApiCustomer | None | Unset):
        fulfillment (ApiFulfillmentSelection | None | Unset):
        items (list[ApiItemInput] | None | Unset):
    """

    customer: ApiCustomer | None | Unset = UNSET
    fulfillment: ApiFulfillmentSelection | None | Unset = UNSET
    items: list[ApiItemInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
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

        def _parse_items(data: object) -> list[ApiItemInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ApiItemInput.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiItemInput] | None | Unset, data)

        items = _parse_items(d.get("items", UNSET))

        api_update_checkout_session_request = cls(
            customer,
            fulfillment,
            items,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_update_checkout_session_request.additional_properties = _extra
        return api_update_checkout_session_request

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
        "customer",
        "fulfillment",
        "items",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_customer import ApiCustomer  # noqa: E402
from ..models.api_fulfillment_selection import ApiFulfillmentSelection  # noqa: E402
from ..models.api_item_input import ApiItemInput  # noqa: E402

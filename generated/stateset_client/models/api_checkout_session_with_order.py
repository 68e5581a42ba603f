from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_customer import ApiCustomer
    from ..models.api_fulfillment import ApiFulfillment
    from ..models.api_line_item import ApiLineItem
    from ..models.api_links import ApiLinks
    from ..models.api_message import ApiMessage
    from ..models.api_order import ApiOrder
    from ..models.api_totals import ApiTotals


T = TypeVar("T", bound="ApiCheckoutSessionWithOrder")


@_attrs_define
class ApiCheckoutSessionWithOrder:
    """
    Attributes:
        created_at (str):
        id (str):
        items (list[ApiLineItem]):
        status (str):
        totals (ApiTotals):
        updated_at (str):
        order (ApiOrder):
        customer (ApiCustomer | None | Unset):
        fulfillment (ApiFulfillment | None | Unset):
        links (ApiLinks | None | Unset):
        messages (list[ApiMessage] | None | Unset):
    """

    created_at: str
    id: str
    items: list[ApiLineItem]
    status: str
    totals: ApiTotals
    updated_at: str
    order: ApiOrder
    customer: ApiCustomer | None | Unset = UNSET
    fulfillment: ApiFulfillment | None | Unset = UNSET
    links: ApiLinks | None | Unset = UNSET
    messages: list[ApiMessage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        status = self.status

        totals = self.totals.to_dict()

        updated_at = self.updated_at

        order = self.order.to_dict()

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
        elif isinstance(self.fulfillment, ApiFulfillment):
            fulfillment = self.fulfillment.to_dict()
        else:
            fulfillment = self.fulfillment

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ApiLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "items": items,
                "status": status,
                "totals": totals,
                "updated_at": updated_at,
                "order": order,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if links is not UNSET:
            field_dict["links"] = links
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = d["created_at"]

        id = d["id"]

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = ApiLineItem.from_dict(items_item_data)

            items.append(items_item)

        status = d["status"]

        totals = ApiTotals.from_dict(d["totals"])

        updated_at = d["updated_at"]

        order = ApiOrder.from_dict(d["order"])

        _customer = d.get("customer", UNSET)
        customer: ApiCustomer | None | Unset
        if _customer is None or isinstance(_customer, Unset):
            customer = _customer
        else:
            customer = ApiCustomer.from_dict(_customer)

        _fulfillment = d.get("fulfillment", UNSET)
        fulfillment: ApiFulfillment | None | Unset
        if _fulfillment is None or isinstance(_fulfillment, Unset):
            fulfillment = _fulfillment
        else:
            fulfillment = ApiFulfillment.from_dict(_fulfillment)

        _links = d.get("links", UNSET)
        links: ApiLinks | None | Unset
        if _links is None or isinstance(_links, Unset):
            links = _links
        else:
            links = ApiLinks.from_dict(_links)

        def _parse_messages(data: object) -> list[ApiMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = ApiMessage.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiMessage] | None | Unset, data)

        messages = _parse_messages(d.get("messages", UNSET))

        api_checkout_session_with_order = cls(
            created_at,
            id,
            items,
            status,
            totals,
            updated_at,
            order,
            customer,
            fulfillment,
            links,
            messages,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_checkout_session_with_order.additional_properties = _extra
        return api_checkout_session_with_order

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
        "id",
        "items",
        "status",
        "totals",
        "updated_at",
        "order",
        "customer",
        "fulfillment",
        "links",
        "messages",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_customer import ApiCustomer  # noqa: E402
from ..models.api_fulfillment import ApiFulfillment  # noqa: E402
from ..models.api_line_item import ApiLineItem  # noqa: E402
from ..models.api_links import ApiLinks  # noqa: E402
from ..models.api_message import ApiMessage  # noqa: E402
from ..models.api_order import ApiOrder  # noqa: E402
from ..models.api_totals import ApiTotals  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_cancelled_event_data_previous_attributes_type_0 import (
        OrderCancelledEventDataPreviousAttributesType0,
    )
    from ..models.order_response import OrderResponse


T = TypeVar("T", bound="OrderCancelledEventData")


@_attrs_define
class OrderCancelledEventData:
    """
    Attributes:
        object_ (OrderResponse): An order as the API returns it. Money amounts are decimal strings.
        previous_attributes (None | OrderCancelledEventDataPreviousAttributesType0 | Unset):
    """

    object_: OrderResponse
    previous_attributes: None | OrderCancelledEventDataPreviousAttributesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.to_dict()

        previous_attributes: dict[str, Any] | None | Unset
        if isinstance(self.previous_attributes, Unset):
            previous_attributes = UNSET
        elif isinstance(self.previous_attributes, OrderCancelledEventDataPreviousAttributesType0):
            previous_attributes = self.previous_attributes.to_dict()
        else:
            previous_attributes = self.previous_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
            }
        )
        if previous_attributes is not UNSET:
            field_dict["previous_attributes"] = previous_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        object_ = OrderResponse.from_dict(d["object"])

        _previous_attributes = d.get("previous_attributes", UNSET)
        previous_attributes: None | OrderCancelledEventDataPreviousAttributesType0 | Unset
        if _previous_attributes is None or isinstance(_previous_attributes, Unset):
            previous_attributes = _previous_attributes
        else:
            previous_attributes = OrderCancelledEventDataPreviousAttributesType0.from_dict(
                _previous_attributes
            )

        order_cancelled_event_data = cls(
            object_,
            previous_attributes,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        order_cancelled_event_data.additional_properties = _extra
        return order_cancelled_event_data

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
        "object",
        "previous_attributes",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.order_cancelled_event_data_previous_attributes_type_0 import (
    OrderCancelledEventDataPreviousAttributesType0,  # noqa: E402
)
from ..models.order_response import OrderResponse  # noqa: E402

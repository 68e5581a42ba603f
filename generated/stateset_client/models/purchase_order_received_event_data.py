from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_received_event_data_previous_attributes_type_0 import (
        PurchaseOrderReceivedEventDataPreviousAttributesType0,
    )
    from ..models.purchase_order_response import PurchaseOrderResponse


T = TypeVar("T", bound="PurchaseOrderReceivedEventData")


@_attrs_define
class PurchaseOrderReceivedEventData:
    """
    Attributes:
        object_ (PurchaseOrderResponse):
        previous_attributes (None | PurchaseOrderReceivedEventDataPreviousAttributesType0 | Unset):
    """

    object_: PurchaseOrderResponse
    previous_attributes: None | PurchaseOrderReceivedEventDataPreviousAttributesType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order_received_event_data_previous_attributes_type_0 import (
            PurchaseOrderReceivedEventDataPreviousAttributesType0,  # noqa: PLC0415
        )

        object_ = self.object_.to_dict()

        previous_attributes: dict[str, Any] | None | Unset
        if isinstance(self.previous_attributes, Unset):
            previous_attributes = UNSET
        elif isinstance(
            self.previous_attributes, PurchaseOrderReceivedEventDataPreviousAttributesType0
        ):
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
        from ..models.purchase_order_received_event_data_previous_attributes_type_0 import (
            PurchaseOrderReceivedEventDataPreviousAttributesType0,  # noqa: PLC0415
        )
        from ..models.purchase_order_response import PurchaseOrderResponse  # noqa: PLC0415

        d = dict(src_dict)
        object_ = PurchaseOrderResponse.from_dict(d.pop("object"))

        def _parse_previous_attributes(
            data: object,
        ) -> None | PurchaseOrderReceivedEventDataPreviousAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_attributes_type_0 = (
                    PurchaseOrderReceivedEventDataPreviousAttributesType0.from_dict(data)
                )

                return previous_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PurchaseOrderReceivedEventDataPreviousAttributesType0 | Unset, data)

        previous_attributes = _parse_previous_attributes(d.pop("previous_attributes", UNSET))

        purchase_order_received_event_data = cls(
            object_=object_,
            previous_attributes=previous_attributes,
        )

        purchase_order_received_event_data.additional_properties = d
        return purchase_order_received_event_data

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

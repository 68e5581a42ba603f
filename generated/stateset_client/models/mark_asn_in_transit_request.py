from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.carrier_details_request import CarrierDetailsRequest


T = TypeVar("T", bound="MarkAsnInTransitRequest")


@_attrs_define
class MarkAsnInTransitRequest:
    """
    Attributes:
        carrier (CarrierDetailsRequest):
        departure_time (datetime.datetime):
        estimated_delivery (datetime.datetime):
        version (int):
    """

    carrier: CarrierDetailsRequest
    departure_time: datetime.datetime
    estimated_delivery: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.to_dict()

        departure_time = self.departure_time.isoformat()

        estimated_delivery = self.estimated_delivery.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "departure_time": departure_time,
                "estimated_delivery": estimated_delivery,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        carrier = CarrierDetailsRequest.from_dict(d["carrier"])

        departure_time = datetime.datetime.fromisoformat(d["departure_time"])

        estimated_delivery = datetime.datetime.fromisoformat(d["estimated_delivery"])

        version = d["version"]

        mark_asn_in_transit_request = cls(
            carrier,
            departure_time,
            estimated_delivery,
            version,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        mark_asn_in_transit_request.additional_properties = _extra
        return mark_asn_in_transit_request

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
        "carrier",
        "departure_time",
        "estimated_delivery",
        "version",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.carrier_details_request import CarrierDetailsRequest  # noqa: E402

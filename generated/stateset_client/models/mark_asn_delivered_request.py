from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarkAsnDeliveredRequest")


@_attrs_define
class MarkAsnDeliveredRequest:
    """
    Attributes:
        delivery_date (datetime.datetime):
        recipient_name (str):
        version (int):
        delivery_notes (None | str | Unset):
        proof_of_delivery (None | str | Unset):
    """

    delivery_date: datetime.datetime
    recipient_name: str
    version: int
    delivery_notes: None | str | Unset = UNSET
    proof_of_delivery: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_date = self.delivery_date.isoformat()

        recipient_name = self.recipient_name

        version = self.version

        delivery_notes: None | str | Unset
        if isinstance(self.delivery_notes, Unset):
            delivery_notes = UNSET
        else:
            delivery_notes = self.delivery_notes

        proof_of_delivery: None | str | Unset
        if isinstance(self.proof_of_delivery, Unset):
            proof_of_delivery = UNSET
        else:
            proof_of_delivery = self.proof_of_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_date": delivery_date,
                "recipient_name": recipient_name,
                "version": version,
            }
        )
        if delivery_notes is not UNSET:
            field_dict["delivery_notes"] = delivery_notes
        if proof_of_delivery is not UNSET:
            field_dict["proof_of_delivery"] = proof_of_delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_date = datetime.datetime.fromisoformat(d["delivery_date"])

        recipient_name = d["recipient_name"]

        version = d["version"]

        delivery_notes: None | str | Unset = d.get("delivery_notes", UNSET)

        proof_of_delivery: None | str | Unset = d.get("proof_of_delivery", UNSET)

        mark_asn_delivered_request = cls(
            delivery_date,
            recipient_name,
            version,
            delivery_notes,
            proof_of_delivery,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        mark_asn_delivered_request.additional_properties = _extra
        return mark_asn_delivered_request

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
        "delivery_date",
        "recipient_name",
        "version",
        "delivery_notes",
        "proof_of_delivery",
    }
)

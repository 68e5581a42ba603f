from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWarrantyClaimRequest")


@_attrs_define
class CreateWarrantyClaimRequest:
    """
    Attributes:
        customer_id (UUID):
        warranty_id (UUID):
        description (None | str):
        contact_email (None | str | Unset):
        contact_phone (None | str | Unset):
        evidence (list[str] | Unset):
    """

    customer_id: UUID
    warranty_id: UUID
    description: None | str
    contact_email: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    evidence: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = str(self.customer_id)

        warranty_id = str(self.warranty_id)

        description: None | str
        description = self.description

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "warranty_id": warranty_id,
                "description": description,
            }
        )
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer_id = UUID(d["customer_id"])

        warranty_id = UUID(d["warranty_id"])

        description: None | str = d["description"]

        contact_email: None | str | Unset = d.get("contact_email", UNSET)

        contact_phone: None | str | Unset = d.get("contact_phone", UNSET)

        evidence = cast(list[str], d.get("evidence", UNSET))

        create_warranty_claim_request = cls(
            customer_id,
            warranty_id,
            description,
            contact_email,
            contact_phone,
            evidence,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_warranty_claim_request.additional_properties = _extra
        return create_warranty_claim_request

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
        "customer_id",
        "warranty_id",
        "description",
        "contact_email",
        "contact_phone",
        "evidence",
    }
)

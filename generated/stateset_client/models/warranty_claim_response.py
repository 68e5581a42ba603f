from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.warranty_claim_response_status import (
    WarrantyClaimResponseStatus,
    check_warranty_claim_response_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarrantyClaimResponse")


@_attrs_define
class WarrantyClaimResponse:
    """
    Attributes:
        id (UUID):
        claim_number (str):
        warranty_id (UUID):
        customer_id (UUID):
        status (WarrantyClaimResponseStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        evidence (list[str] | Unset):
        contact_email (None | str | Unset):
        contact_phone (None | str | Unset):
        resolution (None | str | Unset):
        approved_by (None | Unset | UUID):
        notes (None | str | Unset):
    """

    id: UUID
    claim_number: str
    warranty_id: UUID
    customer_id: UUID
    status: WarrantyClaimResponseStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    evidence: list[str] | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    resolution: None | str | Unset = UNSET
    approved_by: None | Unset | UUID = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        claim_number = self.claim_number

        warranty_id = str(self.warranty_id)

        customer_id = str(self.customer_id)

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        evidence: list[str] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

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

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        approved_by: None | str | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        elif isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "claim_number": claim_number,
                "warranty_id": warranty_id,
                "customer_id": customer_id,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        claim_number = d["claim_number"]

        warranty_id = UUID(d["warranty_id"])

        customer_id = UUID(d["customer_id"])

        status = check_warranty_claim_response_status(d["status"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description: None | str | Unset = d.get("description", UNSET)

        evidence = cast(list[str], d.get("evidence", UNSET))

        contact_email: None | str | Unset = d.get("contact_email", UNSET)

        contact_phone: None | str | Unset = d.get("contact_phone", UNSET)

        resolution: None | str | Unset = d.get("resolution", UNSET)

        _approved_by = d.get("approved_by", UNSET)
        approved_by: None | Unset | UUID
        if _approved_by is None or isinstance(_approved_by, Unset):
            approved_by = _approved_by
        else:
            approved_by = UUID(_approved_by)

        notes: None | str | Unset = d.get("notes", UNSET)

        warranty_claim_response = cls(
            id,
            claim_number,
            warranty_id,
            customer_id,
            status,
            created_at,
            updated_at,
            description,
            evidence,
            contact_email,
            contact_phone,
            resolution,
            approved_by,
            notes,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        warranty_claim_response.additional_properties = _extra
        return warranty_claim_response

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
        "id",
        "claim_number",
        "warranty_id",
        "customer_id",
        "status",
        "created_at",
        "updated_at",
        "description",
        "evidence",
        "contact_email",
        "contact_phone",
        "resolution",
        "approved_by",
        "notes",
    }
)

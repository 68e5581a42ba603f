from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WarrantySummary")


@_attrs_define
class WarrantySummary:
    """
    Attributes:
        created_at (datetime.datetime):
        customer_id (UUID):
        end_date (datetime.datetime):
        id (UUID):
        product_id (UUID):
        start_date (datetime.datetime):
        status (str):
        warranty_number (str):
        terms (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    customer_id: UUID
    end_date: datetime.datetime
    id: UUID
    product_id: UUID
    start_date: datetime.datetime
    status: str
    warranty_number: str
    terms: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        customer_id = str(self.customer_id)

        end_date = self.end_date.isoformat()

        id = str(self.id)

        product_id = str(self.product_id)

        start_date = self.start_date.isoformat()

        status = self.status

        warranty_number = self.warranty_number

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "customer_id": customer_id,
                "end_date": end_date,
                "id": id,
                "product_id": product_id,
                "start_date": start_date,
                "status": status,
                "warranty_number": warranty_number,
            }
        )
        if terms is not UNSET:
            field_dict["terms"] = terms
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        customer_id = UUID(d.pop("customer_id"))

        end_date = datetime.datetime.fromisoformat(d.pop("end_date"))

        id = UUID(d.pop("id"))

        product_id = UUID(d.pop("product_id"))

        start_date = datetime.datetime.fromisoformat(d.pop("start_date"))

        status = d.pop("status")

        warranty_number = d.pop("warranty_number")

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        warranty_summary = cls(
            created_at=created_at,
            customer_id=customer_id,
            end_date=end_date,
            id=id,
            product_id=product_id,
            start_date=start_date,
            status=status,
            warranty_number=warranty_number,
            terms=terms,
            updated_at=updated_at,
        )

        warranty_summary.additional_properties = d
        return warranty_summary

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_work_order_request_parts_required import (
        UpdateWorkOrderRequestPartsRequired,
    )


T = TypeVar("T", bound="UpdateWorkOrderRequest")


@_attrs_define
class UpdateWorkOrderRequest:
    """
    Attributes:
        parts_required (UpdateWorkOrderRequestPartsRequired):
        asset_id (None | Unset | UUID):
        assigned_to (None | Unset | UUID):
        bill_of_materials_number (None | str | Unset):
        due_date (datetime.datetime | None | Unset):
        priority (None | str | Unset):
        quantity_produced (int | None | Unset):
        status (None | str | Unset):
    """

    parts_required: UpdateWorkOrderRequestPartsRequired
    asset_id: None | Unset | UUID = UNSET
    assigned_to: None | Unset | UUID = UNSET
    bill_of_materials_number: None | str | Unset = UNSET
    due_date: datetime.datetime | None | Unset = UNSET
    priority: None | str | Unset = UNSET
    quantity_produced: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parts_required = self.parts_required.to_dict()

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        elif isinstance(self.asset_id, UUID):
            asset_id = str(self.asset_id)
        else:
            asset_id = self.asset_id

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        bill_of_materials_number: None | str | Unset
        if isinstance(self.bill_of_materials_number, Unset):
            bill_of_materials_number = UNSET
        else:
            bill_of_materials_number = self.bill_of_materials_number

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.datetime):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        quantity_produced: int | None | Unset
        if isinstance(self.quantity_produced, Unset):
            quantity_produced = UNSET
        else:
            quantity_produced = self.quantity_produced

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts_required": parts_required,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if bill_of_materials_number is not UNSET:
            field_dict["bill_of_materials_number"] = bill_of_materials_number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if quantity_produced is not UNSET:
            field_dict["quantity_produced"] = quantity_produced
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_work_order_request_parts_required import (
            UpdateWorkOrderRequestPartsRequired,  # noqa: PLC0415
        )

        d = dict(src_dict)
        parts_required = UpdateWorkOrderRequestPartsRequired.from_dict(d.pop("parts_required"))

        def _parse_asset_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asset_id_type_0 = UUID(data)

                return asset_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        def _parse_assigned_to(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_bill_of_materials_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bill_of_materials_number = _parse_bill_of_materials_number(
            d.pop("bill_of_materials_number", UNSET)
        )

        def _parse_due_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.datetime.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_priority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_quantity_produced(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_produced = _parse_quantity_produced(d.pop("quantity_produced", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_work_order_request = cls(
            parts_required=parts_required,
            asset_id=asset_id,
            assigned_to=assigned_to,
            bill_of_materials_number=bill_of_materials_number,
            due_date=due_date,
            priority=priority,
            quantity_produced=quantity_produced,
            status=status,
        )

        update_work_order_request.additional_properties = d
        return update_work_order_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrderStatusRequest")


@_attrs_define
class UpdateOrderStatusRequest:
    """
    Attributes:
        status (OrderStatus): Lifecycle status of an order.
        reason (None | str | Unset):
    """

    status: OrderStatus
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = check_order_status(d["status"])

        reason: None | str | Unset = d.get("reason", UNSET)

        update_order_status_request = cls(
            status,
            reason,
        )

        return update_order_status_request

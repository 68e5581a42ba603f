from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cart_metrics import CartMetrics
    from ..models.inventory_metrics import InventoryMetrics
    from ..models.sales_metrics import SalesMetrics
    from ..models.shipment_metrics import ShipmentMetrics


T = TypeVar("T", bound="DashboardMetrics")


@_attrs_define
class DashboardMetrics:
    """
    Attributes:
        carts (CartMetrics):
        generated_at (datetime.datetime):
        inventory (InventoryMetrics):
        sales (SalesMetrics):
        shipments (ShipmentMetrics):
    """

    carts: CartMetrics
    generated_at: datetime.datetime
    inventory: InventoryMetrics
    sales: SalesMetrics
    shipments: ShipmentMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carts = self.carts.to_dict()

        generated_at = self.generated_at.isoformat()

        inventory = self.inventory.to_dict()

        sales = self.sales.to_dict()

        shipments = self.shipments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carts": carts,
                "generated_at": generated_at,
                "inventory": inventory,
                "sales": sales,
                "shipments": shipments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        carts = CartMetrics.from_dict(d["carts"])

        generated_at = datetime.datetime.fromisoformat(d["generated_at"])

        inventory = InventoryMetrics.from_dict(d["inventory"])

        sales = SalesMetrics.from_dict(d["sales"])

        shipments = ShipmentMetrics.from_dict(d["shipments"])

        dashboard_metrics = cls(
            carts,
            generated_at,
            inventory,
            sales,
            shipments,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        dashboard_metrics.additional_properties = _extra
        return dashboard_metrics

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
        "carts",
        "generated_at",
        "inventory",
        "sales",
        "shipments",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.cart_metrics import CartMetrics  # noqa: E402
from ..models.inventory_metrics import InventoryMetrics  # noqa: E402
from ..models.sales_metrics import SalesMetrics  # noqa: E402
from ..models.shipment_metrics import ShipmentMetrics  # noqa: E402

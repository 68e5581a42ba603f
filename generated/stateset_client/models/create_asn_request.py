from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asn_item_request import AsnItemRequest
    from ..models.carrier_details_request import CarrierDetailsRequest
    from ..models.package_request import PackageRequest
    from ..models.shipping_address_request import ShippingAddressRequest


T = TypeVar("T", bound="CreateAsnRequest")


@_attrs_define
class CreateAsnRequest:
    """
    Attributes:
        carrier (CarrierDetailsRequest):
        items (list[AsnItemRequest]):
        purchase_order_id (UUID):
        shipping_address (ShippingAddressRequest):
        supplier_id (UUID):
        supplier_name (str):
        expected_delivery_date (None | str | Unset):
        notes (None | str | Unset):
        packages (list[PackageRequest] | Unset):
    """

    carrier: CarrierDetailsRequest
    items: list[AsnItemRequest]
    purchase_order_id: UUID
    shipping_address: ShippingAddressRequest
    supplier_id: UUID
    supplier_name: str
    expected_delivery_date: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    packages: list[PackageRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        purchase_order_id = str(self.purchase_order_id)

        shipping_address = self.shipping_address.to_dict()

        supplier_id = str(self.supplier_id)

        supplier_name = self.supplier_name

        expected_delivery_date: None | str | Unset
        if isinstance(self.expected_delivery_date, Unset):
            expected_delivery_date = UNSET
        else:
            expected_delivery_date = self.expected_delivery_date

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "items": items,
                "purchase_order_id": purchase_order_id,
                "shipping_address": shipping_address,
                "supplier_id": supplier_id,
                "supplier_name": supplier_name,
            }
        )
        if expected_delivery_date is not UNSET:
            field_dict["expected_delivery_date"] = expected_delivery_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        carrier = CarrierDetailsRequest.from_dict(d["carrier"])

        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = AsnItemRequest.from_dict(items_item_data)

            items.append(items_item)

        purchase_order_id = UUID(d["purchase_order_id"])

        shipping_address = ShippingAddressRequest.from_dict(d["shipping_address"])

        supplier_id = UUID(d["supplier_id"])

        supplier_name = d["supplier_name"]

        expected_delivery_date: None | str | Unset = d.get("expected_delivery_date", UNSET)

        notes: None | str | Unset = d.get("notes", UNSET)

        _packages = d.get("packages", UNSET)
        packages: list[PackageRequest] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageRequest.from_dict(packages_item_data)

                packages.append(packages_item)

        create_asn_request = cls(
            carrier,
            items,
            purchase_order_id,
            shipping_address,
            supplier_id,
            supplier_name,
            expected_delivery_date,
            notes,
            packages,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_asn_request.additional_properties = _extra
        return create_asn_request

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
        "items",
        "purchase_order_id",
        "shipping_address",
        "supplier_id",
        "supplier_name",
        "expected_delivery_date",
        "notes",
        "packages",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.asn_item_request import AsnItemRequest  # noqa: E402
from ..models.carrier_details_request import CarrierDetailsRequest  # noqa: E402
from ..models.package_request import PackageRequest  # noqa: E402
from ..models.shipping_address_request import ShippingAddressRequest  # noqa: E402

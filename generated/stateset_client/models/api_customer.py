from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_address import ApiAddress


T = TypeVar("T", bound="ApiCustomer")


@_attrs_define
class ApiCustomer:
    """
    Attributes:
        billing_address (ApiAddress | None | Unset):
        shipping_address (ApiAddress | None | Unset):
    """

    billing_address: ApiAddress | None | Unset = UNSET
    shipping_address: ApiAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, ApiAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, ApiAddress):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _billing_address = d.get("billing_address", UNSET)
        billing_address: ApiAddress | None | Unset
        if _billing_address is None or isinstance(_billing_address, Unset):
            billing_address = _billing_address
        else:
            billing_address = ApiAddress.from_dict(_billing_address)

        _shipping_address = d.get("shipping_address", UNSET)
        shipping_address: ApiAddress | None | Unset
        if _shipping_address is None or isinstance(_shipping_address, Unset):
            shipping_address = _shipping_address
        else:
            shipping_address = ApiAddress.from_dict(_shipping_address)

        api_customer = cls(
            billing_address,
            shipping_address,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_customer.additional_properties = _extra
        return api_customer

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
        "billing_address",
        "shipping_address",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_address import ApiAddress  # noqa: E402

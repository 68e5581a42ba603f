from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_money import ApiMoney


T = TypeVar("T", bound="ApiTotals")


@_attrs_define
class ApiTotals:
    """
    Attributes:
        grand_total (ApiMoney):
        subtotal (ApiMoney):
        discount (ApiMoney | None | Unset):
        shipping (ApiMoney | None | Unset):
        tax (ApiMoney | None | Unset):
    """

    grand_total: ApiMoney
    subtotal: ApiMoney
    discount: ApiMoney | None | Unset = UNSET
    shipping: ApiMoney | None | Unset = UNSET
    tax: ApiMoney | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grand_total = self.grand_total.to_dict()

        subtotal = self.subtotal.to_dict()

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, ApiMoney):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, ApiMoney):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, ApiMoney):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grand_total": grand_total,
                "subtotal": subtotal,
            }
        )
        if discount is not UNSET:
            field_dict["discount"] = discount
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        grand_total = ApiMoney.from_dict(d["grand_total"])

        subtotal = ApiMoney.from_dict(d["subtotal"])

        _discount = d.get("discount", UNSET)
        discount: ApiMoney | None | Unset
        if _discount is None or isinstance(_discount, Unset):
            discount = _discount
        else:
            discount = ApiMoney.from_dict(_discount)

        _shipping = d.get("shipping", UNSET)
        shipping: ApiMoney | None | Unset
        if _shipping is None or isinstance(_shipping, Unset):
            shipping = _shipping
        else:
            shipping = ApiMoney.from_dict(_shipping)

        _tax = d.get("tax", UNSET)
        tax: ApiMoney | None | Unset
        if _tax is None or isinstance(_tax, Unset):
            tax = _tax
        else:
            tax = ApiMoney.from_dict(_tax)

        api_totals = cls(
            grand_total,
            subtotal,
            discount,
            shipping,
            tax,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_totals.additional_properties = _extra
        return api_totals

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
        "grand_total",
        "subtotal",
        "discount",
        "shipping",
        "tax",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_money import ApiMoney  # noqa: E402

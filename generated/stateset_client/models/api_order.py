from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_refund import ApiRefund


T = TypeVar("T", bound="ApiOrder")


@_attrs_define
class ApiOrder:
    """
    Attributes:
        checkout_session_id (str):
        id (str):
        status (str):
        permalink_url (None | str | Unset):
        refunds (list[ApiRefund] | None | Unset):
    """

    checkout_session_id: str
    id: str
    status: str
    permalink_url: None | str | Unset = UNSET
    refunds: list[ApiRefund] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_session_id = self.checkout_session_id

        id = self.id

        status = self.status

        permalink_url: None | str | Unset
        if isinstance(self.permalink_url, Unset):
            permalink_url = UNSET
        else:
            permalink_url = self.permalink_url

        refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.refunds, Unset):
            refunds = UNSET
        elif isinstance(self.refunds, list):
            refunds = []
            for refunds_type_0_item_data in self.refunds:
                refunds_type_0_item = refunds_type_0_item_data.to_dict()
                refunds.append(refunds_type_0_item)

        else:
            refunds = self.refunds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkout_session_id": checkout_session_id,
                "id": id,
                "status": status,
            }
        )
        if permalink_url is not UNSET:
            field_dict["permalink_url"] = permalink_url
        if refunds is not UNSET:
            field_dict["refunds"] = refunds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        checkout_session_id = d["checkout_session_id"]

        id = d["id"]

        status = d["status"]

        permalink_url: None | str | Unset = d.get("permalink_url", UNSET)

        def _parse_refunds(data: object) -> list[ApiRefund] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refunds_type_0 = []
                _refunds_type_0 = data
                for refunds_type_0_item_data in _refunds_type_0:
                    refunds_type_0_item = ApiRefund.from_dict(refunds_type_0_item_data)

                    refunds_type_0.append(refunds_type_0_item)

                return refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiRefund] | None | Unset, data)

        refunds = _parse_refunds(d.get("refunds", UNSET))

        api_order = cls(
            checkout_session_id,
            id,
            status,
            permalink_url,
            refunds,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_order.additional_properties = _extra
        return api_order

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
        "checkout_session_id",
        "id",
        "status",
        "permalink_url",
        "refunds",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.api_refund import ApiRefund  # noqa: E402

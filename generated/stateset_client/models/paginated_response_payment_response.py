from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.payment_response import PaymentResponse


T = TypeVar("T", bound="PaginatedResponsePaymentResponse")


@_attrs_define
class PaginatedResponsePaymentResponse:
    """One page of PaymentResponse items, with the total count.

    Attributes:
        items (list[PaymentResponse]):
        total (int):
        page (int):
        limit (int):
        total_pages (int):
    """

    items: list[PaymentResponse]
    total: int
    page: int
    limit: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "limit": limit,
                "total_pages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = PaymentResponse.from_dict(items_item_data)

            items.append(items_item)

        total = d["total"]

        page = d["page"]

        limit = d["limit"]

        total_pages = d["total_pages"]

        paginated_response_payment_response = cls(
            items,
            total,
            page,
            limit,
            total_pages,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        paginated_response_payment_response.additional_properties = _extra
        return paginated_response_payment_response

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
        "items",
        "total",
        "page",
        "limit",
        "total_pages",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.payment_response import PaymentResponse  # noqa: E402

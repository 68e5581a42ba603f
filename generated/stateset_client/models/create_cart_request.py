from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_cart_request_metadata_type_0 import (
        CreateCartRequestMetadataType0,
    )


T = TypeVar("T", bound="CreateCartRequest")


@_attrs_define
class CreateCartRequest:
    """
    Attributes:
        currency (None | str | Unset):
        customer_id (None | Unset | UUID):
        metadata (CreateCartRequestMetadataType0 | None | Unset):
        session_id (None | str | Unset):
    """

    currency: None | str | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    metadata: CreateCartRequestMetadataType0 | None | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateCartRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        currency: None | str | Unset = d.get("currency", UNSET)

        _customer_id = d.get("customer_id", UNSET)
        customer_id: None | Unset | UUID
        if _customer_id is None or isinstance(_customer_id, Unset):
            customer_id = _customer_id
        else:
            customer_id = UUID(_customer_id)

        _metadata = d.get("metadata", UNSET)
        metadata: CreateCartRequestMetadataType0 | None | Unset
        if _metadata is None or isinstance(_metadata, Unset):
            metadata = _metadata
        else:
            metadata = CreateCartRequestMetadataType0.from_dict(_metadata)

        session_id: None | str | Unset = d.get("session_id", UNSET)

        create_cart_request = cls(
            currency,
            customer_id,
            metadata,
            session_id,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_cart_request.additional_properties = _extra
        return create_cart_request

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
        "currency",
        "customer_id",
        "metadata",
        "session_id",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.create_cart_request_metadata_type_0 import CreateCartRequestMetadataType0  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_item_error import BatchItemError
    from ..models.product_response import ProductResponse


T = TypeVar("T", bound="BatchProductResult")


@_attrs_define
class BatchProductResult:
    """
    Attributes:
        index (int):
        status (int):
        id (None | Unset | UUID): The id of the created product; null when the item failed.
        data (None | ProductResponse | Unset): The created object; absent when the request asked for `Prefer:
            return=minimal`.
        error (BatchItemError | None | Unset):
    """

    index: int
    status: int
    id: None | Unset | UUID = UNSET
    data: None | ProductResponse | Unset = UNSET
    error: BatchItemError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        status = self.status

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ProductResponse):
            data = self.data.to_dict()
        else:
            data = self.data

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BatchItemError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d["index"]

        status = d["status"]

        _id = d.get("id", UNSET)
        id: None | Unset | UUID
        if _id is None or isinstance(_id, Unset):
            id = _id
        else:
            id = UUID(_id)

        _data = d.get("data", UNSET)
        data: None | ProductResponse | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            data = ProductResponse.from_dict(_data)

        _error = d.get("error", UNSET)
        error: BatchItemError | None | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            error = BatchItemError.from_dict(_error)

        batch_product_result = cls(
            index,
            status,
            id,
            data,
            error,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        batch_product_result.additional_properties = _extra
        return batch_product_result

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
        "index",
        "status",
        "id",
        "data",
        "error",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.batch_item_error import BatchItemError  # noqa: E402
from ..models.product_response import ProductResponse  # noqa: E402

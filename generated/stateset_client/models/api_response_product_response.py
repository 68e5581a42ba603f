from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_response import ProductResponse
    from ..models.response_meta import ResponseMeta


T = TypeVar("T", bound="ApiResponseProductResponse")


@_attrs_define
class ApiResponseProductResponse:
    """Success envelope whose `data` is ProductResponse.

    Attributes:
        success (bool):
        data (ProductResponse | Unset):
        message (None | str | Unset):
        errors (list[str] | None | Unset):
        meta (None | ResponseMeta | Unset):
    """

    success: bool
    data: ProductResponse | Unset = UNSET
    message: None | str | Unset = UNSET
    errors: list[str] | None | Unset = UNSET
    meta: None | ResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        errors: list[str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ResponseMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        success = d["success"]

        _data = d.get("data", UNSET)
        data: ProductResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ProductResponse.from_dict(_data)

        message: None | str | Unset = d.get("message", UNSET)

        def _parse_errors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = cast(list[str], data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        errors = _parse_errors(d.get("errors", UNSET))

        _meta = d.get("meta", UNSET)
        meta: None | ResponseMeta | Unset
        if _meta is None or isinstance(_meta, Unset):
            meta = _meta
        else:
            meta = ResponseMeta.from_dict(_meta)

        api_response_product_response = cls(
            success,
            data,
            message,
            errors,
            meta,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        api_response_product_response.additional_properties = _extra
        return api_response_product_response

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
        "success",
        "data",
        "message",
        "errors",
        "meta",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.product_response import ProductResponse  # noqa: E402
from ..models.response_meta import ResponseMeta  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_dimensions_request import PackageDimensionsRequest


T = TypeVar("T", bound="PackageRequest")


@_attrs_define
class PackageRequest:
    """
    Attributes:
        package_number (str):
        weight (float):
        weight_unit (str):
        dimensions (None | PackageDimensionsRequest | Unset):
    """

    package_number: str
    weight: float
    weight_unit: str
    dimensions: None | PackageDimensionsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_number = self.package_number

        weight = self.weight

        weight_unit = self.weight_unit

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, PackageDimensionsRequest):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_number": package_number,
                "weight": weight,
                "weight_unit": weight_unit,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        package_number = d["package_number"]

        weight = d["weight"]

        weight_unit = d["weight_unit"]

        _dimensions = d.get("dimensions", UNSET)
        dimensions: None | PackageDimensionsRequest | Unset
        if _dimensions is None or isinstance(_dimensions, Unset):
            dimensions = _dimensions
        else:
            dimensions = PackageDimensionsRequest.from_dict(_dimensions)

        package_request = cls(
            package_number,
            weight,
            weight_unit,
            dimensions,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        package_request.additional_properties = _extra
        return package_request

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
        "package_number",
        "weight",
        "weight_unit",
        "dimensions",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.package_dimensions_request import PackageDimensionsRequest  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bom_component_request import BOMComponentRequest


T = TypeVar("T", bound="CreateBOMRequest")


@_attrs_define
class CreateBOMRequest:
    """
    Attributes:
        components (list[BOMComponentRequest]):
        name (str):
        product_id (UUID):
        revision (str):
        description (str):
    """

    components: list[BOMComponentRequest]
    name: str
    product_id: UUID
    revision: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        name = self.name

        product_id = str(self.product_id)

        revision = self.revision

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "components": components,
                "name": name,
                "product_id": product_id,
                "revision": revision,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        components = []
        _components = d["components"]
        for components_item_data in _components:
            components_item = BOMComponentRequest.from_dict(components_item_data)

            components.append(components_item)

        name = d["name"]

        product_id = UUID(d["product_id"])

        revision = d["revision"]

        description = d["description"]

        create_bom_request = cls(
            components,
            name,
            product_id,
            revision,
            description,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        create_bom_request.additional_properties = _extra
        return create_bom_request

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
        "components",
        "name",
        "product_id",
        "revision",
        "description",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.bom_component_request import BOMComponentRequest  # noqa: E402

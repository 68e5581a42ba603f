from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bom_response_status import BomResponseStatus, check_bom_response_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bom_component import BomComponent


T = TypeVar("T", bound="BomResponse")


@_attrs_define
class BomResponse:
    """
    Attributes:
        id (UUID):
        name (str):
        product_id (UUID):
        revision (str):
        status (BomResponseStatus):
        components (list[BomComponent]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_audited_at (datetime.datetime | None | Unset):
        last_audited_by (None | str | Unset):
    """

    id: UUID
    name: str
    product_id: UUID
    revision: str
    status: BomResponseStatus
    components: list[BomComponent]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_audited_at: datetime.datetime | None | Unset = UNSET
    last_audited_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        product_id = str(self.product_id)

        revision = self.revision

        status: str = self.status

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_audited_at: None | str | Unset
        if isinstance(self.last_audited_at, Unset):
            last_audited_at = UNSET
        elif isinstance(self.last_audited_at, datetime.datetime):
            last_audited_at = self.last_audited_at.isoformat()
        else:
            last_audited_at = self.last_audited_at

        last_audited_by: None | str | Unset
        if isinstance(self.last_audited_by, Unset):
            last_audited_by = UNSET
        else:
            last_audited_by = self.last_audited_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "product_id": product_id,
                "revision": revision,
                "status": status,
                "components": components,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if last_audited_at is not UNSET:
            field_dict["last_audited_at"] = last_audited_at
        if last_audited_by is not UNSET:
            field_dict["last_audited_by"] = last_audited_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        product_id = UUID(d["product_id"])

        revision = d["revision"]

        status = check_bom_response_status(d["status"])

        components = []
        _components = d["components"]
        for components_item_data in _components:
            components_item = BomComponent.from_dict(components_item_data)

            components.append(components_item)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        _last_audited_at = d.get("last_audited_at", UNSET)
        last_audited_at: datetime.datetime | None | Unset
        if _last_audited_at is None or isinstance(_last_audited_at, Unset):
            last_audited_at = _last_audited_at
        else:
            last_audited_at = datetime.datetime.fromisoformat(_last_audited_at)

        last_audited_by: None | str | Unset = d.get("last_audited_by", UNSET)

        bom_response = cls(
            id,
            name,
            product_id,
            revision,
            status,
            components,
            created_at,
            updated_at,
            last_audited_at,
            last_audited_by,
        )

        _extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if not d.keys() <= _KNOWN_KEYS
            else {}
        )

        bom_response.additional_properties = _extra
        return bom_response

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
        "id",
        "name",
        "product_id",
        "revision",
        "status",
        "components",
        "created_at",
        "updated_at",
        "last_audited_at",
        "last_audited_by",
    }
)


# Stateset: the models this one nests, imported once after the class instead of inside every
# from_dict/to_dict call (each such import statement costs microseconds per call). An import
# cycle back to this module resolves, since the class above is already defined.
from ..models.bom_component import BomComponent  # noqa: E402

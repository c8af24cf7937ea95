from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTag")


@_attrs_define
class ProjectTag:
    """A tag attached to a project.

    Example:
        {'id': 5, 'name': 'Marketing', 'color': '#FF5733'}

    Attributes:
        id (int | Unset):  Example: 5.
        name (str | Unset):  Example: Marketing.
        color (None | str | Unset): Hex colour of the tag. Example: #FF5733.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.id, Unset):
            field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.name, Unset):
            field_dict["name"] = _encoding.to_json(self.name)
        if not isinstance(self.color, Unset):
            field_dict["color"] = _encoding.to_json(self.color)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT)
        name = source.field("name", _decoding.STR)
        color = source.field("color", _decoding.nullable(_decoding.STR))

        project_tag = cls(
            id=id,
            name=name,
            color=color,
        )

        project_tag.additional_properties = source.rest()
        return project_tag

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectViewerProject")


@_attrs_define
class ProjectViewerProject:
    """A project that a viewer can see.

    Example:
        {'project_id': 100, 'project_name': 'Marketing Campaign Q1'}

    Attributes:
        project_id (int | Unset):  Example: 100.
        project_name (str | Unset):  Example: Marketing Campaign Q1.
    """

    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.project_name, Unset):
            field_dict["project_name"] = _encoding.to_json(self.project_name)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        project_id = source.field("project_id", _decoding.INT)
        project_name = source.field("project_name", _decoding.STR)

        project_viewer_project = cls(
            project_id=project_id,
            project_name=project_name,
        )

        project_viewer_project.additional_properties = source.rest()
        return project_viewer_project

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

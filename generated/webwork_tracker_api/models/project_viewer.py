from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.project_viewer_status import ProjectViewerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_viewer_project import ProjectViewerProject


T = TypeVar("T", bound="ProjectViewer")


@_attrs_define
class ProjectViewer:
    """A project viewer (client): a person outside the team with read-only access to selected projects of the workspace.

    Example:
        {'id': 100, 'email': 'viewer@example.com', 'firstname': 'John', 'lastname': 'Doe', 'status': 'active',
            'member_since': '2024-01-15T09:00:00Z', 'projects': [{'project_id': 100, 'project_name': 'Marketing Campaign
            Q1'}]}

    Attributes:
        id (int): User id of the viewer. Example: 100.
        email (str):  Example: viewer@example.com.
        firstname (str):  Example: John.
        lastname (str):  Example: Doe.
        status (None | ProjectViewerStatus | Unset):
        member_since (datetime.datetime | None | Unset): When the viewer joined the workspace. Example:
            2024-01-15T09:00:00Z.
        projects (list[ProjectViewerProject] | Unset): Projects the viewer can see.
    """

    id: int
    email: str
    firstname: str
    lastname: str
    status: None | ProjectViewerStatus | Unset = UNSET
    member_since: datetime.datetime | None | Unset = UNSET
    projects: list[ProjectViewerProject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["email"] = _encoding.to_json(self.email)
        field_dict["firstname"] = _encoding.to_json(self.firstname)
        field_dict["lastname"] = _encoding.to_json(self.lastname)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.member_since, Unset):
            field_dict["member_since"] = _encoding.to_json(self.member_since)
        if not isinstance(self.projects, Unset):
            field_dict["projects"] = _encoding.to_json(self.projects)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.project_viewer_project import ProjectViewerProject

        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        email = source.field("email", _decoding.STR, required=True)
        firstname = source.field("firstname", _decoding.STR, required=True)
        lastname = source.field("lastname", _decoding.STR, required=True)
        status = source.field("status", _decoding.nullable(_decoding.enum_of(ProjectViewerStatus)))
        member_since = source.field("member_since", _decoding.nullable(_decoding.DATETIME))
        projects = source.field("projects", _decoding.list_of(_decoding.model(ProjectViewerProject)))

        project_viewer = cls(
            id=id,
            email=email,
            firstname=firstname,
            lastname=lastname,
            status=status,
            member_since=member_since,
            projects=projects,
        )

        project_viewer.additional_properties = source.rest()
        return project_viewer

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

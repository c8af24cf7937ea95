from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProjectViewerStatus):
            status = self.status.value
        else:
            status = self.status

        member_since: None | str | Unset
        if isinstance(self.member_since, Unset):
            member_since = UNSET
        elif isinstance(self.member_since, datetime.datetime):
            member_since = self.member_since.isoformat()
        else:
            member_since = self.member_since

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if member_since is not UNSET:
            field_dict["member_since"] = member_since
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_viewer_project import ProjectViewerProject

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        def _parse_status(data: object) -> None | ProjectViewerStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProjectViewerStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectViewerStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_member_since(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                member_since_type_0 = datetime.datetime.fromisoformat(data)

                return member_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        member_since = _parse_member_since(d.pop("member_since", UNSET))

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectViewerProject] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectViewerProject.from_dict(projects_item_data)

                projects.append(projects_item)

        project_viewer = cls(
            id=id,
            email=email,
            firstname=firstname,
            lastname=lastname,
            status=status,
            member_since=member_since,
            projects=projects,
        )

        project_viewer.additional_properties = d
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_assignee import TaskAssignee


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A to-do item in a project. The documentation lists the fields up to the assignees; the fields after `assignees` are
    inferred from a catalog of the older documentation and are all optional.

        Example:
            {'id': 500, 'title': 'Implement user authentication', 'description': 'Add OAuth2 authentication support',
                'project_id': 100, 'owner_id': 10, 'creator_id': 100, 'status': 0, 'priority': 30, 'start_date': '2024-01-15',
                'end_date': '2024-01-30', 'completed_at': '2024-01-30T10:00:00Z', 'assignees': [{'id': 100, 'firstname': 'John',
                'lastname': 'Doe'}]}

        Attributes:
            id (int): Task id. Example: 500.
            title (str):  Example: Implement user authentication.
            project_id (int):  Example: 100.
            owner_id (int): User id of the workspace owner. Example: 10.
            creator_id (int): User id of the member who created the task. Example: 100.
            status (TaskStatus): Progress of a task: 0 Incomplete, 10 Doing, 20 Done, 30 Completed. The older documentation
                labels the same codes Open, In Progress, Done and Closed. Example: 0.
            priority (TaskPriority): Priority of a task: 10 Urgent, 20 High, 30 Normal, 40 Low. Example: 30.
            description (None | str | Unset):  Example: Add OAuth2 authentication support.
            start_date (datetime.date | None | Unset):  Example: 2024-01-15.
            end_date (datetime.date | None | Unset):  Example: 2024-01-30.
            completed_at (datetime.datetime | None | Unset): When the task was completed. Example: 2024-01-30T10:00:00Z.
            assignees (list[TaskAssignee] | Unset): Members assigned to the task.
            has_details (bool | None | Unset): Whether the task has details (inferred field; the example shows only its
                first letters).
            parent_id (int | None | Unset): Id of the parent task of a sub-task (inferred field).
            status_name (None | str | Unset): Label of `status` (inferred field).
            status_color (None | str | Unset): Colour of `status` (inferred field).
            priority_name (None | str | Unset): Label of `priority` (inferred field).
            created_at (None | str | Unset): When the task was created (inferred field; format not documented).
            updated_at (None | str | Unset): Last change of the task (inferred field; format not documented).
            deleted_at (None | str | Unset): When the task was deleted (inferred field; format not documented).
    """

    id: int
    title: str
    project_id: int
    owner_id: int
    creator_id: int
    status: TaskStatus
    priority: TaskPriority
    description: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    assignees: list[TaskAssignee] | Unset = UNSET
    has_details: bool | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    status_name: None | str | Unset = UNSET
    status_color: None | str | Unset = UNSET
    priority_name: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        project_id = self.project_id

        owner_id = self.owner_id

        creator_id = self.creator_id

        status = self.status.value

        priority = self.priority.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        assignees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = []
            for assignees_item_data in self.assignees:
                assignees_item = assignees_item_data.to_dict()
                assignees.append(assignees_item)

        has_details: bool | None | Unset
        if isinstance(self.has_details, Unset):
            has_details = UNSET
        else:
            has_details = self.has_details

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        status_name: None | str | Unset
        if isinstance(self.status_name, Unset):
            status_name = UNSET
        else:
            status_name = self.status_name

        status_color: None | str | Unset
        if isinstance(self.status_color, Unset):
            status_color = UNSET
        else:
            status_color = self.status_color

        priority_name: None | str | Unset
        if isinstance(self.priority_name, Unset):
            priority_name = UNSET
        else:
            priority_name = self.priority_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "project_id": project_id,
                "owner_id": owner_id,
                "creator_id": creator_id,
                "status": status,
                "priority": priority,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if has_details is not UNSET:
            field_dict["has_details"] = has_details
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if status_color is not UNSET:
            field_dict["status_color"] = status_color
        if priority_name is not UNSET:
            field_dict["priority_name"] = priority_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_assignee import TaskAssignee

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        project_id = d.pop("project_id")

        owner_id = d.pop("owner_id")

        creator_id = d.pop("creator_id")

        status = TaskStatus(d.pop("status"))

        priority = TaskPriority(d.pop("priority"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _assignees = d.pop("assignees", UNSET)
        assignees: list[TaskAssignee] | Unset = UNSET
        if _assignees is not UNSET:
            assignees = []
            for assignees_item_data in _assignees:
                assignees_item = TaskAssignee.from_dict(assignees_item_data)

                assignees.append(assignees_item)

        def _parse_has_details(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_details = _parse_has_details(d.pop("has_details", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_status_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_name = _parse_status_name(d.pop("status_name", UNSET))

        def _parse_status_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_color = _parse_status_color(d.pop("status_color", UNSET))

        def _parse_priority_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority_name = _parse_priority_name(d.pop("priority_name", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        task = cls(
            id=id,
            title=title,
            project_id=project_id,
            owner_id=owner_id,
            creator_id=creator_id,
            status=status,
            priority=priority,
            description=description,
            start_date=start_date,
            end_date=end_date,
            completed_at=completed_at,
            assignees=assignees,
            has_details=has_details,
            parent_id=parent_id,
            status_name=status_name,
            status_color=status_color,
            priority_name=priority_name,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        task.additional_properties = d
        return task

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """A new task in a project. `workspace_id`, `project_id` and `title` are required by the older documentation; the
    current documentation does not mark required fields.

        Example:
            {'workspace_id': 1, 'project_id': 100, 'title': 'Implement user authentication', 'description': 'Add OAuth2
                authentication support', 'status': 0, 'priority': 30, 'start_date': '2024-01-15', 'end_date': '2024-01-30',
                'assignees': [100, 101]}

        Attributes:
            workspace_id (int):  Example: 1.
            project_id (int):  Example: 100.
            title (str):  Example: Implement user authentication.
            description (str | Unset):  Example: Add OAuth2 authentication support.
            status (TaskStatus | Unset): Progress of a task: 0 Incomplete, 10 Doing, 20 Done, 30 Completed. The older
                documentation labels the same codes Open, In Progress, Done and Closed. Default: TaskStatus.INCOMPLETE. Example:
                0.
            priority (TaskPriority | Unset): Priority of a task: 10 Urgent, 20 High, 30 Normal, 40 Low. Default:
                TaskPriority.NORMAL. Example: 30.
            start_date (datetime.date | Unset):  Example: 2024-01-15.
            end_date (datetime.date | Unset): Must be on or after `start_date`. Example: 2024-01-30.
            assignees (list[int] | Unset): User ids of the members to assign to the new task. Example: [100, 101].
            parent_id (int | Unset): Id of the parent task, making the new task a sub-task (older documentation only).
                Example: 480.
    """

    workspace_id: int
    project_id: int
    title: str
    description: str | Unset = UNSET
    status: TaskStatus | Unset = TaskStatus.INCOMPLETE
    priority: TaskPriority | Unset = TaskPriority.NORMAL
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    assignees: list[int] | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        project_id = self.project_id

        title = self.title

        description = self.description

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        assignees: list[int] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = self.assignees

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "project_id": project_id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        project_id = d.pop("project_id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        assignees = cast(list[int], d.pop("assignees", UNSET))

        parent_id = d.pop("parent_id", UNSET)

        task_create = cls(
            workspace_id=workspace_id,
            project_id=project_id,
            title=title,
            description=description,
            status=status,
            priority=priority,
            start_date=start_date,
            end_date=end_date,
            assignees=assignees,
            parent_id=parent_id,
        )

        task_create.additional_properties = d
        return task_create

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

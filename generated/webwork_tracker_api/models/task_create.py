from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["project_id"] = _encoding.to_json(self.project_id)
        field_dict["title"] = _encoding.to_json(self.title)
        if not isinstance(self.description, Unset):
            field_dict["description"] = _encoding.to_json(self.description)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.priority, Unset):
            field_dict["priority"] = _encoding.to_json(self.priority)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)
        if not isinstance(self.end_date, Unset):
            field_dict["end_date"] = _encoding.to_json(self.end_date)
        if not isinstance(self.assignees, Unset):
            field_dict["assignees"] = _encoding.to_json(self.assignees)
        if not isinstance(self.parent_id, Unset):
            field_dict["parent_id"] = _encoding.to_json(self.parent_id)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        project_id = source.field("project_id", _decoding.INT, required=True)
        title = source.field("title", _decoding.STR, required=True)
        description = source.field("description", _decoding.STR)
        status = source.field("status", _decoding.enum_of(TaskStatus))
        priority = source.field("priority", _decoding.enum_of(TaskPriority))
        start_date = source.field("start_date", _decoding.DATE)
        end_date = source.field("end_date", _decoding.DATE)
        assignees = source.field("assignees", _decoding.list_of(_decoding.INT))
        parent_id = source.field("parent_id", _decoding.INT)

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

        task_create.additional_properties = source.rest()
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

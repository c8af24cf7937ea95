from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["title"] = _encoding.to_json(self.title)
        field_dict["project_id"] = _encoding.to_json(self.project_id)
        field_dict["owner_id"] = _encoding.to_json(self.owner_id)
        field_dict["creator_id"] = _encoding.to_json(self.creator_id)
        field_dict["status"] = _encoding.to_json(self.status)
        field_dict["priority"] = _encoding.to_json(self.priority)
        if not isinstance(self.description, Unset):
            field_dict["description"] = _encoding.to_json(self.description)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)
        if not isinstance(self.end_date, Unset):
            field_dict["end_date"] = _encoding.to_json(self.end_date)
        if not isinstance(self.completed_at, Unset):
            field_dict["completed_at"] = _encoding.to_json(self.completed_at)
        if not isinstance(self.assignees, Unset):
            field_dict["assignees"] = _encoding.to_json(self.assignees)
        if not isinstance(self.has_details, Unset):
            field_dict["has_details"] = _encoding.to_json(self.has_details)
        if not isinstance(self.parent_id, Unset):
            field_dict["parent_id"] = _encoding.to_json(self.parent_id)
        if not isinstance(self.status_name, Unset):
            field_dict["status_name"] = _encoding.to_json(self.status_name)
        if not isinstance(self.status_color, Unset):
            field_dict["status_color"] = _encoding.to_json(self.status_color)
        if not isinstance(self.priority_name, Unset):
            field_dict["priority_name"] = _encoding.to_json(self.priority_name)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = _encoding.to_json(self.created_at)
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = _encoding.to_json(self.updated_at)
        if not isinstance(self.deleted_at, Unset):
            field_dict["deleted_at"] = _encoding.to_json(self.deleted_at)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.task_assignee import TaskAssignee

        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        title = source.field("title", _decoding.STR, required=True)
        project_id = source.field("project_id", _decoding.INT, required=True)
        owner_id = source.field("owner_id", _decoding.INT, required=True)
        creator_id = source.field("creator_id", _decoding.INT, required=True)
        status = source.field("status", _decoding.enum_of(TaskStatus), required=True)
        priority = source.field("priority", _decoding.enum_of(TaskPriority), required=True)
        description = source.field("description", _decoding.nullable(_decoding.STR))
        start_date = source.field("start_date", _decoding.nullable(_decoding.DATE))
        end_date = source.field("end_date", _decoding.nullable(_decoding.DATE))
        completed_at = source.field("completed_at", _decoding.nullable(_decoding.DATETIME))
        assignees = source.field("assignees", _decoding.list_of(_decoding.model(TaskAssignee)))
        has_details = source.field("has_details", _decoding.nullable(_decoding.BOOL))
        parent_id = source.field("parent_id", _decoding.nullable(_decoding.INT))
        status_name = source.field("status_name", _decoding.nullable(_decoding.STR))
        status_color = source.field("status_color", _decoding.nullable(_decoding.STR))
        priority_name = source.field("priority_name", _decoding.nullable(_decoding.STR))
        created_at = source.field("created_at", _decoding.nullable(_decoding.STR))
        updated_at = source.field("updated_at", _decoding.nullable(_decoding.STR))
        deleted_at = source.field("deleted_at", _decoding.nullable(_decoding.STR))

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

        task.additional_properties = source.rest()
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

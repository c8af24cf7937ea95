from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """A new project. The budget is sent as `budget` and comes back as `budget_estimation`.

    Example:
        {'workspace_id': 1, 'name': 'Marketing Campaign Q1', 'start_date': '2024-01-15', 'deadline': '2024-03-31',
            'estimation': 120, 'budget': 5000, 'notes': 'Focus on social media channels', 'icon': 'project-icon-1'}

    Attributes:
        workspace_id (int):  Example: 1.
        name (str):  Example: Marketing Campaign Q1.
        start_date (datetime.date | Unset):  Example: 2024-01-15.
        deadline (datetime.date | Unset): Must be on or after `start_date`. Example: 2024-03-31.
        estimation (float | Unset): Estimated effort in hours. Example: 120.
        budget (float | Unset):  Example: 5000.
        notes (str | Unset):  Example: Focus on social media channels.
        icon (str | Unset):  Example: project-icon-1.
    """

    workspace_id: int
    name: str
    start_date: datetime.date | Unset = UNSET
    deadline: datetime.date | Unset = UNSET
    estimation: float | Unset = UNSET
    budget: float | Unset = UNSET
    notes: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        name = self.name

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        deadline: str | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.isoformat()

        estimation = self.estimation

        budget = self.budget

        notes = self.notes

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "name": name,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if estimation is not UNSET:
            field_dict["estimation"] = estimation
        if budget is not UNSET:
            field_dict["budget"] = budget
        if notes is not UNSET:
            field_dict["notes"] = notes
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _deadline = d.pop("deadline", UNSET)
        deadline: datetime.date | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = datetime.date.fromisoformat(_deadline)

        estimation = d.pop("estimation", UNSET)

        budget = d.pop("budget", UNSET)

        notes = d.pop("notes", UNSET)

        icon = d.pop("icon", UNSET)

        project_create = cls(
            workspace_id=workspace_id,
            name=name,
            start_date=start_date,
            deadline=deadline,
            estimation=estimation,
            budget=budget,
            notes=notes,
            icon=icon,
        )

        project_create.additional_properties = d
        return project_create

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

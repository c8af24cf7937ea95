from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["name"] = _encoding.to_json(self.name)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)
        if not isinstance(self.deadline, Unset):
            field_dict["deadline"] = _encoding.to_json(self.deadline)
        if not isinstance(self.estimation, Unset):
            field_dict["estimation"] = _encoding.to_json(self.estimation)
        if not isinstance(self.budget, Unset):
            field_dict["budget"] = _encoding.to_json(self.budget)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)
        if not isinstance(self.icon, Unset):
            field_dict["icon"] = _encoding.to_json(self.icon)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        name = source.field("name", _decoding.STR, required=True)
        start_date = source.field("start_date", _decoding.DATE)
        deadline = source.field("deadline", _decoding.DATE)
        estimation = source.field("estimation", _decoding.FLOAT)
        budget = source.field("budget", _decoding.FLOAT)
        notes = source.field("notes", _decoding.STR)
        icon = source.field("icon", _decoding.STR)

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

        project_create.additional_properties = source.rest()
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

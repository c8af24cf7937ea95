from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_tag import ProjectTag


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project of a workspace. Members join a project through contracts; the project reports only how many it has. The
    documentation does not say what the integer `status` values mean or which `screenshots` values exist.

        Example:
            {'id': 100, 'name': 'Marketing Campaign Q1', 'owner_id': 10, 'start_date': '2024-01-15', 'deadline':
                '2024-03-31', 'estimation': 120, 'budget_estimation': 5000, 'notes': 'Focus on social media channels', 'icon':
                'project-icon-1', 'is_billable': True, 'rate': 0, 'weekly_hours_limit': 168, 'screenshots': 'blur', 'tags':
                [{'id': 5, 'name': 'Marketing', 'color': '#FF5733'}], 'contracts_count': 3, 'status': 1, 'created_at':
                '2024-01-15T09:00:00Z', 'updated_at': '2024-01-15T09:00:00Z', 'deleted_at': None}

        Attributes:
            id (int): Project id. Example: 100.
            name (str):  Example: Marketing Campaign Q1.
            owner_id (int): User id of the workspace owner. Example: 10.
            start_date (datetime.date | None | Unset):  Example: 2024-01-15.
            deadline (datetime.date | None | Unset):  Example: 2024-03-31.
            estimation (float | None | Unset): Estimated effort in hours. Example: 120.
            budget_estimation (float | None | Unset): Budget of the project, sent as `budget` when the project is created.
                Example: 5000.
            notes (None | str | Unset):  Example: Focus on social media channels.
            icon (None | str | Unset):  Example: project-icon-1.
            is_billable (bool | Unset):  Example: True.
            rate (float | None | Unset): Hourly rate of the project. Example: 0.
            weekly_hours_limit (int | None | Unset): Weekly cap on tracked hours. Example: 168.
            screenshots (None | str | Unset): Screenshot visibility setting (the set of values is not documented). Example:
                blur.
            tags (list[ProjectTag] | Unset): Tags attached to the project.
            contracts_count (int | Unset): Number of active contracts, which is the number of members assigned. Example: 3.
            status (int | Unset): Project status code (the meaning of the values is not documented). Example: 1.
            created_at (datetime.datetime | None | Unset):  Example: 2024-01-15T09:00:00Z.
            updated_at (datetime.datetime | None | Unset): Last change of the project (type taken from the example).
                Example: 2024-01-15T09:00:00Z.
            deleted_at (datetime.datetime | None | Unset): When the project was archived, or null (type taken from the
                example).
    """

    id: int
    name: str
    owner_id: int
    start_date: datetime.date | None | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    estimation: float | None | Unset = UNSET
    budget_estimation: float | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    is_billable: bool | Unset = UNSET
    rate: float | None | Unset = UNSET
    weekly_hours_limit: int | None | Unset = UNSET
    screenshots: None | str | Unset = UNSET
    tags: list[ProjectTag] | Unset = UNSET
    contracts_count: int | Unset = UNSET
    status: int | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["name"] = _encoding.to_json(self.name)
        field_dict["owner_id"] = _encoding.to_json(self.owner_id)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)
        if not isinstance(self.deadline, Unset):
            field_dict["deadline"] = _encoding.to_json(self.deadline)
        if not isinstance(self.estimation, Unset):
            field_dict["estimation"] = _encoding.to_json(self.estimation)
        if not isinstance(self.budget_estimation, Unset):
            field_dict["budget_estimation"] = _encoding.to_json(self.budget_estimation)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)
        if not isinstance(self.icon, Unset):
            field_dict["icon"] = _encoding.to_json(self.icon)
        if not isinstance(self.is_billable, Unset):
            field_dict["is_billable"] = _encoding.to_json(self.is_billable)
        if not isinstance(self.rate, Unset):
            field_dict["rate"] = _encoding.to_json(self.rate)
        if not isinstance(self.weekly_hours_limit, Unset):
            field_dict["weekly_hours_limit"] = _encoding.to_json(self.weekly_hours_limit)
        if not isinstance(self.screenshots, Unset):
            field_dict["screenshots"] = _encoding.to_json(self.screenshots)
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = _encoding.to_json(self.tags)
        if not isinstance(self.contracts_count, Unset):
            field_dict["contracts_count"] = _encoding.to_json(self.contracts_count)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
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
        from ..models.project_tag import ProjectTag

        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        name = source.field("name", _decoding.STR, required=True)
        owner_id = source.field("owner_id", _decoding.INT, required=True)
        start_date = source.field("start_date", _decoding.nullable(_decoding.DATE))
        deadline = source.field("deadline", _decoding.nullable(_decoding.DATE))
        estimation = source.field("estimation", _decoding.nullable(_decoding.FLOAT))
        budget_estimation = source.field("budget_estimation", _decoding.nullable(_decoding.FLOAT))
        notes = source.field("notes", _decoding.nullable(_decoding.STR))
        icon = source.field("icon", _decoding.nullable(_decoding.STR))
        is_billable = source.field("is_billable", _decoding.BOOL)
        rate = source.field("rate", _decoding.nullable(_decoding.FLOAT))
        weekly_hours_limit = source.field("weekly_hours_limit", _decoding.nullable(_decoding.INT))
        screenshots = source.field("screenshots", _decoding.nullable(_decoding.STR))
        tags = source.field("tags", _decoding.list_of(_decoding.model(ProjectTag)))
        contracts_count = source.field("contracts_count", _decoding.INT)
        status = source.field("status", _decoding.INT)
        created_at = source.field("created_at", _decoding.nullable(_decoding.DATETIME))
        updated_at = source.field("updated_at", _decoding.nullable(_decoding.DATETIME))
        deleted_at = source.field("deleted_at", _decoding.nullable(_decoding.DATETIME))

        project = cls(
            id=id,
            name=name,
            owner_id=owner_id,
            start_date=start_date,
            deadline=deadline,
            estimation=estimation,
            budget_estimation=budget_estimation,
            notes=notes,
            icon=icon,
            is_billable=is_billable,
            rate=rate,
            weekly_hours_limit=weekly_hours_limit,
            screenshots=screenshots,
            tags=tags,
            contracts_count=contracts_count,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        project.additional_properties = source.rest()
        return project

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

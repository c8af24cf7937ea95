from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        name = self.name

        owner_id = self.owner_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        estimation: float | None | Unset
        if isinstance(self.estimation, Unset):
            estimation = UNSET
        else:
            estimation = self.estimation

        budget_estimation: float | None | Unset
        if isinstance(self.budget_estimation, Unset):
            budget_estimation = UNSET
        else:
            budget_estimation = self.budget_estimation

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        is_billable = self.is_billable

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        weekly_hours_limit: int | None | Unset
        if isinstance(self.weekly_hours_limit, Unset):
            weekly_hours_limit = UNSET
        else:
            weekly_hours_limit = self.weekly_hours_limit

        screenshots: None | str | Unset
        if isinstance(self.screenshots, Unset):
            screenshots = UNSET
        else:
            screenshots = self.screenshots

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        contracts_count = self.contracts_count

        status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner_id": owner_id,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if estimation is not UNSET:
            field_dict["estimation"] = estimation
        if budget_estimation is not UNSET:
            field_dict["budget_estimation"] = budget_estimation
        if notes is not UNSET:
            field_dict["notes"] = notes
        if icon is not UNSET:
            field_dict["icon"] = icon
        if is_billable is not UNSET:
            field_dict["is_billable"] = is_billable
        if rate is not UNSET:
            field_dict["rate"] = rate
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contracts_count is not UNSET:
            field_dict["contracts_count"] = contracts_count
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_tag import ProjectTag

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        owner_id = d.pop("owner_id")

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

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_estimation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estimation = _parse_estimation(d.pop("estimation", UNSET))

        def _parse_budget_estimation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget_estimation = _parse_budget_estimation(d.pop("budget_estimation", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        is_billable = d.pop("is_billable", UNSET)

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_weekly_hours_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_hours_limit = _parse_weekly_hours_limit(d.pop("weekly_hours_limit", UNSET))

        def _parse_screenshots(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshots = _parse_screenshots(d.pop("screenshots", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[ProjectTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ProjectTag.from_dict(tags_item_data)

                tags.append(tags_item)

        contracts_count = d.pop("contracts_count", UNSET)

        status = d.pop("status", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

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

        project.additional_properties = d
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

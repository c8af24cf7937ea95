from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntryCreated")


@_attrs_define
class TimeEntryCreated:
    """The time entry that was saved. The documentation lists the fields up to `method`; the others follow the list
    operation's entries, and whether `id` is returned is not shown.

        Example:
            {'user_id': 100, 'contract_id': 20, 'project_id': 10, 'project_name': 'Website Redesign', 'task_id': 5,
                'task_title': 'Update homepage design', 'activity_description': 'Working on feature implementation', 'method':
                'Manually added time'}

        Attributes:
            id (str | Unset): Encrypted UUID of the new entry, if the API returns it. Example: a1b2c3d4-e5f6-7890-abcd-
                ef1234567890.
            user_id (int | Unset):  Example: 100.
            contract_id (int | None | Unset):  Example: 20.
            project_id (int | None | Unset):  Example: 10.
            project_name (None | str | Unset):  Example: Website Redesign.
            task_id (int | None | Unset):  Example: 5.
            task_title (None | str | Unset):  Example: Update homepage design.
            activity_description (None | str | Unset):  Example: Working on feature implementation.
            method (str | Unset):  Example: Manually added time.
            date (datetime.date | Unset):  Example: 2026-01-29.
            start_time (datetime.datetime | Unset):  Example: 2026-01-29T09:00:00Z.
            end_time (datetime.datetime | None | Unset):  Example: 2026-01-29T17:00:00Z.
            duration_minutes (int | Unset):  Example: 480.
    """

    id: str | Unset = UNSET
    user_id: int | Unset = UNSET
    contract_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    task_title: None | str | Unset = UNSET
    activity_description: None | str | Unset = UNSET
    method: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    duration_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        contract_id: int | None | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        task_title: None | str | Unset
        if isinstance(self.task_title, Unset):
            task_title = UNSET
        else:
            task_title = self.task_title

        activity_description: None | str | Unset
        if isinstance(self.activity_description, Unset):
            activity_description = UNSET
        else:
            activity_description = self.activity_description

        method = self.method

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        duration_minutes = self.duration_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_title is not UNSET:
            field_dict["task_title"] = task_title
        if activity_description is not UNSET:
            field_dict["activity_description"] = activity_description
        if method is not UNSET:
            field_dict["method"] = method
        if date is not UNSET:
            field_dict["date"] = date
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        def _parse_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_task_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_title = _parse_task_title(d.pop("task_title", UNSET))

        def _parse_activity_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_description = _parse_activity_description(d.pop("activity_description", UNSET))

        method = d.pop("method", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        duration_minutes = d.pop("duration_minutes", UNSET)

        time_entry_created = cls(
            id=id,
            user_id=user_id,
            contract_id=contract_id,
            project_id=project_id,
            project_name=project_name,
            task_id=task_id,
            task_title=task_title,
            activity_description=activity_description,
            method=method,
            date=date,
            start_time=start_time,
            end_time=end_time,
            duration_minutes=duration_minutes,
        )

        time_entry_created.additional_properties = d
        return time_entry_created

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

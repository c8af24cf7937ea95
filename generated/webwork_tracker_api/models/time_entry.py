from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntry")


@_attrs_define
class TimeEntry:
    """One recorded block of time. Times are ISO 8601 in UTC; the note sent as `notes` is returned as
    `activity_description`.

        Example:
            {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'user_id': 100, 'contract_id': 20, 'project_id': 10,
                'project_name': 'Website Redesign', 'task_id': 5, 'task_title': 'Update homepage design',
                'activity_description': 'Working on feature implementation', 'method': 'Desktop tracker', 'date': '2026-01-29',
                'start_time': '2026-01-29T09:00:00Z', 'end_time': '2026-01-29T17:00:00Z', 'duration_minutes': 480}

        Attributes:
            id (str): Encrypted UUID of the time entry. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            user_id (int | Unset):  Example: 100.
            contract_id (int | None | Unset): Contract (project-member assignment) the time was tracked on. Example: 20.
            project_id (int | None | Unset):  Example: 10.
            project_name (None | str | Unset):  Example: Website Redesign.
            task_id (int | None | Unset):  Example: 5.
            task_title (None | str | Unset):  Example: Update homepage design.
            activity_description (None | str | Unset):  Example: Working on feature implementation.
            method (str | Unset): How the time was recorded. Free text; the documented values are `Desktop tracker`, `Mobile
                tracker`, `Manually added time`, `Extension tracker`, `Web tracker`, `Idle time`, `Paid leave`, `Break` and
                `Paid holiday`. Example: Desktop tracker.
            date (datetime.date | Unset):  Example: 2026-01-29.
            start_time (datetime.datetime | Unset):  Example: 2026-01-29T09:00:00Z.
            end_time (datetime.datetime | None | Unset): End of the entry; null is accepted for an entry that is still
                running. Example: 2026-01-29T17:00:00Z.
            duration_minutes (int | Unset): Length of the entry in minutes. Example: 480.
    """

    id: str
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.project_name, Unset):
            field_dict["project_name"] = _encoding.to_json(self.project_name)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.task_title, Unset):
            field_dict["task_title"] = _encoding.to_json(self.task_title)
        if not isinstance(self.activity_description, Unset):
            field_dict["activity_description"] = _encoding.to_json(self.activity_description)
        if not isinstance(self.method, Unset):
            field_dict["method"] = _encoding.to_json(self.method)
        if not isinstance(self.date, Unset):
            field_dict["date"] = _encoding.to_json(self.date)
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = _encoding.to_json(self.start_time)
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = _encoding.to_json(self.end_time)
        if not isinstance(self.duration_minutes, Unset):
            field_dict["duration_minutes"] = _encoding.to_json(self.duration_minutes)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.STR, required=True)
        user_id = source.field("user_id", _decoding.INT)
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        project_id = source.field("project_id", _decoding.nullable(_decoding.INT))
        project_name = source.field("project_name", _decoding.nullable(_decoding.STR))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        task_title = source.field("task_title", _decoding.nullable(_decoding.STR))
        activity_description = source.field("activity_description", _decoding.nullable(_decoding.STR))
        method = source.field("method", _decoding.STR)
        date = source.field("date", _decoding.DATE)
        start_time = source.field("start_time", _decoding.DATETIME)
        end_time = source.field("end_time", _decoding.nullable(_decoding.DATETIME))
        duration_minutes = source.field("duration_minutes", _decoding.INT)

        time_entry = cls(
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

        time_entry.additional_properties = source.rest()
        return time_entry

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

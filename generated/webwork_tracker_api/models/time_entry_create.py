from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntryCreate")


@_attrs_define
class TimeEntryCreate:
    """A time entry added by hand. `start_time` and `end_time` are wall-clock times (`HH:mm`) on `date`; the documentation
    does not say in which time zone.

        Example:
            {'workspace_id': 1, 'user_id': 100, 'contract_id': 20, 'task_id': 5, 'notes': 'Working on feature
                implementation', 'date': '2026-01-29', 'start_time': '09:00', 'end_time': '17:00'}

        Attributes:
            workspace_id (int):  Example: 1.
            user_id (int):  Example: 100.
            date (datetime.date):  Example: 2026-01-29.
            start_time (str): Start as `HH:mm`. Example: 09:00.
            end_time (str): End as `HH:mm`; must be after `start_time`. Example: 17:00.
            contract_id (int | None | Unset): Contract (project-member assignment) to record the time on. Example: 20.
            task_id (int | None | Unset):  Example: 5.
            notes (None | str | Unset): Activity note, returned as `activity_description`. Example: Working on feature
                implementation.
    """

    workspace_id: int
    user_id: int
    date: datetime.date
    start_time: str
    end_time: str
    contract_id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        user_id = self.user_id

        date = self.date.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        contract_id: int | None | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "user_id": user_id,
                "date": date,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        time_entry_create = cls(
            workspace_id=workspace_id,
            user_id=user_id,
            date=date,
            start_time=start_time,
            end_time=end_time,
            contract_id=contract_id,
            task_id=task_id,
            notes=notes,
        )

        time_entry_create.additional_properties = d
        return time_entry_create

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

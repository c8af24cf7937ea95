from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        field_dict["date"] = _encoding.to_json(self.date)
        field_dict["start_time"] = _encoding.to_json(self.start_time)
        field_dict["end_time"] = _encoding.to_json(self.end_time)
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        date = source.field("date", _decoding.DATE, required=True)
        start_time = source.field("start_time", _decoding.STR, required=True)
        end_time = source.field("end_time", _decoding.STR, required=True)
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        notes = source.field("notes", _decoding.nullable(_decoding.STR))

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

        time_entry_create.additional_properties = source.rest()
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

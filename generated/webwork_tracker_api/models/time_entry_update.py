from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntryUpdate")


@_attrs_define
class TimeEntryUpdate:
    """Changes to a time entry. Only the fields sent are changed; when only one of `start_time` and `end_time` is sent, the
    other keeps its stored value.

        Example:
            {'workspace_id': 1, 'notes': 'Updated activity description', 'end_time': '17:30'}

        Attributes:
            workspace_id (int):  Example: 1.
            project_id (int | None | Unset):  Example: 10.
            task_id (int | None | Unset):  Example: 5.
            notes (None | str | Unset):  Example: Updated activity description.
            date (datetime.date | Unset):  Example: 2026-01-29.
            start_time (str | Unset): Start as `HH:mm`. Example: 09:00.
            end_time (str | Unset): End as `HH:mm`; must be after the start. Example: 17:30.
    """

    workspace_id: int
    project_id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)
        if not isinstance(self.date, Unset):
            field_dict["date"] = _encoding.to_json(self.date)
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = _encoding.to_json(self.start_time)
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = _encoding.to_json(self.end_time)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        project_id = source.field("project_id", _decoding.nullable(_decoding.INT))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        notes = source.field("notes", _decoding.nullable(_decoding.STR))
        date = source.field("date", _decoding.DATE)
        start_time = source.field("start_time", _decoding.STR)
        end_time = source.field("end_time", _decoding.STR)

        time_entry_update = cls(
            workspace_id=workspace_id,
            project_id=project_id,
            task_id=task_id,
            notes=notes,
            date=date,
            start_time=start_time,
            end_time=end_time,
        )

        time_entry_update.additional_properties = source.rest()
        return time_entry_update

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

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.id, Unset):
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
        _decoders = _field_decoders()
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoders[0])
        user_id = source.field("user_id", _decoders[1])
        contract_id = source.field("contract_id", _decoders[2])
        project_id = source.field("project_id", _decoders[3])
        project_name = source.field("project_name", _decoders[4])
        task_id = source.field("task_id", _decoders[5])
        task_title = source.field("task_title", _decoders[6])
        activity_description = source.field("activity_description", _decoders[7])
        method = source.field("method", _decoders[8])
        date = source.field("date", _decoders[9])
        start_time = source.field("start_time", _decoders[10])
        end_time = source.field("end_time", _decoders[11])
        duration_minutes = source.field("duration_minutes", _decoders[12])

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

        time_entry_created.additional_properties = source.rest()
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


# Built on the first from_dict rather than at import, because the decoders of nested models need
# the lazy imports, and once rather than per object, because from_dict runs for every item.
@functools.cache
def _field_decoders() -> tuple[_decoding.Decoder, ...]:
    """Return the decoders of TimeEntryCreated's fields in from_dict order, then of its typed extra fields."""
    return (
        _decoding.STR,
        _decoding.INT,
        _decoding.nullable(_decoding.INT),
        _decoding.nullable(_decoding.INT),
        _decoding.nullable(_decoding.STR),
        _decoding.nullable(_decoding.INT),
        _decoding.nullable(_decoding.STR),
        _decoding.nullable(_decoding.STR),
        _decoding.STR,
        _decoding.DATE,
        _decoding.DATETIME,
        _decoding.nullable(_decoding.DATETIME),
        _decoding.INT,
    )

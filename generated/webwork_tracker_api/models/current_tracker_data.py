from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentTrackerData")


@_attrs_define
class CurrentTrackerData:
    """What a user's running tracker has recorded today. Only trackers started from the API or the browser are visible.

    Example:
        {'contract_id': 598672, 'user_id': 45696, 'activity_description': 'Working on API documentation', 'task_id':
            3917798, 'task_title': 'Adding timesheets', 'total_seconds': 9, 'total_minutes': 7, 'date': '2025-12-08'}

    Attributes:
        contract_id (int | None | Unset): Contract of the running tracker; null when tracking without a project.
            Example: 598672.
        user_id (int | Unset):  Example: 45696.
        activity_description (None | str | Unset):  Example: Working on API documentation.
        task_id (int | None | Unset):  Example: 3917798.
        task_title (None | str | Unset):  Example: Adding timesheets.
        total_seconds (int | Unset): Seconds of the running tracker left over after its whole minutes (not a total).
            Example: 9.
        total_minutes (int | Unset): Minutes saved today plus the whole minutes of the running tracker. Example: 7.
        date (datetime.date | Unset): Day the totals refer to. Example: 2025-12-08.
    """

    contract_id: int | None | Unset = UNSET
    user_id: int | Unset = UNSET
    activity_description: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    task_title: None | str | Unset = UNSET
    total_seconds: int | Unset = UNSET
    total_minutes: int | Unset = UNSET
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.activity_description, Unset):
            field_dict["activity_description"] = _encoding.to_json(self.activity_description)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.task_title, Unset):
            field_dict["task_title"] = _encoding.to_json(self.task_title)
        if not isinstance(self.total_seconds, Unset):
            field_dict["total_seconds"] = _encoding.to_json(self.total_seconds)
        if not isinstance(self.total_minutes, Unset):
            field_dict["total_minutes"] = _encoding.to_json(self.total_minutes)
        if not isinstance(self.date, Unset):
            field_dict["date"] = _encoding.to_json(self.date)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        user_id = source.field("user_id", _decoding.INT)
        activity_description = source.field("activity_description", _decoding.nullable(_decoding.STR))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        task_title = source.field("task_title", _decoding.nullable(_decoding.STR))
        total_seconds = source.field("total_seconds", _decoding.INT)
        total_minutes = source.field("total_minutes", _decoding.INT)
        date = source.field("date", _decoding.DATE)

        current_tracker_data = cls(
            contract_id=contract_id,
            user_id=user_id,
            activity_description=activity_description,
            task_id=task_id,
            task_title=task_title,
            total_seconds=total_seconds,
            total_minutes=total_minutes,
            date=date,
        )

        current_tracker_data.additional_properties = source.rest()
        return current_tracker_data

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

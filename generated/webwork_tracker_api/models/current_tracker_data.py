from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        contract_id: int | None | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        user_id = self.user_id

        activity_description: None | str | Unset
        if isinstance(self.activity_description, Unset):
            activity_description = UNSET
        else:
            activity_description = self.activity_description

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

        total_seconds = self.total_seconds

        total_minutes = self.total_minutes

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if activity_description is not UNSET:
            field_dict["activity_description"] = activity_description
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_title is not UNSET:
            field_dict["task_title"] = task_title
        if total_seconds is not UNSET:
            field_dict["total_seconds"] = total_seconds
        if total_minutes is not UNSET:
            field_dict["total_minutes"] = total_minutes
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        user_id = d.pop("user_id", UNSET)

        def _parse_activity_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_description = _parse_activity_description(d.pop("activity_description", UNSET))

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

        total_seconds = d.pop("total_seconds", UNSET)

        total_minutes = d.pop("total_minutes", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

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

        current_tracker_data.additional_properties = d
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

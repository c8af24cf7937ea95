from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackerStarted")


@_attrs_define
class TrackerStarted:
    """The tracker that was started. The fields after `task_id` appear only in some editions of the documentation and are
    optional.

        Example:
            {'message': 'Time tracking started successfully', 'start_time': '2024-01-15T10:30:00Z', 'contract_id': 560314,
                'project_id': 285469, 'task_id': 12345}

        Attributes:
            message (str | Unset): Same confirmation text as the envelope's `message`. Example: Time tracking started
                successfully.
            start_time (datetime.datetime | Unset): When tracking started (UTC `Z` in one edition, `+00:00` in another).
                Example: 2024-01-15T10:30:00Z.
            contract_id (int | None | Unset):  Example: 560314.
            project_id (int | None | Unset):  Example: 285469.
            task_id (int | None | Unset):  Example: 12345.
            user_id (int | None | Unset):  Example: 100.
            user_name (None | str | Unset):  Example: John Smith.
            user_email (None | str | Unset):  Example: john.smith@example.com.
            project_name (None | str | Unset):  Example: Website Redesign.
            activity_description (None | str | Unset):  Example: Working on API documentation.
    """

    message: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    contract_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    project_name: None | str | Unset = UNSET
    activity_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

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

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        activity_description: None | str | Unset
        if isinstance(self.activity_description, Unset):
            activity_description = UNSET
        else:
            activity_description = self.activity_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if activity_description is not UNSET:
            field_dict["activity_description"] = activity_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

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

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("user_name", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        def _parse_activity_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_description = _parse_activity_description(d.pop("activity_description", UNSET))

        tracker_started = cls(
            message=message,
            start_time=start_time,
            contract_id=contract_id,
            project_id=project_id,
            task_id=task_id,
            user_id=user_id,
            user_name=user_name,
            user_email=user_email,
            project_name=project_name,
            activity_description=activity_description,
        )

        tracker_started.additional_properties = d
        return tracker_started

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

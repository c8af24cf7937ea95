from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.message, Unset):
            field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = _encoding.to_json(self.start_time)
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.user_name, Unset):
            field_dict["user_name"] = _encoding.to_json(self.user_name)
        if not isinstance(self.user_email, Unset):
            field_dict["user_email"] = _encoding.to_json(self.user_email)
        if not isinstance(self.project_name, Unset):
            field_dict["project_name"] = _encoding.to_json(self.project_name)
        if not isinstance(self.activity_description, Unset):
            field_dict["activity_description"] = _encoding.to_json(self.activity_description)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        message = source.field("message", _decoding.STR)
        start_time = source.field("start_time", _decoding.DATETIME)
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        project_id = source.field("project_id", _decoding.nullable(_decoding.INT))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        user_id = source.field("user_id", _decoding.nullable(_decoding.INT))
        user_name = source.field("user_name", _decoding.nullable(_decoding.STR))
        user_email = source.field("user_email", _decoding.nullable(_decoding.STR))
        project_name = source.field("project_name", _decoding.nullable(_decoding.STR))
        activity_description = source.field("activity_description", _decoding.nullable(_decoding.STR))

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

        tracker_started.additional_properties = source.rest()
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

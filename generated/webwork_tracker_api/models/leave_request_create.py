from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.leave_period import LeavePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaveRequestCreate")


@_attrs_define
class LeaveRequestCreate:
    """A leave request for a user under a leave policy. Hour-based policies also need `start_time`, `end_time` and
    `hours_per_day`.

        Example:
            {'workspace_id': 123, 'policy_id': 456, 'start': '2026-02-10', 'end': '2026-02-12', 'user_id': 789, 'reason': 'I
                will be out of office for the next 2 days', 'leave_period': 1}

        Attributes:
            workspace_id (int):  Example: 123.
            policy_id (int): Leave policy the request is filed under. Example: 456.
            start (datetime.date): First day of the leave. Example: 2026-02-10.
            end (datetime.date): Last day of the leave. Example: 2026-02-12.
            user_id (int):  Example: 789.
            start_time (str | Unset): Start of each day's leave as `HH:mm`; required by hour-based policies. Example: 09:00.
            end_time (str | Unset): End of each day's leave as `HH:mm`; required by hour-based policies. Example: 13:00.
            hours_per_day (float | Unset): Hours of leave per day; required by hour-based policies. Example: 4.
            leave_period (LeavePeriod | Unset): Part of each day taken off: 0 the full day, 1 the first half, 2 the second
                half. Example: 1.
            reason (str | Unset):  Example: I will be out of office for the next 2 days.
    """

    workspace_id: int
    policy_id: int
    start: datetime.date
    end: datetime.date
    user_id: int
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    hours_per_day: float | Unset = UNSET
    leave_period: LeavePeriod | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["policy_id"] = _encoding.to_json(self.policy_id)
        field_dict["start"] = _encoding.to_json(self.start)
        field_dict["end"] = _encoding.to_json(self.end)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = _encoding.to_json(self.start_time)
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = _encoding.to_json(self.end_time)
        if not isinstance(self.hours_per_day, Unset):
            field_dict["hours_per_day"] = _encoding.to_json(self.hours_per_day)
        if not isinstance(self.leave_period, Unset):
            field_dict["leave_period"] = _encoding.to_json(self.leave_period)
        if not isinstance(self.reason, Unset):
            field_dict["reason"] = _encoding.to_json(self.reason)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        policy_id = source.field("policy_id", _decoding.INT, required=True)
        start = source.field("start", _decoding.DATE, required=True)
        end = source.field("end", _decoding.DATE, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        start_time = source.field("start_time", _decoding.STR)
        end_time = source.field("end_time", _decoding.STR)
        hours_per_day = source.field("hours_per_day", _decoding.FLOAT)
        leave_period = source.field("leave_period", _decoding.enum_of(LeavePeriod))
        reason = source.field("reason", _decoding.STR)

        leave_request_create = cls(
            workspace_id=workspace_id,
            policy_id=policy_id,
            start=start,
            end=end,
            user_id=user_id,
            start_time=start_time,
            end_time=end_time,
            hours_per_day=hours_per_day,
            leave_period=leave_period,
            reason=reason,
        )

        leave_request_create.additional_properties = source.rest()
        return leave_request_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        workspace_id = self.workspace_id

        policy_id = self.policy_id

        start = self.start.isoformat()

        end = self.end.isoformat()

        user_id = self.user_id

        start_time = self.start_time

        end_time = self.end_time

        hours_per_day = self.hours_per_day

        leave_period: int | Unset = UNSET
        if not isinstance(self.leave_period, Unset):
            leave_period = self.leave_period.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "policy_id": policy_id,
                "start": start,
                "end": end,
                "user_id": user_id,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if hours_per_day is not UNSET:
            field_dict["hours_per_day"] = hours_per_day
        if leave_period is not UNSET:
            field_dict["leave_period"] = leave_period
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        policy_id = d.pop("policy_id")

        start = datetime.date.fromisoformat(d.pop("start"))

        end = datetime.date.fromisoformat(d.pop("end"))

        user_id = d.pop("user_id")

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        hours_per_day = d.pop("hours_per_day", UNSET)

        _leave_period = d.pop("leave_period", UNSET)
        leave_period: LeavePeriod | Unset
        if isinstance(_leave_period, Unset):
            leave_period = UNSET
        else:
            leave_period = LeavePeriod(_leave_period)

        reason = d.pop("reason", UNSET)

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

        leave_request_create.additional_properties = d
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timesheet_status import TimesheetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timesheet_daily_breakdown import TimesheetDailyBreakdown
    from ..models.timesheet_member import TimesheetMember


T = TypeVar("T", bound="Timesheet")


@_attrs_define
class Timesheet:
    """A member's timesheet for one pay period. The fields after `status` come from the older documentation and are
    optional.

        Example:
            {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'user_id': 100, 'date_from': '2024-01-01', 'date_to':
                '2024-01-15', 'total_hours': 80.5, 'submitted_on': '2024-01-15T10:30:00Z', 'reject_reason': None, 'status':
                'submitted'}

        Attributes:
            id (UUID): Timesheet id (the older documentation calls it an encrypted string). Example:
                a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            user_id (int | None | Unset):  Example: 100.
            date_from (datetime.date | None | Unset): First day of the pay period. Example: 2024-01-01.
            date_to (datetime.date | None | Unset): Last day of the pay period. Example: 2024-01-15.
            total_hours (float | None | Unset):  Example: 80.5.
            submitted_on (datetime.datetime | None | Unset):  Example: 2024-01-15T10:30:00Z.
            reject_reason (None | str | Unset):  Example: Hours do not match project requirements.
            status (TimesheetStatus | Unset): Place of a timesheet in the approval workflow. Submitting moves `open` to
                `submitted`; approving or rejecting moves `submitted` to `approved` or `rejected`; unsubmitting moves
                `submitted` back to `open`. The older documentation calls `open` "pending". Example: submitted.
            member (None | TimesheetMember | Unset): The member the timesheet belongs to (older documentation; fields not
                documented).
            total_minutes (int | None | Unset): Tracked minutes in the period (older documentation).
            daily_breakdown (None | TimesheetDailyBreakdown | Unset): Tracked time per day (older documentation).
            total_amount (float | None | Unset): Amount earned in the period, sent only to callers allowed to see rates
                (older documentation).
    """

    id: UUID
    user_id: int | None | Unset = UNSET
    date_from: datetime.date | None | Unset = UNSET
    date_to: datetime.date | None | Unset = UNSET
    total_hours: float | None | Unset = UNSET
    submitted_on: datetime.datetime | None | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    status: TimesheetStatus | Unset = UNSET
    member: None | TimesheetMember | Unset = UNSET
    total_minutes: int | None | Unset = UNSET
    daily_breakdown: None | TimesheetDailyBreakdown | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timesheet_daily_breakdown import TimesheetDailyBreakdown
        from ..models.timesheet_member import TimesheetMember

        id = str(self.id)

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        elif isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        elif isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        total_hours: float | None | Unset
        if isinstance(self.total_hours, Unset):
            total_hours = UNSET
        else:
            total_hours = self.total_hours

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.datetime):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        member: dict[str, Any] | None | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        elif isinstance(self.member, TimesheetMember):
            member = self.member.to_dict()
        else:
            member = self.member

        total_minutes: int | None | Unset
        if isinstance(self.total_minutes, Unset):
            total_minutes = UNSET
        else:
            total_minutes = self.total_minutes

        daily_breakdown: dict[str, Any] | None | Unset
        if isinstance(self.daily_breakdown, Unset):
            daily_breakdown = UNSET
        elif isinstance(self.daily_breakdown, TimesheetDailyBreakdown):
            daily_breakdown = self.daily_breakdown.to_dict()
        else:
            daily_breakdown = self.daily_breakdown

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if total_hours is not UNSET:
            field_dict["total_hours"] = total_hours
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if reject_reason is not UNSET:
            field_dict["reject_reason"] = reject_reason
        if status is not UNSET:
            field_dict["status"] = status
        if member is not UNSET:
            field_dict["member"] = member
        if total_minutes is not UNSET:
            field_dict["total_minutes"] = total_minutes
        if daily_breakdown is not UNSET:
            field_dict["daily_breakdown"] = daily_breakdown
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timesheet_daily_breakdown import TimesheetDailyBreakdown
        from ..models.timesheet_member import TimesheetMember

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_date_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_from_type_0 = datetime.date.fromisoformat(data)

                return date_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_to_type_0 = datetime.date.fromisoformat(data)

                return date_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        def _parse_total_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_hours = _parse_total_hours(d.pop("total_hours", UNSET))

        def _parse_submitted_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        def _parse_reject_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reject_reason = _parse_reject_reason(d.pop("reject_reason", UNSET))

        _status = d.pop("status", UNSET)
        status: TimesheetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TimesheetStatus(_status)

        def _parse_member(data: object) -> None | TimesheetMember | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                member_type_0 = TimesheetMember.from_dict(data)

                return member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimesheetMember | Unset, data)

        member = _parse_member(d.pop("member", UNSET))

        def _parse_total_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_minutes = _parse_total_minutes(d.pop("total_minutes", UNSET))

        def _parse_daily_breakdown(data: object) -> None | TimesheetDailyBreakdown | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_breakdown_type_0 = TimesheetDailyBreakdown.from_dict(data)

                return daily_breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimesheetDailyBreakdown | Unset, data)

        daily_breakdown = _parse_daily_breakdown(d.pop("daily_breakdown", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        timesheet = cls(
            id=id,
            user_id=user_id,
            date_from=date_from,
            date_to=date_to,
            total_hours=total_hours,
            submitted_on=submitted_on,
            reject_reason=reject_reason,
            status=status,
            member=member,
            total_minutes=total_minutes,
            daily_breakdown=daily_breakdown,
            total_amount=total_amount,
        )

        timesheet.additional_properties = d
        return timesheet

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.date_from, Unset):
            field_dict["date_from"] = _encoding.to_json(self.date_from)
        if not isinstance(self.date_to, Unset):
            field_dict["date_to"] = _encoding.to_json(self.date_to)
        if not isinstance(self.total_hours, Unset):
            field_dict["total_hours"] = _encoding.to_json(self.total_hours)
        if not isinstance(self.submitted_on, Unset):
            field_dict["submitted_on"] = _encoding.to_json(self.submitted_on)
        if not isinstance(self.reject_reason, Unset):
            field_dict["reject_reason"] = _encoding.to_json(self.reject_reason)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.member, Unset):
            field_dict["member"] = _encoding.to_json(self.member)
        if not isinstance(self.total_minutes, Unset):
            field_dict["total_minutes"] = _encoding.to_json(self.total_minutes)
        if not isinstance(self.daily_breakdown, Unset):
            field_dict["daily_breakdown"] = _encoding.to_json(self.daily_breakdown)
        if not isinstance(self.total_amount, Unset):
            field_dict["total_amount"] = _encoding.to_json(self.total_amount)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.timesheet_daily_breakdown import TimesheetDailyBreakdown
        from ..models.timesheet_member import TimesheetMember

        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.UUID, required=True)
        user_id = source.field("user_id", _decoding.nullable(_decoding.INT))
        date_from = source.field("date_from", _decoding.nullable(_decoding.DATE))
        date_to = source.field("date_to", _decoding.nullable(_decoding.DATE))
        total_hours = source.field("total_hours", _decoding.nullable(_decoding.FLOAT))
        submitted_on = source.field("submitted_on", _decoding.nullable(_decoding.DATETIME))
        reject_reason = source.field("reject_reason", _decoding.nullable(_decoding.STR))
        status = source.field("status", _decoding.enum_of(TimesheetStatus))
        member = source.field("member", _decoding.nullable(_decoding.model(TimesheetMember)))
        total_minutes = source.field("total_minutes", _decoding.nullable(_decoding.INT))
        daily_breakdown = source.field("daily_breakdown", _decoding.nullable(_decoding.model(TimesheetDailyBreakdown)))
        total_amount = source.field("total_amount", _decoding.nullable(_decoding.FLOAT))

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

        timesheet.additional_properties = source.rest()
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

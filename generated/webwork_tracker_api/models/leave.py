from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leave_paid_flag import LeavePaidFlag
from ..models.leave_status import LeaveStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Leave")


@_attrs_define
class Leave:
    """A leave request of a member. The documentation lists the fields up to `start_date`; further fields (probably the end
    date) are kept as additional properties.

        Example:
            {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'user_id': 100, 'status': 'approved', 'note': 'Family vacation',
                'is_paid': 'yes', 'created_by': 100, 'approved_by': 101, 'rejected_by': None, 'reject_reason': None,
                'start_date': '2024-01-15'}

        Attributes:
            id (UUID):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            user_id (int | None | Unset):  Example: 100.
            status (LeaveStatus | Unset): Place of a leave request in the approval workflow. Example: approved.
            note (None | str | Unset):  Example: Family vacation.
            is_paid (LeavePaidFlag | Unset): Whether a leave is paid, written as `yes` or `no`. Example: yes.
            created_by (int | None | Unset):  Example: 100.
            approved_by (int | None | Unset):  Example: 101.
            rejected_by (int | None | Unset):  Example: 101.
            reject_reason (None | str | Unset):  Example: Insufficient leave balance.
            start_date (None | str | Unset): First day of the leave. The format is not documented, so no `format` is
                declared. Example: 2024-01-15.
    """

    id: UUID
    user_id: int | None | Unset = UNSET
    status: LeaveStatus | Unset = UNSET
    note: None | str | Unset = UNSET
    is_paid: LeavePaidFlag | Unset = UNSET
    created_by: int | None | Unset = UNSET
    approved_by: int | None | Unset = UNSET
    rejected_by: int | None | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        is_paid: str | Unset = UNSET
        if not isinstance(self.is_paid, Unset):
            is_paid = self.is_paid.value

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        approved_by: int | None | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = self.approved_by

        rejected_by: int | None | Unset
        if isinstance(self.rejected_by, Unset):
            rejected_by = UNSET
        else:
            rejected_by = self.rejected_by

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if rejected_by is not UNSET:
            field_dict["rejected_by"] = rejected_by
        if reject_reason is not UNSET:
            field_dict["reject_reason"] = reject_reason
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _status = d.pop("status", UNSET)
        status: LeaveStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LeaveStatus(_status)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _is_paid = d.pop("is_paid", UNSET)
        is_paid: LeavePaidFlag | Unset
        if isinstance(_is_paid, Unset):
            is_paid = UNSET
        else:
            is_paid = LeavePaidFlag(_is_paid)

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_approved_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        def _parse_rejected_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rejected_by = _parse_rejected_by(d.pop("rejected_by", UNSET))

        def _parse_reject_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reject_reason = _parse_reject_reason(d.pop("reject_reason", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        leave = cls(
            id=id,
            user_id=user_id,
            status=status,
            note=note,
            is_paid=is_paid,
            created_by=created_by,
            approved_by=approved_by,
            rejected_by=rejected_by,
            reject_reason=reject_reason,
            start_date=start_date,
        )

        leave.additional_properties = d
        return leave

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

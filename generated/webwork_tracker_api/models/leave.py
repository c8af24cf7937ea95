from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.note, Unset):
            field_dict["note"] = _encoding.to_json(self.note)
        if not isinstance(self.is_paid, Unset):
            field_dict["is_paid"] = _encoding.to_json(self.is_paid)
        if not isinstance(self.created_by, Unset):
            field_dict["created_by"] = _encoding.to_json(self.created_by)
        if not isinstance(self.approved_by, Unset):
            field_dict["approved_by"] = _encoding.to_json(self.approved_by)
        if not isinstance(self.rejected_by, Unset):
            field_dict["rejected_by"] = _encoding.to_json(self.rejected_by)
        if not isinstance(self.reject_reason, Unset):
            field_dict["reject_reason"] = _encoding.to_json(self.reject_reason)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.UUID, required=True)
        user_id = source.field("user_id", _decoding.nullable(_decoding.INT))
        status = source.field("status", _decoding.enum_of(LeaveStatus))
        note = source.field("note", _decoding.nullable(_decoding.STR))
        is_paid = source.field("is_paid", _decoding.enum_of(LeavePaidFlag))
        created_by = source.field("created_by", _decoding.nullable(_decoding.INT))
        approved_by = source.field("approved_by", _decoding.nullable(_decoding.INT))
        rejected_by = source.field("rejected_by", _decoding.nullable(_decoding.INT))
        reject_reason = source.field("reject_reason", _decoding.nullable(_decoding.STR))
        start_date = source.field("start_date", _decoding.nullable(_decoding.STR))

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

        leave.additional_properties = source.rest()
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

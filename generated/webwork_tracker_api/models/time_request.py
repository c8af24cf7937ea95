from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.time_request_status import TimeRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRequest")


@_attrs_define
class TimeRequest:
    """A request to add a block of time for a member, linked to a contract and optionally a task.

    Example:
        {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'user_id': 100, 'contract_id': 500, 'project_id': 200, 'task_id':
            300, 'start': '2024-01-15T09:00:00Z', 'end': '2024-01-15T17:00:00Z', 'status': 'pending', 'notes': 'Working on
            project documentation', 'comment': None, 'updated_by': None, 'created_at': '2024-01-15T08:00:00Z', 'updated_at':
            '2024-01-15T08:00:00Z'}

    Attributes:
        id (UUID):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        user_id (int | None | Unset): Member the time is for. Example: 100.
        contract_id (int | None | Unset): Contract (project-member assignment) of the time. Example: 500.
        project_id (int | None | Unset):  Example: 200.
        task_id (int | None | Unset):  Example: 300.
        start (datetime.datetime | None | Unset):  Example: 2024-01-15T09:00:00Z.
        end (datetime.datetime | None | Unset):  Example: 2024-01-15T17:00:00Z.
        status (TimeRequestStatus | Unset): Place of a time request in the approval workflow. New requests start as
            `pending`. Example: pending.
        notes (None | str | Unset):  Example: Working on project documentation.
        comment (None | str | Unset): Reason given when the request was rejected. Example: Time entry conflicts with
            project schedule.
        updated_by (int | None | Unset): User who approved or rejected the request. Example: 101.
        created_at (datetime.datetime | None | Unset):  Example: 2024-01-15T08:00:00Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2024-01-15T10:30:00Z.
    """

    id: UUID
    user_id: int | None | Unset = UNSET
    contract_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    status: TimeRequestStatus | Unset = UNSET
    notes: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    updated_by: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.start, Unset):
            field_dict["start"] = _encoding.to_json(self.start)
        if not isinstance(self.end, Unset):
            field_dict["end"] = _encoding.to_json(self.end)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)
        if not isinstance(self.comment, Unset):
            field_dict["comment"] = _encoding.to_json(self.comment)
        if not isinstance(self.updated_by, Unset):
            field_dict["updated_by"] = _encoding.to_json(self.updated_by)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = _encoding.to_json(self.created_at)
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = _encoding.to_json(self.updated_at)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.UUID, required=True)
        user_id = source.field("user_id", _decoding.nullable(_decoding.INT))
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        project_id = source.field("project_id", _decoding.nullable(_decoding.INT))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        start = source.field("start", _decoding.nullable(_decoding.DATETIME))
        end = source.field("end", _decoding.nullable(_decoding.DATETIME))
        status = source.field("status", _decoding.enum_of(TimeRequestStatus))
        notes = source.field("notes", _decoding.nullable(_decoding.STR))
        comment = source.field("comment", _decoding.nullable(_decoding.STR))
        updated_by = source.field("updated_by", _decoding.nullable(_decoding.INT))
        created_at = source.field("created_at", _decoding.nullable(_decoding.DATETIME))
        updated_at = source.field("updated_at", _decoding.nullable(_decoding.DATETIME))

        time_request = cls(
            id=id,
            user_id=user_id,
            contract_id=contract_id,
            project_id=project_id,
            task_id=task_id,
            start=start,
            end=end,
            status=status,
            notes=notes,
            comment=comment,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        time_request.additional_properties = source.rest()
        return time_request

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRequestCreate")


@_attrs_define
class TimeRequestCreate:
    """A time request for a member of the workspace.

    Example:
        {'workspace_id': 1, 'user_id': 100, 'contract_id': 500, 'start': '2024-01-15T09:00:00Z', 'end':
            '2024-01-15T17:00:00Z', 'notes': 'Working on project documentation', 'task_id': 200}

    Attributes:
        workspace_id (int):  Example: 1.
        user_id (int): Member the time is for. Example: 100.
        contract_id (int): Contract (project-member assignment) of the time. Example: 500.
        start (datetime.datetime):  Example: 2024-01-15T09:00:00Z.
        end (datetime.datetime): End of the time; must be after `start`. Example: 2024-01-15T17:00:00Z.
        notes (str | Unset):  Example: Working on project documentation.
        task_id (int | None | Unset):  Example: 200.
    """

    workspace_id: int
    user_id: int
    contract_id: int
    start: datetime.datetime
    end: datetime.datetime
    notes: str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        field_dict["start"] = _encoding.to_json(self.start)
        field_dict["end"] = _encoding.to_json(self.end)
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = _encoding.to_json(self.notes)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        contract_id = source.field("contract_id", _decoding.INT, required=True)
        start = source.field("start", _decoding.DATETIME, required=True)
        end = source.field("end", _decoding.DATETIME, required=True)
        notes = source.field("notes", _decoding.STR)
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))

        time_request_create = cls(
            workspace_id=workspace_id,
            user_id=user_id,
            contract_id=contract_id,
            start=start,
            end=end,
            notes=notes,
            task_id=task_id,
        )

        time_request_create.additional_properties = source.rest()
        return time_request_create

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

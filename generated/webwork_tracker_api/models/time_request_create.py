from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        workspace_id = self.workspace_id

        user_id = self.user_id

        contract_id = self.contract_id

        start = self.start.isoformat()

        end = self.end.isoformat()

        notes = self.notes

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "user_id": user_id,
                "contract_id": contract_id,
                "start": start,
                "end": end,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        contract_id = d.pop("contract_id")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        notes = d.pop("notes", UNSET)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        time_request_create = cls(
            workspace_id=workspace_id,
            user_id=user_id,
            contract_id=contract_id,
            start=start,
            end=end,
            notes=notes,
            task_id=task_id,
        )

        time_request_create.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackerStart")


@_attrs_define
class TrackerStart:
    """Request to start the tracker of a user on a contract, optionally on a task.

    Example:
        {'workspace_id': 1, 'user_id': 100, 'contract_id': 560314, 'task_id': 12345, 'activity_description': 'Working on
            API documentation'}

    Attributes:
        workspace_id (int):  Example: 1.
        user_id (int): User whose tracker starts. Owners and executive managers may name any member of the workspace;
            other users may only name themselves. Example: 100.
        contract_id (int): Contract (project-member assignment) of that user in the workspace. Example: 560314.
        task_id (int | None | Unset): Task to log the time against. Example: 12345.
        activity_description (None | str | Unset): Free-text note on the activity. Example: Working on API
            documentation.
    """

    workspace_id: int
    user_id: int
    contract_id: int
    task_id: int | None | Unset = UNSET
    activity_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        user_id = self.user_id

        contract_id = self.contract_id

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        activity_description: None | str | Unset
        if isinstance(self.activity_description, Unset):
            activity_description = UNSET
        else:
            activity_description = self.activity_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "user_id": user_id,
                "contract_id": contract_id,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if activity_description is not UNSET:
            field_dict["activity_description"] = activity_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        user_id = d.pop("user_id")

        contract_id = d.pop("contract_id")

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_activity_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activity_description = _parse_activity_description(d.pop("activity_description", UNSET))

        tracker_start = cls(
            workspace_id=workspace_id,
            user_id=user_id,
            contract_id=contract_id,
            task_id=task_id,
            activity_description=activity_description,
        )

        tracker_start.additional_properties = d
        return tracker_start

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

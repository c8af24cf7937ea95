from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.activity_description, Unset):
            field_dict["activity_description"] = _encoding.to_json(self.activity_description)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        contract_id = source.field("contract_id", _decoding.INT, required=True)
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        activity_description = source.field("activity_description", _decoding.nullable(_decoding.STR))

        tracker_start = cls(
            workspace_id=workspace_id,
            user_id=user_id,
            contract_id=contract_id,
            task_id=task_id,
            activity_description=activity_description,
        )

        tracker_start.additional_properties = source.rest()
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssignment")


@_attrs_define
class TaskAssignment:
    """The link between a task and an assigned member. Only a catalog of the older documentation names these fields, so all
    are optional.

        Example:
            {'id': 1, 'task_id': 500, 'user_id': 100}

        Attributes:
            id (int | None | Unset): Id of the assignment. Example: 1.
            task_id (int | None | Unset):  Example: 500.
            user_id (int | None | Unset):  Example: 100.
    """

    id: int | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.id, Unset):
            field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.task_id, Unset):
            field_dict["task_id"] = _encoding.to_json(self.task_id)
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.nullable(_decoding.INT))
        task_id = source.field("task_id", _decoding.nullable(_decoding.INT))
        user_id = source.field("user_id", _decoding.nullable(_decoding.INT))

        task_assignment = cls(
            id=id,
            task_id=task_id,
            user_id=user_id,
        )

        task_assignment.additional_properties = source.rest()
        return task_assignment

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

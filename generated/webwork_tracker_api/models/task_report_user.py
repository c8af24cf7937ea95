from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskReportUser")


@_attrs_define
class TaskReportUser:
    """Time one user tracked per task over the report's range. The documentation names `tasks_breakdown` and
    `daily_breakdown` but not their shape, and no other field.

        Example:
            {'tasks_breakdown': [], 'daily_breakdown': {}}

        Attributes:
            tasks_breakdown (Any | Unset): Total time per task over the whole range. Its shape is not documented.
            daily_breakdown (Any | Unset): Time per task per day. Its shape is not documented.
    """

    tasks_breakdown: Any | Unset = UNSET
    daily_breakdown: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.tasks_breakdown, Unset):
            field_dict["tasks_breakdown"] = _encoding.to_json(self.tasks_breakdown)
        if not isinstance(self.daily_breakdown, Unset):
            field_dict["daily_breakdown"] = _encoding.to_json(self.daily_breakdown)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        tasks_breakdown = source.field("tasks_breakdown", _decoding.ANY)
        daily_breakdown = source.field("daily_breakdown", _decoding.ANY)

        task_report_user = cls(
            tasks_breakdown=tasks_breakdown,
            daily_breakdown=daily_breakdown,
        )

        task_report_user.additional_properties = source.rest()
        return task_report_user

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.attendance_status import AttendanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyAttendanceUser")


@_attrs_define
class DailyAttendanceUser:
    """Attendance of one user on the report's day. Every time-like field is a whole number of minutes. The documentation
    names only `statuses` and `breaks`; the other fields are kept as additional properties.

        Example:
            {'statuses': ['Late', 'Left early'], 'breaks': ['14:30 - 15:25', '16:00 - 16:15']}

        Attributes:
            statuses (list[AttendanceStatus] | Unset): Every status that applies to the user on the day, such as `Late` and
                `Left early` together. Example: ['Late', 'Left early'].
            breaks (list[str] | Unset): Breaks of the day as `HH:mm - HH:mm` ranges. Example: ['14:30 - 15:25', '16:00 -
                16:15'].
    """

    statuses: list[AttendanceStatus] | Unset = UNSET
    breaks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.statuses, Unset):
            field_dict["statuses"] = _encoding.to_json(self.statuses)
        if not isinstance(self.breaks, Unset):
            field_dict["breaks"] = _encoding.to_json(self.breaks)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        statuses = source.field("statuses", _decoding.list_of(_decoding.enum_of(AttendanceStatus)))
        breaks = source.field("breaks", _decoding.list_of(_decoding.STR))

        daily_attendance_user = cls(
            statuses=statuses,
            breaks=breaks,
        )

        daily_attendance_user.additional_properties = source.rest()
        return daily_attendance_user

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        breaks: list[str] | Unset = UNSET
        if not isinstance(self.breaks, Unset):
            breaks = self.breaks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if breaks is not UNSET:
            field_dict["breaks"] = breaks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _statuses = d.pop("statuses", UNSET)
        statuses: list[AttendanceStatus] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = AttendanceStatus(statuses_item_data)

                statuses.append(statuses_item)

        breaks = cast(list[str], d.pop("breaks", UNSET))

        daily_attendance_user = cls(
            statuses=statuses,
            breaks=breaks,
        )

        daily_attendance_user.additional_properties = d
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

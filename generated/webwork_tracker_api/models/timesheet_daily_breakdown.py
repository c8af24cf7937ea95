from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding

if TYPE_CHECKING:
    from ..models.timesheet_day_entry import TimesheetDayEntry


T = TypeVar("T", bound="TimesheetDailyBreakdown")


@_attrs_define
class TimesheetDailyBreakdown:
    """Tracked time keyed by date (`YYYY-MM-DD`); each value lists the per-project totals of that day."""

    additional_properties: dict[str, list[TimesheetDayEntry]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.timesheet_day_entry import TimesheetDayEntry

        source = _decoding.ObjectSource(cls, src_dict)

        timesheet_daily_breakdown = cls()

        timesheet_daily_breakdown.additional_properties = source.rest(
            _decoding.list_of(_decoding.model(TimesheetDayEntry))
        )
        return timesheet_daily_breakdown

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[TimesheetDayEntry]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[TimesheetDayEntry]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackedHoursReport")


@_attrs_define
class TrackedHoursReport:
    """Minutes tracked in the workspace over a date range, broken down day by day and grouped per user, project and
    contract. The documentation shows the fields up to `total`; the day-by-day breakdown (per date, a `users` list with
    `user_id`, `project_id`, `contract_id`, `total_minutes` and, for callers who may see rates, `total_amount` per
    currency) is kept as additional properties, because its field name is not shown.

        Example:
            {'report_type': 'tracked_hours', 'start_date': '2024-01-01', 'end_date': '2024-01-31'}

        Attributes:
            report_type (str | Unset): Kind of report, `tracked_hours` here. Example: tracked_hours.
            start_date (datetime.date | Unset):  Example: 2024-01-01.
            end_date (datetime.date | Unset):  Example: 2024-01-31.
            total (Any | Unset): Total over the range. Its type is not documented.
    """

    report_type: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    total: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_type = self.report_type

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_type is not UNSET:
            field_dict["report_type"] = report_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_type = d.pop("report_type", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        total = d.pop("total", UNSET)

        tracked_hours_report = cls(
            report_type=report_type,
            start_date=start_date,
            end_date=end_date,
            total=total,
        )

        tracked_hours_report.additional_properties = d
        return tracked_hours_report

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.report_type, Unset):
            field_dict["report_type"] = _encoding.to_json(self.report_type)
        if not isinstance(self.start_date, Unset):
            field_dict["start_date"] = _encoding.to_json(self.start_date)
        if not isinstance(self.end_date, Unset):
            field_dict["end_date"] = _encoding.to_json(self.end_date)
        if not isinstance(self.total, Unset):
            field_dict["total"] = _encoding.to_json(self.total)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        report_type = source.field("report_type", _decoding.STR)
        start_date = source.field("start_date", _decoding.DATE)
        end_date = source.field("end_date", _decoding.DATE)
        total = source.field("total", _decoding.ANY)

        tracked_hours_report = cls(
            report_type=report_type,
            start_date=start_date,
            end_date=end_date,
            total=total,
        )

        tracked_hours_report.additional_properties = source.rest()
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.tracked_hours_report import TrackedHoursReport


T = TypeVar("T", bound="TrackedHoursReportResult")


@_attrs_define
class TrackedHoursReportResult:
    """Envelope of the tracked hours report.

    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Report generated successfully.
        data (TrackedHoursReport | Unset): Minutes tracked in the workspace over a date range, broken down day by day
            and grouped per user, project and contract. The documentation shows the fields up to `total`; the day-by-day
            breakdown (per date, a `users` list with `user_id`, `project_id`, `contract_id`, `total_minutes` and, for
            callers who may see rates, `total_amount` per currency) is kept as additional properties, because its field name
            is not shown. Example: {'report_type': 'tracked_hours', 'start_date': '2024-01-01', 'end_date': '2024-01-31'}.
        meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
            '2019-08-24T14:15:22Z'}.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: TrackedHoursReport | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.success, Unset):
            field_dict["success"] = _encoding.to_json(self.success)
        if not isinstance(self.message, Unset):
            field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.data, Unset):
            field_dict["data"] = _encoding.to_json(self.data)
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = _encoding.to_json(self.meta)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.meta import Meta
        from ..models.tracked_hours_report import TrackedHoursReport

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL)
        message = source.field("message", _decoding.STR)
        data = source.field("data", _decoding.model(TrackedHoursReport))
        meta = source.field("meta", _decoding.model(Meta))

        tracked_hours_report_result = cls(
            success=success,
            message=message,
            data=data,
            meta=meta,
        )

        tracked_hours_report_result.additional_properties = source.rest()
        return tracked_hours_report_result

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

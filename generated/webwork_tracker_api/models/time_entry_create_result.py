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
    from ..models.time_entry_created import TimeEntryCreated


T = TypeVar("T", bound="TimeEntryCreateResult")


@_attrs_define
class TimeEntryCreateResult:
    """Envelope of a created time entry. Overlaps and limits can cut the saved time short; then `saved_minutes` is lower
    than requested and `message` carries a warning.

        Attributes:
            success (bool | Unset):  Example: True.
            message (str | Unset):  Example: 8 hr successfully added for John Doe..
            saved_minutes (int | Unset): Minutes actually saved, which can be fewer than requested. Example: 480.
            data (TimeEntryCreated | Unset): The time entry that was saved. The documentation lists the fields up to
                `method`; the others follow the list operation's entries, and whether `id` is returned is not shown. Example:
                {'user_id': 100, 'contract_id': 20, 'project_id': 10, 'project_name': 'Website Redesign', 'task_id': 5,
                'task_title': 'Update homepage design', 'activity_description': 'Working on feature implementation', 'method':
                'Manually added time'}.
            meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
                '2019-08-24T14:15:22Z'}.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    saved_minutes: int | Unset = UNSET
    data: TimeEntryCreated | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.success, Unset):
            field_dict["success"] = _encoding.to_json(self.success)
        if not isinstance(self.message, Unset):
            field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.saved_minutes, Unset):
            field_dict["saved_minutes"] = _encoding.to_json(self.saved_minutes)
        if not isinstance(self.data, Unset):
            field_dict["data"] = _encoding.to_json(self.data)
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = _encoding.to_json(self.meta)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.meta import Meta
        from ..models.time_entry_created import TimeEntryCreated

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL)
        message = source.field("message", _decoding.STR)
        saved_minutes = source.field("saved_minutes", _decoding.INT)
        data = source.field("data", _decoding.model(TimeEntryCreated))
        meta = source.field("meta", _decoding.model(Meta))

        time_entry_create_result = cls(
            success=success,
            message=message,
            saved_minutes=saved_minutes,
            data=data,
            meta=meta,
        )

        time_entry_create_result.additional_properties = source.rest()
        return time_entry_create_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        success = self.success

        message = self.message

        saved_minutes = self.saved_minutes

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if saved_minutes is not UNSET:
            field_dict["saved_minutes"] = saved_minutes
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta import Meta
        from ..models.time_entry_created import TimeEntryCreated

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        saved_minutes = d.pop("saved_minutes", UNSET)

        _data = d.pop("data", UNSET)
        data: TimeEntryCreated | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TimeEntryCreated.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        time_entry_create_result = cls(
            success=success,
            message=message,
            saved_minutes=saved_minutes,
            data=data,
            meta=meta,
        )

        time_entry_create_result.additional_properties = d
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

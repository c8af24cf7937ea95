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
    from ..models.time_entry import TimeEntry


T = TypeVar("T", bound="TimeEntryList")


@_attrs_define
class TimeEntryList:
    """One page of time entries.

    Attributes:
        success (bool | Unset):  Example: True.
        data (list[TimeEntry] | Unset):
        meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
            '2019-08-24T14:15:22Z'}.
    """

    success: bool | Unset = UNSET
    data: list[TimeEntry] | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.success, Unset):
            field_dict["success"] = _encoding.to_json(self.success)
        if not isinstance(self.data, Unset):
            field_dict["data"] = _encoding.to_json(self.data)
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = _encoding.to_json(self.meta)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.meta import Meta
        from ..models.time_entry import TimeEntry

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL)
        data = source.field("data", _decoding.list_of(_decoding.model(TimeEntry)))
        meta = source.field("meta", _decoding.model(Meta))

        time_entry_list = cls(
            success=success,
            data=data,
            meta=meta,
        )

        time_entry_list.additional_properties = source.rest()
        return time_entry_list

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

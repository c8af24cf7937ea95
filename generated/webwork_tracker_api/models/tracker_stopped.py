from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackerStopped")


@_attrs_define
class TrackerStopped:
    """The tracker that was stopped.

    Example:
        {'stopped_at': '2024-01-15T18:30:00Z'}

    Attributes:
        message (str | Unset): Same confirmation text as the envelope's `message` (older documentation). Example: Time
            tracking stopped successfully.
        stopped_at (datetime.datetime | Unset): When tracking stopped. Example: 2024-01-15T18:30:00Z.
    """

    message: str | Unset = UNSET
    stopped_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.message, Unset):
            field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.stopped_at, Unset):
            field_dict["stopped_at"] = _encoding.to_json(self.stopped_at)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        message = source.field("message", _decoding.STR)
        stopped_at = source.field("stopped_at", _decoding.DATETIME)

        tracker_stopped = cls(
            message=message,
            stopped_at=stopped_at,
        )

        tracker_stopped.additional_properties = source.rest()
        return tracker_stopped

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRequestRejection")


@_attrs_define
class TimeRequestRejection:
    """Body of a rejection. The documentation says a comment is required but does not show the field name; `comment`
    matches the field that returns it. Further fields are passed through.

        Example:
            {'workspace_id': 1, 'comment': 'Time entry conflicts with project schedule'}

        Attributes:
            workspace_id (int | Unset):  Example: 1.
            comment (str | Unset): Reason for the rejection, shown to the member. Example: Time entry conflicts with project
                schedule.
    """

    workspace_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.workspace_id, Unset):
            field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        if not isinstance(self.comment, Unset):
            field_dict["comment"] = _encoding.to_json(self.comment)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT)
        comment = source.field("comment", _decoding.STR)

        time_request_rejection = cls(
            workspace_id=workspace_id,
            comment=comment,
        )

        time_request_rejection.additional_properties = source.rest()
        return time_request_rejection

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInvitation")


@_attrs_define
class MemberInvitation:
    """The invited user and the link of the invitation.

    Attributes:
        user_id (int | Unset):  Example: 100.
        invitation_link (str | Unset):  Example: https://app.webwork-tracker.com/dashboard/accept-
            invitation/abc123def456.
    """

    user_id: int | Unset = UNSET
    invitation_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.invitation_link, Unset):
            field_dict["invitation_link"] = _encoding.to_json(self.invitation_link)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        user_id = source.field("user_id", _decoding.INT)
        invitation_link = source.field("invitation_link", _decoding.STR)

        member_invitation = cls(
            user_id=user_id,
            invitation_link=invitation_link,
        )

        member_invitation.additional_properties = source.rest()
        return member_invitation

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

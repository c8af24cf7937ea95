from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        user_id = self.user_id

        invitation_link = self.invitation_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if invitation_link is not UNSET:
            field_dict["invitation_link"] = invitation_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        invitation_link = d.pop("invitation_link", UNSET)

        member_invitation = cls(
            user_id=user_id,
            invitation_link=invitation_link,
        )

        member_invitation.additional_properties = d
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

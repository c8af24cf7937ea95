from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.assignable_role import AssignableRole
from ..models.member_update_rate_status import MemberUpdateRateStatus
from ..models.member_update_remove_avatar import MemberUpdateRemoveAvatar
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberUpdate")


@_attrs_define
class MemberUpdate:
    """Changes to a member. Only the fields sent are changed.

    Example:
        {'workspace_id': 1, 'role': 'Project manager', 'weekly_hours_limit': 40}

    Attributes:
        workspace_id (int):  Example: 1.
        email (str | Unset):  Example: john.doe@example.com.
        firstname (str | Unset):  Example: John.
        lastname (str | Unset):  Example: Doe.
        timezone (str | Unset):  Example: America/New_York.
        role (AssignableRole | Unset): Role that can be given to a member (every role except Owner). Example: Regular
            User.
        rate_status (MemberUpdateRateStatus | Unset): 1 shows the member's rate, 0 hides it.
        weekly_hours_limit (int | Unset): Weekly cap on tracked hours. Example: 40.
        remove_avatar (MemberUpdateRemoveAvatar | Unset): 1 removes the avatar, 0 keeps it.
    """

    workspace_id: int
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    timezone: str | Unset = UNSET
    role: AssignableRole | Unset = UNSET
    rate_status: MemberUpdateRateStatus | Unset = UNSET
    weekly_hours_limit: int | Unset = UNSET
    remove_avatar: MemberUpdateRemoveAvatar | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        if not isinstance(self.email, Unset):
            field_dict["email"] = _encoding.to_json(self.email)
        if not isinstance(self.firstname, Unset):
            field_dict["firstname"] = _encoding.to_json(self.firstname)
        if not isinstance(self.lastname, Unset):
            field_dict["lastname"] = _encoding.to_json(self.lastname)
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = _encoding.to_json(self.timezone)
        if not isinstance(self.role, Unset):
            field_dict["role"] = _encoding.to_json(self.role)
        if not isinstance(self.rate_status, Unset):
            field_dict["rate_status"] = _encoding.to_json(self.rate_status)
        if not isinstance(self.weekly_hours_limit, Unset):
            field_dict["weekly_hours_limit"] = _encoding.to_json(self.weekly_hours_limit)
        if not isinstance(self.remove_avatar, Unset):
            field_dict["remove_avatar"] = _encoding.to_json(self.remove_avatar)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        email = source.field("email", _decoding.STR)
        firstname = source.field("firstname", _decoding.STR)
        lastname = source.field("lastname", _decoding.STR)
        timezone = source.field("timezone", _decoding.STR)
        role = source.field("role", _decoding.enum_of(AssignableRole))
        rate_status = source.field("rate_status", _decoding.enum_of(MemberUpdateRateStatus))
        weekly_hours_limit = source.field("weekly_hours_limit", _decoding.INT)
        remove_avatar = source.field("remove_avatar", _decoding.enum_of(MemberUpdateRemoveAvatar))

        member_update = cls(
            workspace_id=workspace_id,
            email=email,
            firstname=firstname,
            lastname=lastname,
            timezone=timezone,
            role=role,
            rate_status=rate_status,
            weekly_hours_limit=weekly_hours_limit,
            remove_avatar=remove_avatar,
        )

        member_update.additional_properties = source.rest()
        return member_update

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

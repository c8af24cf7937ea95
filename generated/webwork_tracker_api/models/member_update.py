from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        workspace_id = self.workspace_id

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        timezone = self.timezone

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        rate_status: int | Unset = UNSET
        if not isinstance(self.rate_status, Unset):
            rate_status = self.rate_status.value

        weekly_hours_limit = self.weekly_hours_limit

        remove_avatar: int | Unset = UNSET
        if not isinstance(self.remove_avatar, Unset):
            remove_avatar = self.remove_avatar.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if role is not UNSET:
            field_dict["role"] = role
        if rate_status is not UNSET:
            field_dict["rate_status"] = rate_status
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if remove_avatar is not UNSET:
            field_dict["remove_avatar"] = remove_avatar

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        email = d.pop("email", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        timezone = d.pop("timezone", UNSET)

        _role = d.pop("role", UNSET)
        role: AssignableRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = AssignableRole(_role)

        _rate_status = d.pop("rate_status", UNSET)
        rate_status: MemberUpdateRateStatus | Unset
        if isinstance(_rate_status, Unset):
            rate_status = UNSET
        else:
            rate_status = MemberUpdateRateStatus(_rate_status)

        weekly_hours_limit = d.pop("weekly_hours_limit", UNSET)

        _remove_avatar = d.pop("remove_avatar", UNSET)
        remove_avatar: MemberUpdateRemoveAvatar | Unset
        if isinstance(_remove_avatar, Unset):
            remove_avatar = UNSET
        else:
            remove_avatar = MemberUpdateRemoveAvatar(_remove_avatar)

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

        member_update.additional_properties = d
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

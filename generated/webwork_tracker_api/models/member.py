from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.member_status import MemberStatus
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A person in a workspace. The documentation lists the fields up to `title`; the fields after it are inferred from a
    catalog of the older documentation and are all optional.

        Example:
            {'id': 100, 'email': 'john.doe@example.com', 'firstname': 'John', 'lastname': 'Doe', 'avatar': 'avatar.jpg',
                'current_role': 'Regular User', 'timezone': 'America/New_York', 'status': 'active', 'team_name': 'Development
                Team'}

        Attributes:
            id (int): User id of the member. Example: 100.
            email (str):  Example: john.doe@example.com.
            firstname (str):  Example: John.
            lastname (str):  Example: Doe.
            current_role (Role): Role of a user in a workspace. Example: Regular User.
            status (MemberStatus): Status of a member, also used for the caller's status in a workspace. Example: active.
            avatar (None | str | Unset): File name of the avatar image. Example: avatar.jpg.
            timezone (None | str | Unset): IANA time zone name. Example: America/New_York.
            team_name (None | str | Unset):  Example: Development Team.
            title (None | str | Unset): Job title. Example: Senior Developer.
            is_blocked (bool | None | Unset): Whether the member is blocked (inferred field).
            rate (float | None | Unset): Pay rate, sent only to callers allowed to see rates (inferred field).
            rate_status (int | None | Unset): 1 when the member's rate is visible, 0 when hidden (inferred field).
            rate_type (None | str | Unset): Kind of rate (inferred field; values not documented).
            screenshots (None | str | Unset): Screenshot setting (inferred field; values not documented).
            weekly_hours_limit (float | None | Unset): Weekly cap on tracked hours (inferred field).
            created_at (None | str | Unset): When the member joined (inferred field; format not documented).
            updated_at (None | str | Unset): Last change of the member (inferred field; format not documented).
            deleted_at (None | str | Unset): When the member was archived (inferred field; format not documented).
    """

    id: int
    email: str
    firstname: str
    lastname: str
    current_role: Role
    status: MemberStatus
    avatar: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    team_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    is_blocked: bool | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    rate_status: int | None | Unset = UNSET
    rate_type: None | str | Unset = UNSET
    screenshots: None | str | Unset = UNSET
    weekly_hours_limit: float | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["email"] = _encoding.to_json(self.email)
        field_dict["firstname"] = _encoding.to_json(self.firstname)
        field_dict["lastname"] = _encoding.to_json(self.lastname)
        field_dict["current_role"] = _encoding.to_json(self.current_role)
        field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.avatar, Unset):
            field_dict["avatar"] = _encoding.to_json(self.avatar)
        if not isinstance(self.timezone, Unset):
            field_dict["timezone"] = _encoding.to_json(self.timezone)
        if not isinstance(self.team_name, Unset):
            field_dict["team_name"] = _encoding.to_json(self.team_name)
        if not isinstance(self.title, Unset):
            field_dict["title"] = _encoding.to_json(self.title)
        if not isinstance(self.is_blocked, Unset):
            field_dict["is_blocked"] = _encoding.to_json(self.is_blocked)
        if not isinstance(self.rate, Unset):
            field_dict["rate"] = _encoding.to_json(self.rate)
        if not isinstance(self.rate_status, Unset):
            field_dict["rate_status"] = _encoding.to_json(self.rate_status)
        if not isinstance(self.rate_type, Unset):
            field_dict["rate_type"] = _encoding.to_json(self.rate_type)
        if not isinstance(self.screenshots, Unset):
            field_dict["screenshots"] = _encoding.to_json(self.screenshots)
        if not isinstance(self.weekly_hours_limit, Unset):
            field_dict["weekly_hours_limit"] = _encoding.to_json(self.weekly_hours_limit)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = _encoding.to_json(self.created_at)
        if not isinstance(self.updated_at, Unset):
            field_dict["updated_at"] = _encoding.to_json(self.updated_at)
        if not isinstance(self.deleted_at, Unset):
            field_dict["deleted_at"] = _encoding.to_json(self.deleted_at)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        email = source.field("email", _decoding.STR, required=True)
        firstname = source.field("firstname", _decoding.STR, required=True)
        lastname = source.field("lastname", _decoding.STR, required=True)
        current_role = source.field("current_role", _decoding.enum_of(Role), required=True)
        status = source.field("status", _decoding.enum_of(MemberStatus), required=True)
        avatar = source.field("avatar", _decoding.nullable(_decoding.STR))
        timezone = source.field("timezone", _decoding.nullable(_decoding.STR))
        team_name = source.field("team_name", _decoding.nullable(_decoding.STR))
        title = source.field("title", _decoding.nullable(_decoding.STR))
        is_blocked = source.field("is_blocked", _decoding.nullable(_decoding.BOOL))
        rate = source.field("rate", _decoding.nullable(_decoding.FLOAT))
        rate_status = source.field("rate_status", _decoding.nullable(_decoding.INT))
        rate_type = source.field("rate_type", _decoding.nullable(_decoding.STR))
        screenshots = source.field("screenshots", _decoding.nullable(_decoding.STR))
        weekly_hours_limit = source.field("weekly_hours_limit", _decoding.nullable(_decoding.FLOAT))
        created_at = source.field("created_at", _decoding.nullable(_decoding.STR))
        updated_at = source.field("updated_at", _decoding.nullable(_decoding.STR))
        deleted_at = source.field("deleted_at", _decoding.nullable(_decoding.STR))

        member = cls(
            id=id,
            email=email,
            firstname=firstname,
            lastname=lastname,
            current_role=current_role,
            status=status,
            avatar=avatar,
            timezone=timezone,
            team_name=team_name,
            title=title,
            is_blocked=is_blocked,
            rate=rate,
            rate_status=rate_status,
            rate_type=rate_type,
            screenshots=screenshots,
            weekly_hours_limit=weekly_hours_limit,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        member.additional_properties = source.rest()
        return member

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        current_role = self.current_role.value

        status = self.status.value

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        team_name: None | str | Unset
        if isinstance(self.team_name, Unset):
            team_name = UNSET
        else:
            team_name = self.team_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        is_blocked: bool | None | Unset
        if isinstance(self.is_blocked, Unset):
            is_blocked = UNSET
        else:
            is_blocked = self.is_blocked

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        rate_status: int | None | Unset
        if isinstance(self.rate_status, Unset):
            rate_status = UNSET
        else:
            rate_status = self.rate_status

        rate_type: None | str | Unset
        if isinstance(self.rate_type, Unset):
            rate_type = UNSET
        else:
            rate_type = self.rate_type

        screenshots: None | str | Unset
        if isinstance(self.screenshots, Unset):
            screenshots = UNSET
        else:
            screenshots = self.screenshots

        weekly_hours_limit: float | None | Unset
        if isinstance(self.weekly_hours_limit, Unset):
            weekly_hours_limit = UNSET
        else:
            weekly_hours_limit = self.weekly_hours_limit

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "current_role": current_role,
                "status": status,
            }
        )
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if title is not UNSET:
            field_dict["title"] = title
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_status is not UNSET:
            field_dict["rate_status"] = rate_status
        if rate_type is not UNSET:
            field_dict["rate_type"] = rate_type
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        current_role = Role(d.pop("current_role"))

        status = MemberStatus(d.pop("status"))

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_team_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_name = _parse_team_name(d.pop("team_name", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_is_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_blocked = _parse_is_blocked(d.pop("is_blocked", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_rate_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_status = _parse_rate_status(d.pop("rate_status", UNSET))

        def _parse_rate_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_type = _parse_rate_type(d.pop("rate_type", UNSET))

        def _parse_screenshots(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshots = _parse_screenshots(d.pop("screenshots", UNSET))

        def _parse_weekly_hours_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_hours_limit = _parse_weekly_hours_limit(d.pop("weekly_hours_limit", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

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

        member.additional_properties = d
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_status import MemberStatus
from ..models.role import Role

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace the authenticated user belongs to, with that user's role and status in it.

    Example:
        {'id': 1, 'owner_id': 10, 'user_id': 100, 'workspace_name': 'WebWork Workspace', 'role': 'Owner', 'status':
            'active', 'created_at': '2025-02-19T19:24:55.000000Z', 'activated_at': '2025-02-19 19:24:55'}

    Attributes:
        id (int): Workspace id, passed as `workspace_id` to other operations. Example: 1.
        owner_id (int): User id of the workspace owner. Example: 10.
        user_id (int): User id of the caller in this workspace. Example: 100.
        workspace_name (str):  Example: WebWork Workspace.
        role (Role): Role of a user in a workspace. Example: Regular User.
        status (MemberStatus): Status of a member, also used for the caller's status in a workspace. Example: active.
        created_at (datetime.datetime): When the workspace was created (ISO 8601 with microseconds). Example:
            2025-02-19T19:24:55.000000Z.
        activated_at (None | str): When the workspace was activated, written as `YYYY-MM-DD HH:MM:SS` without a time
            zone (not RFC 3339, so no `format` is declared). Null is accepted in case the workspace was never activated.
            Example: 2025-02-19 19:24:55.
    """

    id: int
    owner_id: int
    user_id: int
    workspace_name: str
    role: Role
    status: MemberStatus
    created_at: datetime.datetime
    activated_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner_id = self.owner_id

        user_id = self.user_id

        workspace_name = self.workspace_name

        role = self.role.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        activated_at: None | str
        activated_at = self.activated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "owner_id": owner_id,
                "user_id": user_id,
                "workspace_name": workspace_name,
                "role": role,
                "status": status,
                "created_at": created_at,
                "activated_at": activated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        owner_id = d.pop("owner_id")

        user_id = d.pop("user_id")

        workspace_name = d.pop("workspace_name")

        role = Role(d.pop("role"))

        status = MemberStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_activated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        activated_at = _parse_activated_at(d.pop("activated_at"))

        workspace = cls(
            id=id,
            owner_id=owner_id,
            user_id=user_id,
            workspace_name=workspace_name,
            role=role,
            status=status,
            created_at=created_at,
            activated_at=activated_at,
        )

        workspace.additional_properties = d
        return workspace

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

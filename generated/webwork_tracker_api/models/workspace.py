from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["owner_id"] = _encoding.to_json(self.owner_id)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        field_dict["workspace_name"] = _encoding.to_json(self.workspace_name)
        field_dict["role"] = _encoding.to_json(self.role)
        field_dict["status"] = _encoding.to_json(self.status)
        field_dict["created_at"] = _encoding.to_json(self.created_at)
        field_dict["activated_at"] = _encoding.to_json(self.activated_at)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        owner_id = source.field("owner_id", _decoding.INT, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        workspace_name = source.field("workspace_name", _decoding.STR, required=True)
        role = source.field("role", _decoding.enum_of(Role), required=True)
        status = source.field("status", _decoding.enum_of(MemberStatus), required=True)
        created_at = source.field("created_at", _decoding.DATETIME, required=True)
        activated_at = source.field("activated_at", _decoding.nullable(_decoding.STR), required=True)

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

        workspace.additional_properties = source.rest()
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

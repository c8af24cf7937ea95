from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberInvite")


@_attrs_define
class MemberInvite:
    """Invitation of a new member. The API e-mails the invitation.

    Example:
        {'workspace_id': 1, 'email': 'john.doe@example.com', 'firstname': 'John', 'lastname': 'Doe', 'role': 'Regular
            User'}

    Attributes:
        workspace_id (int):  Example: 1.
        email (str):  Example: john.doe@example.com.
        firstname (str):  Example: John.
        lastname (str):  Example: Doe.
        role (str): Role of the new member. The documentation gives no list; the values accepted by `updateMember`
            (every role except Owner) are the likely ones. Example: Regular User.
    """

    workspace_id: int
    email: str
    firstname: str
    lastname: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        email = d.pop("email")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        role = d.pop("role")

        member_invite = cls(
            workspace_id=workspace_id,
            email=email,
            firstname=firstname,
            lastname=lastname,
            role=role,
        )

        member_invite.additional_properties = d
        return member_invite

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

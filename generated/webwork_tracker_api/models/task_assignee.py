from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssignee")


@_attrs_define
class TaskAssignee:
    """A member assigned to a task. `email` comes only from a catalog of the older documentation of the assignee list.

    Example:
        {'id': 100, 'firstname': 'John', 'lastname': 'Doe'}

    Attributes:
        id (int): User id of the member. Example: 100.
        firstname (None | str | Unset):  Example: John.
        lastname (None | str | Unset):  Example: Doe.
        email (None | str | Unset): E-mail address of the member (inferred field). Example: john.doe@example.com.
    """

    id: int
    firstname: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.firstname, Unset):
            field_dict["firstname"] = _encoding.to_json(self.firstname)
        if not isinstance(self.lastname, Unset):
            field_dict["lastname"] = _encoding.to_json(self.lastname)
        if not isinstance(self.email, Unset):
            field_dict["email"] = _encoding.to_json(self.email)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        firstname = source.field("firstname", _decoding.nullable(_decoding.STR))
        lastname = source.field("lastname", _decoding.nullable(_decoding.STR))
        email = source.field("email", _decoding.nullable(_decoding.STR))

        task_assignee = cls(
            id=id,
            firstname=firstname,
            lastname=lastname,
            email=email,
        )

        task_assignee.additional_properties = source.rest()
        return task_assignee

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

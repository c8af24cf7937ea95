from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.contract_rate_type import ContractRateType
from ..models.contract_user_role import ContractUserRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """The assignment of one member to one project, with its rate, weekly hours limit, screenshot mode and status. `rate`
    is sent only when the caller may see rates and the project is billable. The documentation lists the fields up to
    `status`; later fields are not known.

        Example:
            {'id': 100, 'project_id': 100, 'project_name': 'Marketing Campaign Q1', 'project_icon': 'project-icon-1',
                'user_id': 100, 'user_firstname': 'John', 'user_lastname': 'Doe', 'user_email': 'john.doe@example.com',
                'user_role': 'Regular User', 'weekly_hours_limit': 40, 'screenshots': 'full', 'screenshots_label': 'Screenshot
                on', 'rate': 50, 'rate_type': 1, 'status': 'active'}

        Attributes:
            id (int): Contract id. Example: 100.
            project_id (int):  Example: 100.
            user_id (int): User id of the member. Example: 100.
            status (str): Contract status. Its list of values is cut off in the documentation; requests use `active` and
                `paused`. Example: active.
            project_name (None | str | Unset):  Example: Marketing Campaign Q1.
            project_icon (None | str | Unset):  Example: project-icon-1.
            user_firstname (None | str | Unset):  Example: John.
            user_lastname (None | str | Unset):  Example: Doe.
            user_email (None | str | Unset):  Example: john.doe@example.com.
            user_role (ContractUserRole | None | Unset):
            weekly_hours_limit (int | None | Unset): Weekly cap on tracked hours. Example: 40.
            screenshots (None | str | Unset): Screenshot mode code. The request side accepts the `ScreenshotMode` values;
                the documentation gives no list for responses, so any string is accepted. Example: full.
            screenshots_label (None | str | Unset): Readable label of the screenshot mode. Example: Screenshot on.
            rate (float | None | Unset): Hourly rate, sent only when the caller may see rates and the project is billable.
                Example: 50.
            rate_type (ContractRateType | None | Unset):
    """

    id: int
    project_id: int
    user_id: int
    status: str
    project_name: None | str | Unset = UNSET
    project_icon: None | str | Unset = UNSET
    user_firstname: None | str | Unset = UNSET
    user_lastname: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_role: ContractUserRole | None | Unset = UNSET
    weekly_hours_limit: int | None | Unset = UNSET
    screenshots: None | str | Unset = UNSET
    screenshots_label: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    rate_type: ContractRateType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        field_dict["project_id"] = _encoding.to_json(self.project_id)
        field_dict["user_id"] = _encoding.to_json(self.user_id)
        field_dict["status"] = _encoding.to_json(self.status)
        if not isinstance(self.project_name, Unset):
            field_dict["project_name"] = _encoding.to_json(self.project_name)
        if not isinstance(self.project_icon, Unset):
            field_dict["project_icon"] = _encoding.to_json(self.project_icon)
        if not isinstance(self.user_firstname, Unset):
            field_dict["user_firstname"] = _encoding.to_json(self.user_firstname)
        if not isinstance(self.user_lastname, Unset):
            field_dict["user_lastname"] = _encoding.to_json(self.user_lastname)
        if not isinstance(self.user_email, Unset):
            field_dict["user_email"] = _encoding.to_json(self.user_email)
        if not isinstance(self.user_role, Unset):
            field_dict["user_role"] = _encoding.to_json(self.user_role)
        if not isinstance(self.weekly_hours_limit, Unset):
            field_dict["weekly_hours_limit"] = _encoding.to_json(self.weekly_hours_limit)
        if not isinstance(self.screenshots, Unset):
            field_dict["screenshots"] = _encoding.to_json(self.screenshots)
        if not isinstance(self.screenshots_label, Unset):
            field_dict["screenshots_label"] = _encoding.to_json(self.screenshots_label)
        if not isinstance(self.rate, Unset):
            field_dict["rate"] = _encoding.to_json(self.rate)
        if not isinstance(self.rate_type, Unset):
            field_dict["rate_type"] = _encoding.to_json(self.rate_type)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.INT, required=True)
        project_id = source.field("project_id", _decoding.INT, required=True)
        user_id = source.field("user_id", _decoding.INT, required=True)
        status = source.field("status", _decoding.STR, required=True)
        project_name = source.field("project_name", _decoding.nullable(_decoding.STR))
        project_icon = source.field("project_icon", _decoding.nullable(_decoding.STR))
        user_firstname = source.field("user_firstname", _decoding.nullable(_decoding.STR))
        user_lastname = source.field("user_lastname", _decoding.nullable(_decoding.STR))
        user_email = source.field("user_email", _decoding.nullable(_decoding.STR))
        user_role = source.field("user_role", _decoding.nullable(_decoding.enum_of(ContractUserRole)))
        weekly_hours_limit = source.field("weekly_hours_limit", _decoding.nullable(_decoding.INT))
        screenshots = source.field("screenshots", _decoding.nullable(_decoding.STR))
        screenshots_label = source.field("screenshots_label", _decoding.nullable(_decoding.STR))
        rate = source.field("rate", _decoding.nullable(_decoding.FLOAT))
        rate_type = source.field("rate_type", _decoding.nullable(_decoding.enum_of(ContractRateType)))

        contract = cls(
            id=id,
            project_id=project_id,
            user_id=user_id,
            status=status,
            project_name=project_name,
            project_icon=project_icon,
            user_firstname=user_firstname,
            user_lastname=user_lastname,
            user_email=user_email,
            user_role=user_role,
            weekly_hours_limit=weekly_hours_limit,
            screenshots=screenshots,
            screenshots_label=screenshots_label,
            rate=rate,
            rate_type=rate_type,
        )

        contract.additional_properties = source.rest()
        return contract

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

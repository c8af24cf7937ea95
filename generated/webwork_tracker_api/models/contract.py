from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        project_id = self.project_id

        user_id = self.user_id

        status = self.status

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        project_icon: None | str | Unset
        if isinstance(self.project_icon, Unset):
            project_icon = UNSET
        else:
            project_icon = self.project_icon

        user_firstname: None | str | Unset
        if isinstance(self.user_firstname, Unset):
            user_firstname = UNSET
        else:
            user_firstname = self.user_firstname

        user_lastname: None | str | Unset
        if isinstance(self.user_lastname, Unset):
            user_lastname = UNSET
        else:
            user_lastname = self.user_lastname

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        elif isinstance(self.user_role, ContractUserRole):
            user_role = self.user_role.value
        else:
            user_role = self.user_role

        weekly_hours_limit: int | None | Unset
        if isinstance(self.weekly_hours_limit, Unset):
            weekly_hours_limit = UNSET
        else:
            weekly_hours_limit = self.weekly_hours_limit

        screenshots: None | str | Unset
        if isinstance(self.screenshots, Unset):
            screenshots = UNSET
        else:
            screenshots = self.screenshots

        screenshots_label: None | str | Unset
        if isinstance(self.screenshots_label, Unset):
            screenshots_label = UNSET
        else:
            screenshots_label = self.screenshots_label

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        rate_type: int | None | Unset
        if isinstance(self.rate_type, Unset):
            rate_type = UNSET
        elif isinstance(self.rate_type, ContractRateType):
            rate_type = self.rate_type.value
        else:
            rate_type = self.rate_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "user_id": user_id,
                "status": status,
            }
        )
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if project_icon is not UNSET:
            field_dict["project_icon"] = project_icon
        if user_firstname is not UNSET:
            field_dict["user_firstname"] = user_firstname
        if user_lastname is not UNSET:
            field_dict["user_lastname"] = user_lastname
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if screenshots_label is not UNSET:
            field_dict["screenshots_label"] = screenshots_label
        if rate is not UNSET:
            field_dict["rate"] = rate
        if rate_type is not UNSET:
            field_dict["rate_type"] = rate_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        user_id = d.pop("user_id")

        status = d.pop("status")

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        def _parse_project_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_icon = _parse_project_icon(d.pop("project_icon", UNSET))

        def _parse_user_firstname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_firstname = _parse_user_firstname(d.pop("user_firstname", UNSET))

        def _parse_user_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_lastname = _parse_user_lastname(d.pop("user_lastname", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_role(data: object) -> ContractUserRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_role_type_0 = ContractUserRole(data)

                return user_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractUserRole | None | Unset, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        def _parse_weekly_hours_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_hours_limit = _parse_weekly_hours_limit(d.pop("weekly_hours_limit", UNSET))

        def _parse_screenshots(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshots = _parse_screenshots(d.pop("screenshots", UNSET))

        def _parse_screenshots_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshots_label = _parse_screenshots_label(d.pop("screenshots_label", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_rate_type(data: object) -> ContractRateType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                rate_type_type_0 = ContractRateType(data)

                return rate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractRateType | None | Unset, data)

        rate_type = _parse_rate_type(d.pop("rate_type", UNSET))

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

        contract.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.screenshot_mode import ScreenshotMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractCreate")


@_attrs_define
class ContractCreate:
    """A new contract assigning a member to a project. `rate` is stored only when the caller may see rates; otherwise it is
    ignored.

        Example:
            {'workspace_id': 1, 'project_id': 100, 'user_id': 100, 'weekly_hours_limit': 40, 'screenshots': 'full', 'rate':
                50}

        Attributes:
            workspace_id (int):  Example: 1.
            project_id (int):  Example: 100.
            user_id (int): User id of the member to assign. Example: 100.
            weekly_hours_limit (int | Unset): Weekly cap on tracked hours. Default: 168. Example: 40.
            screenshots (ScreenshotMode | Unset): What the tracker captures for a member on a project. Example: full.
            rate (float | Unset): Hourly rate. Example: 50.
    """

    workspace_id: int
    project_id: int
    user_id: int
    weekly_hours_limit: int | Unset = 168
    screenshots: ScreenshotMode | Unset = UNSET
    rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        project_id = self.project_id

        user_id = self.user_id

        weekly_hours_limit = self.weekly_hours_limit

        screenshots: str | Unset = UNSET
        if not isinstance(self.screenshots, Unset):
            screenshots = self.screenshots.value

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "project_id": project_id,
                "user_id": user_id,
            }
        )
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        project_id = d.pop("project_id")

        user_id = d.pop("user_id")

        weekly_hours_limit = d.pop("weekly_hours_limit", UNSET)

        _screenshots = d.pop("screenshots", UNSET)
        screenshots: ScreenshotMode | Unset
        if isinstance(_screenshots, Unset):
            screenshots = UNSET
        else:
            screenshots = ScreenshotMode(_screenshots)

        rate = d.pop("rate", UNSET)

        contract_create = cls(
            workspace_id=workspace_id,
            project_id=project_id,
            user_id=user_id,
            weekly_hours_limit=weekly_hours_limit,
            screenshots=screenshots,
            rate=rate,
        )

        contract_create.additional_properties = d
        return contract_create

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

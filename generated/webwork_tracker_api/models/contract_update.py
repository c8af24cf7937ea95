from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_status import ContractStatus
from ..models.screenshot_mode import ScreenshotMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractUpdate")


@_attrs_define
class ContractUpdate:
    """Changes to a contract; only the fields sent are changed. Project and member of a contract cannot be changed. `rate`
    is changed only when the caller may see rates.

        Example:
            {'workspace_id': 1, 'rate': 55, 'status': 'paused'}

        Attributes:
            workspace_id (int):  Example: 1.
            weekly_hours_limit (int | Unset): Weekly cap on tracked hours. Example: 40.
            screenshots (ScreenshotMode | Unset): What the tracker captures for a member on a project. Example: full.
            rate (float | Unset): Hourly rate. Example: 55.
            status (ContractStatus | Unset): Whether a contract is active or paused. Example: active.
    """

    workspace_id: int
    weekly_hours_limit: int | Unset = UNSET
    screenshots: ScreenshotMode | Unset = UNSET
    rate: float | Unset = UNSET
    status: ContractStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        weekly_hours_limit = self.weekly_hours_limit

        screenshots: str | Unset = UNSET
        if not isinstance(self.screenshots, Unset):
            screenshots = self.screenshots.value

        rate = self.rate

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )
        if weekly_hours_limit is not UNSET:
            field_dict["weekly_hours_limit"] = weekly_hours_limit
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if rate is not UNSET:
            field_dict["rate"] = rate
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        weekly_hours_limit = d.pop("weekly_hours_limit", UNSET)

        _screenshots = d.pop("screenshots", UNSET)
        screenshots: ScreenshotMode | Unset
        if isinstance(_screenshots, Unset):
            screenshots = UNSET
        else:
            screenshots = ScreenshotMode(_screenshots)

        rate = d.pop("rate", UNSET)

        _status = d.pop("status", UNSET)
        status: ContractStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContractStatus(_status)

        contract_update = cls(
            workspace_id=workspace_id,
            weekly_hours_limit=weekly_hours_limit,
            screenshots=screenshots,
            rate=rate,
            status=status,
        )

        contract_update.additional_properties = d
        return contract_update

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        if not isinstance(self.weekly_hours_limit, Unset):
            field_dict["weekly_hours_limit"] = _encoding.to_json(self.weekly_hours_limit)
        if not isinstance(self.screenshots, Unset):
            field_dict["screenshots"] = _encoding.to_json(self.screenshots)
        if not isinstance(self.rate, Unset):
            field_dict["rate"] = _encoding.to_json(self.rate)
        if not isinstance(self.status, Unset):
            field_dict["status"] = _encoding.to_json(self.status)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        weekly_hours_limit = source.field("weekly_hours_limit", _decoding.INT)
        screenshots = source.field("screenshots", _decoding.enum_of(ScreenshotMode))
        rate = source.field("rate", _decoding.FLOAT)
        status = source.field("status", _decoding.enum_of(ContractStatus))

        contract_update = cls(
            workspace_id=workspace_id,
            weekly_hours_limit=weekly_hours_limit,
            screenshots=screenshots,
            rate=rate,
            status=status,
        )

        contract_update.additional_properties = source.rest()
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimesheetDayEntry")


@_attrs_define
class TimesheetDayEntry:
    """Time tracked on one project on one day (older documentation).

    Attributes:
        project_id (int | None | Unset):
        project_name (None | str | Unset):
        contract_id (int | None | Unset):
        total_minutes (int | None | Unset):
        total_amount (float | None | Unset):
    """

    project_id: int | None | Unset = UNSET
    project_name: None | str | Unset = UNSET
    contract_id: int | None | Unset = UNSET
    total_minutes: int | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.project_name, Unset):
            field_dict["project_name"] = _encoding.to_json(self.project_name)
        if not isinstance(self.contract_id, Unset):
            field_dict["contract_id"] = _encoding.to_json(self.contract_id)
        if not isinstance(self.total_minutes, Unset):
            field_dict["total_minutes"] = _encoding.to_json(self.total_minutes)
        if not isinstance(self.total_amount, Unset):
            field_dict["total_amount"] = _encoding.to_json(self.total_amount)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        project_id = source.field("project_id", _decoding.nullable(_decoding.INT))
        project_name = source.field("project_name", _decoding.nullable(_decoding.STR))
        contract_id = source.field("contract_id", _decoding.nullable(_decoding.INT))
        total_minutes = source.field("total_minutes", _decoding.nullable(_decoding.INT))
        total_amount = source.field("total_amount", _decoding.nullable(_decoding.FLOAT))

        timesheet_day_entry = cls(
            project_id=project_id,
            project_name=project_name,
            contract_id=contract_id,
            total_minutes=total_minutes,
            total_amount=total_amount,
        )

        timesheet_day_entry.additional_properties = source.rest()
        return timesheet_day_entry

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

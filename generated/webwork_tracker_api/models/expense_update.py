from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseUpdate")


@_attrs_define
class ExpenseUpdate:
    """Changes to an expense. The documentation does not show this body; the fields follow the create operation, all
    optional, and further fields are passed through.

        Example:
            {'workspace_id': 1, 'amount': 175}

        Attributes:
            workspace_id (int | Unset):  Example: 1.
            expense_name (str | Unset):  Example: Office Supplies.
            date (datetime.date | Unset):  Example: 2024-01-15.
            amount (float | Unset):  Example: 175.
            category_id (UUID | Unset):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            project_id (int | Unset):  Example: 100.
            note (str | Unset):  Example: Purchased office supplies for Q1.
            is_billable (bool | Unset):  Example: False.
    """

    workspace_id: int | Unset = UNSET
    expense_name: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    amount: float | Unset = UNSET
    category_id: UUID | Unset = UNSET
    project_id: int | Unset = UNSET
    note: str | Unset = UNSET
    is_billable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.workspace_id, Unset):
            field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        if not isinstance(self.expense_name, Unset):
            field_dict["expense_name"] = _encoding.to_json(self.expense_name)
        if not isinstance(self.date, Unset):
            field_dict["date"] = _encoding.to_json(self.date)
        if not isinstance(self.amount, Unset):
            field_dict["amount"] = _encoding.to_json(self.amount)
        if not isinstance(self.category_id, Unset):
            field_dict["category_id"] = _encoding.to_json(self.category_id)
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = _encoding.to_json(self.project_id)
        if not isinstance(self.note, Unset):
            field_dict["note"] = _encoding.to_json(self.note)
        if not isinstance(self.is_billable, Unset):
            field_dict["is_billable"] = _encoding.to_json(self.is_billable)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT)
        expense_name = source.field("expense_name", _decoding.STR)
        date = source.field("date", _decoding.DATE)
        amount = source.field("amount", _decoding.FLOAT)
        category_id = source.field("category_id", _decoding.UUID)
        project_id = source.field("project_id", _decoding.INT)
        note = source.field("note", _decoding.STR)
        is_billable = source.field("is_billable", _decoding.BOOL)

        expense_update = cls(
            workspace_id=workspace_id,
            expense_name=expense_name,
            date=date,
            amount=amount,
            category_id=category_id,
            project_id=project_id,
            note=note,
            is_billable=is_billable,
        )

        expense_update.additional_properties = source.rest()
        return expense_update

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

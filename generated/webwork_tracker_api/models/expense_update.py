from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        workspace_id = self.workspace_id

        expense_name = self.expense_name

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        category_id: str | Unset = UNSET
        if not isinstance(self.category_id, Unset):
            category_id = str(self.category_id)

        project_id = self.project_id

        note = self.note

        is_billable = self.is_billable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if expense_name is not UNSET:
            field_dict["expense_name"] = expense_name
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if note is not UNSET:
            field_dict["note"] = note
        if is_billable is not UNSET:
            field_dict["is_billable"] = is_billable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id", UNSET)

        expense_name = d.pop("expense_name", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        amount = d.pop("amount", UNSET)

        _category_id = d.pop("category_id", UNSET)
        category_id: UUID | Unset
        if isinstance(_category_id, Unset):
            category_id = UNSET
        else:
            category_id = UUID(_category_id)

        project_id = d.pop("project_id", UNSET)

        note = d.pop("note", UNSET)

        is_billable = d.pop("is_billable", UNSET)

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

        expense_update.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.expense_type import ExpenseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Expense")


@_attrs_define
class Expense:
    """An expense as the API returns it: with display names instead of ids and dates already formatted for display (such as
    `Jan 15, 2024`), so its shape differs from the request that creates it.

        Example:
            {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'member': 'John Doe', 'expense_date': 'Jan 15, 2024',
                'expense_name': 'Office Supplies', 'project': 'Marketing Campaign Q1', 'category': 'Office Supplies', 'amount':
                150.5, 'note': 'Purchased office supplies for Q1', 'type': 'billable', 'added_dte': 'Jan 15, 2024'}

        Attributes:
            id (UUID):  Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            member (None | str | Unset): Full name of the member who added the expense. Example: John Doe.
            expense_date (None | str | Unset): Date of the expense, formatted for display (not ISO 8601). Example: Jan 15,
                2024.
            expense_name (str | Unset):  Example: Office Supplies.
            project (None | str | Unset): Name of the project (not its id). Example: Marketing Campaign Q1.
            category (None | str | Unset): Name of the expense category (not its id). Example: Office Supplies.
            amount (float | Unset):  Example: 150.5.
            note (None | str | Unset):  Example: Purchased office supplies for Q1.
            type_ (ExpenseType | Unset): Whether an expense is billed to the client. Example: billable.
            added_dte (None | str | Unset): Date the expense was added, formatted for display. The API spells the name
                `added_dte`. Example: Jan 15, 2024.
    """

    id: UUID
    member: None | str | Unset = UNSET
    expense_date: None | str | Unset = UNSET
    expense_name: str | Unset = UNSET
    project: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    amount: float | Unset = UNSET
    note: None | str | Unset = UNSET
    type_: ExpenseType | Unset = UNSET
    added_dte: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.member, Unset):
            field_dict["member"] = _encoding.to_json(self.member)
        if not isinstance(self.expense_date, Unset):
            field_dict["expense_date"] = _encoding.to_json(self.expense_date)
        if not isinstance(self.expense_name, Unset):
            field_dict["expense_name"] = _encoding.to_json(self.expense_name)
        if not isinstance(self.project, Unset):
            field_dict["project"] = _encoding.to_json(self.project)
        if not isinstance(self.category, Unset):
            field_dict["category"] = _encoding.to_json(self.category)
        if not isinstance(self.amount, Unset):
            field_dict["amount"] = _encoding.to_json(self.amount)
        if not isinstance(self.note, Unset):
            field_dict["note"] = _encoding.to_json(self.note)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = _encoding.to_json(self.type_)
        if not isinstance(self.added_dte, Unset):
            field_dict["added_dte"] = _encoding.to_json(self.added_dte)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.UUID, required=True)
        member = source.field("member", _decoding.nullable(_decoding.STR))
        expense_date = source.field("expense_date", _decoding.nullable(_decoding.STR))
        expense_name = source.field("expense_name", _decoding.STR)
        project = source.field("project", _decoding.nullable(_decoding.STR))
        category = source.field("category", _decoding.nullable(_decoding.STR))
        amount = source.field("amount", _decoding.FLOAT)
        note = source.field("note", _decoding.nullable(_decoding.STR))
        type_ = source.field("type", _decoding.enum_of(ExpenseType))
        added_dte = source.field("added_dte", _decoding.nullable(_decoding.STR))

        expense = cls(
            id=id,
            member=member,
            expense_date=expense_date,
            expense_name=expense_name,
            project=project,
            category=category,
            amount=amount,
            note=note,
            type_=type_,
            added_dte=added_dte,
        )

        expense.additional_properties = source.rest()
        return expense

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

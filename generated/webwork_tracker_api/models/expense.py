from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = str(self.id)

        member: None | str | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        else:
            member = self.member

        expense_date: None | str | Unset
        if isinstance(self.expense_date, Unset):
            expense_date = UNSET
        else:
            expense_date = self.expense_date

        expense_name = self.expense_name

        project: None | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        else:
            project = self.project

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        amount = self.amount

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        added_dte: None | str | Unset
        if isinstance(self.added_dte, Unset):
            added_dte = UNSET
        else:
            added_dte = self.added_dte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if member is not UNSET:
            field_dict["member"] = member
        if expense_date is not UNSET:
            field_dict["expense_date"] = expense_date
        if expense_name is not UNSET:
            field_dict["expense_name"] = expense_name
        if project is not UNSET:
            field_dict["project"] = project
        if category is not UNSET:
            field_dict["category"] = category
        if amount is not UNSET:
            field_dict["amount"] = amount
        if note is not UNSET:
            field_dict["note"] = note
        if type_ is not UNSET:
            field_dict["type"] = type_
        if added_dte is not UNSET:
            field_dict["added_dte"] = added_dte

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_member(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member = _parse_member(d.pop("member", UNSET))

        def _parse_expense_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expense_date = _parse_expense_date(d.pop("expense_date", UNSET))

        expense_name = d.pop("expense_name", UNSET)

        def _parse_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        amount = d.pop("amount", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ExpenseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExpenseType(_type_)

        def _parse_added_dte(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        added_dte = _parse_added_dte(d.pop("added_dte", UNSET))

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

        expense.additional_properties = d
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

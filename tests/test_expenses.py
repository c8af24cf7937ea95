"""Expenses over real HTTP against the fake server: listing across pages."""

from __future__ import annotations

from uuid import UUID

from webwork_tracker import paginate
from webwork_tracker_api.api.expenses import get_expenses
from webwork_tracker_api.models import Expense, ExpenseType

from tests.fake_server.tags.expenses import expense_ids


def test_expenses_across_pages(client, fake_server):
    expected = expense_ids(fake_server)

    expenses = list(paginate(get_expenses, client=client, workspace_id=1, per_page=20))

    assert [str(expense.id) for expense in expenses] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(expense, Expense) for expense in expenses)
    assert isinstance(expenses[0].id, UUID)
    assert isinstance(expenses[0].type_, ExpenseType)
    assert expenses[0].expense_date == "Jan 15, 2024"
    assert expenses[0].added_dte == "Jan 15, 2024"

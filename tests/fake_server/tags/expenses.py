"""Expenses: list the workspace's expenses, with display names and display-formatted dates."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

import spec_models

from ..server import RecordedRequest, Reply, dump, meta, paginate, require_workspace
from ._params import date_param
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 45
CATEGORIES = ["Office Supplies", "Travel", "Software"]
NAMESPACE = uuid.UUID("e1f3a5b7-9c2d-4e6f-8a0b-1c3d5e7f9a40")


def display_date(day: date) -> str:
    """Format a date as the API shows it, such as `Jan 15, 2024`."""
    return f"{day:%b} {day.day}, {day.year}"


def register(server: FakeWebWork) -> None:
    expenses: dict[int, list[tuple[date, spec_models.Expense]]] = {
        workspace_id: [] for workspace_id in workspace_ids(server)
    }
    first_day = date(2024, 1, 15)
    for index in range(SEEDED):
        day = first_day + timedelta(days=index)
        expenses[1].append((day, spec_models.Expense(
            id=str(uuid.uuid5(NAMESPACE, f"expense-{index}")),
            member="John Doe",
            expense_date=display_date(day),
            expense_name=CATEGORIES[index % len(CATEGORIES)],
            project="Marketing Campaign Q1" if index % 2 else None,
            category=CATEGORIES[index % len(CATEGORIES)],
            amount=round(10 + index * 7.25, 2),
            note="Purchased office supplies for Q1",
            type="billable" if index % 2 else "non-billable",
            added_dte=display_date(day),
        )))
    server.state["expenses"] = expenses

    def list_expenses(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = expenses[require_workspace(request, request.param("workspace_id"), set(expenses))]
        date_from = date_param(request, "date_from")
        date_to = date_param(request, "date_to")
        selected = [
            expense for day, expense in scope
            if request.param("id") in (None, str(expense.id))
            and (date_from is None or day >= date_from)
            and (date_to is None or day <= date_to)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.ExpenseList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/expenses", list_expenses)


def expense_ids(server: FakeWebWork) -> list[str]:
    """Return the ids of workspace 1's expenses, in list order."""
    return [str(expense.id) for _, expense in server.state["expenses"][1]]

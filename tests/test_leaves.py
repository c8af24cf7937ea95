"""Leaves over real HTTP against the fake server: leave requests and balances across pages."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from webwork_tracker import paginate
from webwork_tracker_api.api.leaves import get_leave_balances, get_leaves
from webwork_tracker_api.models import Leave, LeaveBalance, LeavePaidFlag, LeaveStatus, LeaveTypeBalance

from tests.fake_server.tags.leaves import balance_user_ids, leave_ids


def test_leaves_across_pages(client, fake_server):
    expected = leave_ids(fake_server)

    leaves = list(paginate(get_leaves, client=client, workspace_id=1, per_page=20))

    assert [str(leave.id) for leave in leaves] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(leave, Leave) for leave in leaves)
    assert isinstance(leaves[0].id, UUID)
    assert isinstance(leaves[0].status, LeaveStatus)
    assert isinstance(leaves[0].is_paid, LeavePaidFlag)


def test_leave_balances_across_pages(client, fake_server):
    expected = balance_user_ids(fake_server)

    balances = list(paginate(
        get_leave_balances, client=client, workspace_id=1, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31),
    ))

    assert [balance.user_id for balance in balances] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(balance, LeaveBalance) for balance in balances)
    first = balances[0].leave_information[0]
    assert isinstance(first, LeaveTypeBalance)
    assert first.balance.endswith(" days")
    assert isinstance(balances[0].total_balance, str)

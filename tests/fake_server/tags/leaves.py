"""Leaves: list the workspace's leave requests, and the leave balances of its members.

Balances are strings with their unit ("10 days"), as the API sends them. The balances list
takes `page` but no `per_page`, so it always uses the default page size of 20.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, int_param, meta, paginate, require_workspace
from ._params import date_param
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED_LEAVES = 50
SEEDED_BALANCES = 45
STATUSES = ["approved", "pending", "rejected", "approved"]
LEAVE_TYPES = ["Vacation", "Sick leave"]
NAMESPACE = uuid.UUID("c4a9e2d1-5b7f-4e08-8d6a-2f1b3c5d7e30")


def register(server: FakeWebWork) -> None:
    known = workspace_ids(server)
    leaves: dict[int, list[spec_models.Leave]] = {workspace_id: [] for workspace_id in known}
    first_day = date(2024, 1, 8)
    for index in range(SEEDED_LEAVES):
        status = STATUSES[index % len(STATUSES)]
        leaves[1].append(spec_models.Leave(
            id=str(uuid.uuid5(NAMESPACE, f"leave-{index}")),
            user_id=100 + index % 6,
            status=status,
            note="Family vacation",
            is_paid="yes" if index % 3 else "no",
            created_by=100 + index % 6,
            approved_by=101 if status == "approved" else None,
            rejected_by=101 if status == "rejected" else None,
            reject_reason="Insufficient leave balance" if status == "rejected" else None,
            start_date=str(first_day + timedelta(days=7 * index)),
        ))
    balances: dict[int, list[spec_models.LeaveBalance]] = {workspace_id: [] for workspace_id in known}
    for index in range(SEEDED_BALANCES):
        balances[1].append(spec_models.LeaveBalance(
            user_id=100 + index,
            user_name=f"Member {100 + index}",
            leave_information=[
                spec_models.LeaveTypeBalance(leave_type=leave_type, balance=f"{(index + offset) % 15} days")
                for offset, leave_type in enumerate(LEAVE_TYPES)
            ],
            total_balance=f"{index % 15 + (index + 1) % 15} days",
        ))
    server.state["leaves"] = leaves
    server.state["leave_balances"] = balances

    def list_leaves(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = leaves[require_workspace(request, request.param("workspace_id"), known)]
        status = request.param("status")
        if status is not None and status not in set(STATUSES):
            raise ApiError(422, "The selected status is invalid.", errors={"status": [f"invalid value {status!r}"]})
        is_paid = request.param("is_paid")
        user_id = int_param(request, "user_id")
        selected = [
            leave for leave in scope
            if request.param("id") in (None, str(leave.id))
            and status in (None, leave.status.root)
            and is_paid in (None, leave.is_paid.root)
            and user_id in (None, leave.user_id)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.LeaveList(success=True, data=page, meta=meta(pagination))))

    def list_balances(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = balances[require_workspace(request, request.param("workspace_id"), known)]
        date_param(request, "date_from", required=True)
        date_param(request, "date_to", required=True)
        user_id = int_param(request, "user_id")
        selected = [balance for balance in scope if user_id in (None, balance.user_id)]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.LeaveBalanceList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/leaves", list_leaves)
    server.route("GET", r"/leaves/balances", list_balances)


def leave_ids(server: FakeWebWork, status: str | None = None) -> list[str]:
    """Return the ids of workspace 1's leave requests, optionally only those in one status."""
    return [str(leave.id) for leave in server.state["leaves"][1] if status in (None, leave.status.root)]


def balance_user_ids(server: FakeWebWork) -> list[int]:
    """Return the user ids of workspace 1's leave balances, in list order."""
    return [balance.user_id for balance in server.state["leave_balances"][1]]

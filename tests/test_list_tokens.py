"""Bearer token check on the list operations of the time, leave, expense, webhook and report tags."""

from __future__ import annotations

from datetime import date

import pytest
from webwork_tracker import AuthenticationError, call, create_client
from webwork_tracker_api.api.expenses import get_expenses
from webwork_tracker_api.api.leaves import get_leave_balances, get_leaves
from webwork_tracker_api.api.reports import get_daily_timeline_report, get_tracked_hours_report
from webwork_tracker_api.api.time_entries import get_time_entries
from webwork_tracker_api.api.time_requests import get_time_requests
from webwork_tracker_api.api.webhooks import list_webhooks

DAY = date(2024, 1, 15)


@pytest.mark.parametrize(
    ("operation", "params"),
    [
        (get_time_entries, {"user_id": 100, "date": DAY}),
        (get_time_requests, {}),
        (get_leaves, {}),
        (get_leave_balances, {"date_from": date(2024, 1, 1), "date_to": date(2024, 12, 31)}),
        (get_expenses, {}),
        (list_webhooks, {}),
        (get_tracked_hours_report, {}),
        (get_daily_timeline_report, {"date": DAY}),
    ],
)
def test_list_rejects_wrong_token(fake_server, operation, params):
    with create_client(token="wrong-token", base_url=fake_server.base_url) as wrong_client:
        with pytest.raises(AuthenticationError):
            call(operation, client=wrong_client, workspace_id=1, **params)

    assert fake_server.requests[-1].headers["authorization"] == "Bearer wrong-token"

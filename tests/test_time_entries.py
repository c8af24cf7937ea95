"""Time Entries over real HTTP against the fake server: listing one user's day, and deleting."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from webwork_tracker import NotFoundError, call, paginate
from webwork_tracker_api.api.time_entries import delete_time_entry, get_time_entries
from webwork_tracker_api.models import ActionResult, TimeEntry, TimeEntryDeletion

from tests.fake_server.tags.time_entries import time_entry_ids

DAY = date(2026, 1, 29)


def test_time_entries_across_pages(client, fake_server):
    expected = time_entry_ids(fake_server, user_id=100)

    entries = list(paginate(get_time_entries, client=client, workspace_id=1, user_id=100, date=DAY, per_page=20))

    assert [entry.id for entry in entries] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(entry, TimeEntry) for entry in entries)
    assert isinstance(entries[0].date, date)
    assert isinstance(entries[0].start_time, datetime)
    assert isinstance(entries[0].end_time, datetime)
    assert entries[0].duration_minutes == 10


def test_time_entries_send_required_filters(client, fake_server):
    list(paginate(get_time_entries, client=client, workspace_id=1, user_id=101, date=DAY))

    request = fake_server.requests[-1]
    assert request.param("user_id") == "101"
    assert request.param("date") == "2026-01-29"


def test_time_entries_page_size_above_50(client):
    response = get_time_entries.sync_detailed(client=client, workspace_id=1, user_id=100, date=DAY, per_page=51)

    assert response.status_code == 422


def test_delete_sends_workspace_in_body(client, fake_server):
    entry_id = time_entry_ids(fake_server, user_id=100)[0]

    response = delete_time_entry.sync_detailed(entry_id, client=client, body=TimeEntryDeletion(workspace_id=1))

    assert isinstance(response.parsed, ActionResult)
    assert response.parsed.message == "Time entry deleted successfully"
    request = fake_server.requests[-1]
    assert request.method == "DELETE"
    assert request.json() == {"workspace_id": 1}
    assert entry_id not in time_entry_ids(fake_server, user_id=100)


def test_delete_unknown_time_entry(client):
    with pytest.raises(NotFoundError):
        call(delete_time_entry, "no-such-entry", client=client, body=TimeEntryDeletion(workspace_id=1))


def test_delete_without_body_is_rejected(client, fake_server):
    entry_id = time_entry_ids(fake_server, user_id=100)[0]

    response = client.get_httpx_client().request("DELETE", f"/time-entries/{entry_id}")

    assert response.status_code == 400
    assert response.json()["message"] == "workspace_id is required in request body"
    assert entry_id in time_entry_ids(fake_server, user_id=100)

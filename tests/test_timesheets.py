"""Timesheets over real HTTP against the fake server: listing and the approval workflow."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from webwork_tracker import NotFoundError, UnprocessableEntityError, call, paginate
from webwork_tracker_api.api.timesheets import (
    approve_timesheet,
    get_timesheets,
    reject_timesheet,
    submit_timesheet,
    unsubmit_timesheet,
)
from webwork_tracker_api.models import (
    ActionResult,
    Timesheet,
    TimesheetList,
    TimesheetRejection,
    TimesheetStatus,
    TimesheetTransition,
)

from tests.fake_server.tags.timesheets import timesheet_ids

WORKSPACE = TimesheetTransition(workspace_id=1)


def status_of(client, timesheet_id: str) -> TimesheetStatus:
    [sheet] = call(get_timesheets, client=client, workspace_id=1, id=UUID(timesheet_id))
    return sheet.status


def test_get_timesheets_parses_typed_list(client):
    response = get_timesheets.sync_detailed(client=client, workspace_id=1, per_page=3)

    assert isinstance(response.parsed, TimesheetList)
    sheet = response.parsed.data[0]
    assert isinstance(sheet, Timesheet)
    assert isinstance(sheet.id, UUID)
    assert isinstance(sheet.date_from, date)
    assert isinstance(sheet.status, TimesheetStatus)


def test_get_timesheets_sends_filters(client, fake_server):
    get_timesheets.sync_detailed(
        client=client, workspace_id=1, status=TimesheetStatus.SUBMITTED,
        date_from=date(2024, 1, 1), date_to=date(2024, 1, 31),
    )

    request = fake_server.requests[-1]
    assert request.param("status") == "submitted"
    assert request.param("date_from") == "2024-01-01"
    assert request.param("date_to") == "2024-01-31"


def test_get_timesheets_missing_workspace(client, fake_server):
    response = get_timesheets.sync_detailed(client=client, workspace_id=999)

    assert response.status_code == 404


def test_approve_submitted(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "submitted")[0]

    response = approve_timesheet.sync_detailed(UUID(timesheet_id), client=client, body=WORKSPACE)

    assert isinstance(response.parsed, ActionResult)
    assert response.parsed.message == "Timesheet approved successfully"
    assert status_of(client, timesheet_id) is TimesheetStatus.APPROVED


def test_approve_open_is_rejected(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "open")[0]

    with pytest.raises(UnprocessableEntityError) as caught:
        call(approve_timesheet, UUID(timesheet_id), client=client, body=WORKSPACE)

    assert "must be 'submitted'" in caught.value.message
    assert caught.value.method == "PUT"


def test_reject_records_reason(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "submitted")[0]
    body = TimesheetRejection(workspace_id=1, reason="Hours do not match project requirements")

    response = reject_timesheet.sync_detailed(UUID(timesheet_id), client=client, body=body)

    assert response.parsed.message == "Timesheet rejected successfully"
    [sheet] = call(get_timesheets, client=client, workspace_id=1, id=UUID(timesheet_id))
    assert sheet.status is TimesheetStatus.REJECTED
    assert sheet.reject_reason == "Hours do not match project requirements"


def test_submit_then_unsubmit(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "open")[0]

    submitted = submit_timesheet.sync_detailed(UUID(timesheet_id), client=client, body=WORKSPACE)
    assert submitted.parsed.message == "Timesheet submitted successfully"
    assert status_of(client, timesheet_id) is TimesheetStatus.SUBMITTED

    unsubmitted = unsubmit_timesheet.sync_detailed(UUID(timesheet_id), client=client, body=WORKSPACE)
    assert unsubmitted.parsed.message == "Timesheet unsubmitted successfully"
    assert status_of(client, timesheet_id) is TimesheetStatus.OPEN


def test_unsubmit_open_is_rejected(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "open")[0]

    with pytest.raises(UnprocessableEntityError):
        call(unsubmit_timesheet, UUID(timesheet_id), client=client, body=WORKSPACE)


def test_approve_unknown_timesheet(client):
    with pytest.raises(NotFoundError):
        call(approve_timesheet, UUID(int=1), client=client, body=WORKSPACE)


def test_submitted_across_pages(client, fake_server):
    expected = timesheet_ids(fake_server, "submitted")

    submitted = paginate(get_timesheets, client=client, workspace_id=1, status=TimesheetStatus.SUBMITTED, per_page=10)
    sheets = list(submitted)

    assert [str(sheet.id) for sheet in sheets] == expected
    assert len(fake_server.requests) == 3


async def test_approve_async(client, fake_server):
    timesheet_id = timesheet_ids(fake_server, "submitted")[1]

    response = await approve_timesheet.asyncio_detailed(UUID(timesheet_id), client=client, body=WORKSPACE)

    assert response.parsed.message == "Timesheet approved successfully"

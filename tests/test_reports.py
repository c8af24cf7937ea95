"""Reports over real HTTP against the fake server: the tracked hours report and the paged reports."""

from __future__ import annotations

from datetime import date

import pytest
from webwork_tracker import call, paginate
from webwork_tracker_api.api.reports import (
    get_activity_level_report,
    get_daily_attendance_report,
    get_daily_timeline_report,
    get_task_report,
    get_tracked_hours_report,
)
from webwork_tracker_api.models import (
    ActivityLevelUser,
    AttendanceStatus,
    AttendanceStatusFilter,
    DailyAttendanceUser,
    DailyTimelineUser,
    TaskReportUser,
    TrackedHoursReport,
    TrackedHoursReportResult,
)

from tests.fake_server.tags.reports import user_ids

DAY = date(2024, 1, 15)
RANGE = {"start_date": date(2024, 1, 1), "end_date": date(2024, 1, 31)}


def test_tracked_hours_report_decodes(client, fake_server):
    response = get_tracked_hours_report.sync_detailed(client=client, workspace_id=1, **RANGE)

    assert isinstance(response.parsed, TrackedHoursReportResult)
    report = response.parsed.data
    assert isinstance(report, TrackedHoursReport)
    assert report.report_type == "tracked_hours"
    assert report.start_date == date(2024, 1, 1)
    assert report.end_date == date(2024, 1, 31)
    assert report.total == 480
    assert "days" in report.additional_properties


def test_tracked_hours_joins_list_filters(client, fake_server):
    call(get_tracked_hours_report, client=client, workspace_id=1, users=[1, 2, 3], currencies=["USD", "EUR"])

    request = fake_server.requests[-1]
    assert request.query["users"] == ["1,2,3"]
    assert request.query["currencies"] == ["USD,EUR"]


@pytest.mark.parametrize(
    ("operation", "params", "row_model"),
    [
        (get_daily_timeline_report, {"date": DAY}, DailyTimelineUser),
        (get_task_report, RANGE, TaskReportUser),
        (get_activity_level_report, RANGE, ActivityLevelUser),
        (get_daily_attendance_report, {"date": DAY}, DailyAttendanceUser),
    ],
)
def test_paged_report_across_pages(client, fake_server, operation, params, row_model):
    rows = list(paginate(operation, client=client, workspace_id=1, per_page=12, **params))

    assert [row.additional_properties["user_id"] for row in rows] == user_ids()
    assert len(fake_server.requests) == 3
    assert all(isinstance(row, row_model) for row in rows)


def test_daily_attendance_filters(client, fake_server):
    rows = list(paginate(
        get_daily_attendance_report, client=client, workspace_id=1, date=DAY, users=[100, 101, 102, 103],
        status=[AttendanceStatusFilter.LATE, AttendanceStatusFilter.LEFT_EARLY],
    ))

    request = fake_server.requests[-1]
    assert request.param("users") == "100,101,102,103"
    assert request.param("status") == "late,left_early"
    assert [row.additional_properties["user_id"] for row in rows] == [101, 102]
    assert rows[1].statuses == [AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY]
    assert rows[1].breaks == ["14:30 - 15:25", "16:00 - 16:15"]


def test_task_report_range_over_31_days(client):
    response = get_task_report.sync_detailed(
        client=client, workspace_id=1, start_date=date(2024, 1, 1), end_date=date(2024, 3, 1),
    )

    assert response.status_code == 422

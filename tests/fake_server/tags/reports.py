"""Reports: the tracked hours report and the four reports paged by user.

The documentation shows the responses of the paged reports only in part, so their rows carry the
named fields plus a `user_id`, which the client keeps as an additional property. Report list
filters arrive as comma-separated ids (`users=100,101`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, meta, paginate, require_workspace
from ._params import date_param, id_list_param
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED_USERS = 35
DEFAULT_PER_PAGE = 30
MAX_RANGE_DAYS = 31
ATTENDANCE = [["Present"], ["Late"], ["Late", "Left early"], ["Absent"], ["On leave"]]
ATTENDANCE_FILTERS = {
    "late": "Late", "left_early": "Left early", "tracked_less": "Tracked less", "absent": "Absent",
    "on_leave": "On leave",
}


def user_ids() -> list[int]:
    """Return the ids of the users that every paged report covers, in list order."""
    return [100 + index for index in range(SEEDED_USERS)]


def date_range(request: RecordedRequest) -> tuple[date, date]:
    """Read a required start_date and end_date at most 31 days apart, or raise a 422 ApiError."""
    start = date_param(request, "start_date", required=True)
    end = date_param(request, "end_date", required=True)
    assert start is not None and end is not None
    if end < start or end - start > timedelta(days=MAX_RANGE_DAYS):
        raise ApiError(422, "The date range must run forward and span at most 31 days.",
                       errors={"end_date": ["invalid range"]})
    return start, end


def register(server: FakeWebWork) -> None:
    known = workspace_ids(server)

    def users_of(request: RecordedRequest, name: str) -> list[int]:
        require_workspace(request, request.param("workspace_id"), known)
        requested_ids = id_list_param(request, name)
        return [user_id for user_id in user_ids() if requested_ids is None or user_id in requested_ids]

    def page_of(rows: list[Any], request: RecordedRequest, list_model: type) -> Reply:
        page, pagination = paginate(rows, request, default_per_page=DEFAULT_PER_PAGE)
        return Reply(200, dump(list_model(success=True, data=page, meta=meta(pagination))))

    def tracked_hours(request: RecordedRequest, match: re.Match[str]) -> Reply:
        require_workspace(request, request.param("workspace_id"), known)
        start = date_param(request, "start_date") or date(2024, 1, 1)
        end = date_param(request, "end_date") or start + timedelta(days=6)
        report = spec_models.TrackedHoursReport(
            report_type="tracked_hours",
            start_date=start,
            end_date=end,
            total=480,
            days={str(start): {"users": [{"user_id": 100, "project_id": 10, "contract_id": 20,
                                          "total_minutes": 480}]}},
        )
        body = spec_models.TrackedHoursReportResult(success=True, data=report, meta=meta())
        return Reply(200, dump(body))

    def daily_timeline(request: RecordedRequest, match: re.Match[str]) -> Reply:
        date_param(request, "date", required=True)
        rows = [
            spec_models.DailyTimelineUser(activity_level=40 + user_id % 50, total_amount=None, currency=None,
                                          user_id=user_id)
            for user_id in users_of(request, "user_ids")
        ]
        return page_of(rows, request, spec_models.DailyTimelineReportList)

    def task_report(request: RecordedRequest, match: re.Match[str]) -> Reply:
        start, _ = date_range(request)
        rows = [
            spec_models.TaskReportUser(
                tasks_breakdown=[{"task_id": 5, "total_minutes": 120}],
                daily_breakdown={str(start): [{"task_id": 5, "total_minutes": 120}]},
                user_id=user_id,
            )
            for user_id in users_of(request, "users")
        ]
        return page_of(rows, request, spec_models.TaskReportList)

    def activity_level(request: RecordedRequest, match: re.Match[str]) -> Reply:
        start, _ = date_range(request)
        rows = [
            spec_models.ActivityLevelUser(user_id=user_id, days={str(start): 50 + user_id % 40})
            for user_id in users_of(request, "user_ids")
        ]
        return page_of(rows, request, spec_models.ActivityLevelReportList)

    def daily_attendance(request: RecordedRequest, match: re.Match[str]) -> Reply:
        date_param(request, "date", required=True)
        raw_status = request.param("status")
        requested_statuses: set[str] | None = None
        if raw_status is not None:
            unknown = [value for value in raw_status.split(",") if value not in ATTENDANCE_FILTERS]
            if unknown:
                raise ApiError(422, "The selected status is invalid.", errors={"status": unknown})
            requested_statuses = {ATTENDANCE_FILTERS[value] for value in raw_status.split(",")}
        rows = []
        for user_id in users_of(request, "users"):
            statuses = ATTENDANCE[user_id % len(ATTENDANCE)]
            if requested_statuses is not None and not requested_statuses & set(statuses):
                continue
            rows.append(spec_models.DailyAttendanceUser(
                statuses=statuses, breaks=["14:30 - 15:25", "16:00 - 16:15"], user_id=user_id,
            ))
        return page_of(rows, request, spec_models.DailyAttendanceReportList)

    server.route("GET", r"/reports/tracked-hours", tracked_hours)
    server.route("GET", r"/reports/daily-timeline", daily_timeline)
    server.route("GET", r"/reports/task-report", task_report)
    server.route("GET", r"/reports/activity-level", activity_level)
    server.route("GET", r"/reports/daily-attendance", daily_attendance)

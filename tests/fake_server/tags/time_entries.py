"""Time Entries: list one user's entries on one day (at most 50 per page), and delete entries.

Deleting takes `workspace_id` in a JSON body of the DELETE request, as the API documents it.

Seeded: 45 ten-minute entries of user 100 on 2026-01-29 in workspace 1, and a few of user 101 on
the same day, so that the user filter has something to leave out.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import spec_models

from ..server import (
    ApiError,
    RecordedRequest,
    Reply,
    dump,
    int_param,
    meta,
    paginate,
    require_workspace,
    validate_body,
)
from ._params import date_param, required_param
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

DAY = date(2026, 1, 29)
SEEDED_PER_USER = {100: 45, 101: 5}
MAX_PER_PAGE = 50
METHODS = ["Desktop tracker", "Web tracker", "Manually added time"]
NAMESPACE = uuid.UUID("0b7e4a52-3f0e-4d5c-8f37-6c2f0f5a8e11")


def register(server: FakeWebWork) -> None:
    entries: dict[int, list[spec_models.TimeEntry]] = {workspace_id: [] for workspace_id in workspace_ids(server)}
    day_start = datetime(DAY.year, DAY.month, DAY.day, 8, 0)
    for user_id, count in SEEDED_PER_USER.items():
        for index in range(count):
            start = day_start + timedelta(minutes=10 * index)
            entries[1].append(spec_models.TimeEntry(
                id=str(uuid.uuid5(NAMESPACE, f"time-entry-{user_id}-{index}")),
                user_id=user_id,
                contract_id=20,
                project_id=10,
                project_name="Website Redesign",
                task_id=5 if index % 2 else None,
                task_title="Update homepage design" if index % 2 else None,
                activity_description="Working on feature implementation",
                method=METHODS[index % len(METHODS)],
                date=DAY,
                start_time=f"{start.isoformat()}Z",
                end_time=f"{(start + timedelta(minutes=10)).isoformat()}Z",
                duration_minutes=10,
            ))
    server.state["time_entries"] = entries

    def list_time_entries(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = entries[require_workspace(request, request.param("workspace_id"), set(entries))]
        user_id = int(required_param(request, "user_id"))
        day = date_param(request, "date", required=True)
        project_id = int_param(request, "project_id")
        task_id = int_param(request, "task_id")
        selected = [
            entry for entry in scope
            if entry.user_id == user_id
            and entry.date == day
            and project_id in (None, entry.project_id)
            and task_id in (None, entry.task_id)
        ]
        page, pagination = paginate(selected, request, max_per_page=MAX_PER_PAGE)
        return Reply(200, dump(spec_models.TimeEntryList(success=True, data=page, meta=meta(pagination))))

    def delete_time_entry(request: RecordedRequest, match: re.Match[str]) -> Reply:
        payload = request.json() if request.body else None
        if not isinstance(payload, dict) or "workspace_id" not in payload:
            raise ApiError(400, "workspace_id is required in request body")
        body = validate_body(spec_models.TimeEntryDeletion, request)
        scope = entries[require_workspace(request, body.workspace_id, set(entries))]
        for index, entry in enumerate(scope):
            if entry.id == match["time_entry_id"]:
                del scope[index]
                result = spec_models.ActionResult(success=True, message="Time entry deleted successfully", meta=meta())
                return Reply(200, dump(result))
        raise ApiError(404, f"Time entry {match['time_entry_id']} not found", "Not Found")

    server.route("GET", r"/time-entries", list_time_entries)
    server.route("DELETE", r"/time-entries/(?P<time_entry_id>[^/]+)", delete_time_entry)


def time_entry_ids(server: FakeWebWork, user_id: int) -> list[str]:
    """Return the ids of workspace 1's entries of one user, in list order."""
    return [entry.id for entry in server.state["time_entries"][1] if entry.user_id == user_id]

"""Timesheets: list them and move them through the approval workflow.

State rules: submit needs `open`; approve and reject need `submitted`; unsubmit returns a
`submitted` timesheet to `open`. A change from the wrong state gets a 422 response.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, meta, paginate, require_workspace, validate_body
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

STATUSES = ["submitted", "open", "submitted", "approved", "submitted", "rejected"]
SEEDED = 60
NAMESPACE = uuid.UUID("5f1f2f0e-8a57-4a53-9d3c-1f5d7e2b9a10")


def register(server: FakeWebWork) -> None:
    timesheets: dict[int, dict[str, spec_models.Timesheet]] = {
        workspace_id: {} for workspace_id in workspace_ids(server)
    }
    start = date(2024, 1, 1)
    for index in range(SEEDED):
        timesheet_id = str(uuid.uuid5(NAMESPACE, f"timesheet-{index}"))
        period_start = start + timedelta(days=14 * (index // 6))
        status = STATUSES[index % len(STATUSES)]
        timesheets[1][timesheet_id] = spec_models.Timesheet(
            id=timesheet_id,
            user_id=100 + index % 6,
            date_from=period_start,
            date_to=period_start + timedelta(days=13),
            total_hours=round(60 + (index * 7.5) % 30, 1),
            submitted_on=f"{period_start + timedelta(days=14)}T10:30:00Z" if status != "open" else None,
            reject_reason="Hours do not match project requirements" if status == "rejected" else None,
            status=status,
        )
    server.state["timesheets"] = timesheets

    def parse_date(request: RecordedRequest, name: str) -> date | None:
        raw = request.param(name)
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            message = f"The {name} must be a date in YYYY-MM-DD format."
            raise ApiError(422, message, errors={name: ["invalid date"]}) from None

    def list_timesheets(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = timesheets[require_workspace(request, request.param("workspace_id"), set(timesheets))]
        status = request.param("status")
        if status is not None and status not in spec_models.TimesheetStatus.model_fields["root"].annotation.__args__:
            raise ApiError(422, "The selected status is invalid.", errors={"status": [f"invalid value {status!r}"]})
        date_from = parse_date(request, "date_from")
        date_to = parse_date(request, "date_to")
        selected = [
            sheet for sheet in scope.values()
            if request.param("id") in (None, str(sheet.id))
            and status in (None, sheet.status.root)
            and (date_from is None or sheet.date_to >= date_from)
            and (date_to is None or sheet.date_from <= date_to)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.TimesheetList(success=True, data=page, meta=meta(pagination))))

    def transition(action: str, needs: str, becomes: str, body_model: type, message: str):
        def handle(request: RecordedRequest, match: re.Match[str]) -> Reply:
            body = validate_body(body_model, request)
            scope = timesheets[require_workspace(request, body.workspace_id, set(timesheets))]
            sheet = scope.get(match["timesheet_id"])
            if sheet is None:
                raise ApiError(404, f"Timesheet {match['timesheet_id']} not found", "Not Found")
            if sheet.status.root != needs:
                raise ApiError(
                    422,
                    f"Cannot {action} a timesheet in '{sheet.status.root}' status; it must be '{needs}'.",
                    "Unprocessable Entity",
                )
            changes: dict = {"status": spec_models.TimesheetStatus(becomes)}
            if action == "reject":
                changes["reject_reason"] = body.reason
            if action == "submit":
                changes["submitted_on"] = meta().timestamp
            scope[sheet.id if isinstance(sheet.id, str) else str(sheet.id)] = sheet.model_copy(update=changes)
            return Reply(200, dump(spec_models.ActionResult(success=True, data=None, message=message, meta=meta())))

        return handle

    server.route("GET", r"/timesheets", list_timesheets)
    item = r"/timesheets/(?P<timesheet_id>[^/]+)"
    server.route("PUT", item + "/approve", transition(
        "approve", "submitted", "approved", spec_models.TimesheetTransition, "Timesheet approved successfully"))
    server.route("PUT", item + "/reject", transition(
        "reject", "submitted", "rejected", spec_models.TimesheetRejection, "Timesheet rejected successfully"))
    server.route("PUT", item + "/submit", transition(
        "submit", "open", "submitted", spec_models.TimesheetTransition, "Timesheet submitted successfully"))
    server.route("PUT", item + "/unsubmit", transition(
        "unsubmit", "submitted", "open", spec_models.TimesheetTransition, "Timesheet unsubmitted successfully"))


def timesheet_ids(server: FakeWebWork, status: str | None = None) -> list[str]:
    """Return the ids of workspace 1's timesheets, optionally only those in one status."""
    sheets = server.state["timesheets"][1].values()
    return [str(sheet.id) for sheet in sheets if status in (None, sheet.status.root)]

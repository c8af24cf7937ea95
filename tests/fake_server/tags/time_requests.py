"""Time Requests: list the workspace's time requests, filtered by id, status or user."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, int_param, meta, paginate, require_workspace
from ._params import date_param
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 50
STATUSES = ["pending", "approved", "pending", "rejected"]
NAMESPACE = uuid.UUID("7d0c6a3e-12b4-4f7a-9a51-3e2d8c4b6f20")


def register(server: FakeWebWork) -> None:
    requests: dict[int, list[spec_models.TimeRequest]] = {workspace_id: [] for workspace_id in workspace_ids(server)}
    first_day = datetime(2024, 1, 1, 9, 0)
    for index in range(SEEDED):
        start = first_day + timedelta(days=index)
        status = STATUSES[index % len(STATUSES)]
        requests[1].append(spec_models.TimeRequest(
            id=str(uuid.uuid5(NAMESPACE, f"time-request-{index}")),
            user_id=100 + index % 5,
            contract_id=500,
            project_id=200,
            task_id=300 if index % 3 else None,
            start=f"{start.isoformat()}Z",
            end=f"{(start + timedelta(hours=8)).isoformat()}Z",
            status=status,
            notes="Working on project documentation",
            comment="Time entry conflicts with project schedule" if status == "rejected" else None,
            updated_by=101 if status != "pending" else None,
            created_at=f"{(start - timedelta(hours=1)).isoformat()}Z",
            updated_at=f"{(start - timedelta(hours=1)).isoformat()}Z",
        ))
    server.state["time_requests"] = requests

    def list_time_requests(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = requests[require_workspace(request, request.param("workspace_id"), set(requests))]
        status = request.param("status")
        if status is not None and status not in set(STATUSES):
            raise ApiError(422, "The selected status is invalid.", errors={"status": [f"invalid value {status!r}"]})
        user_id = int_param(request, "user_id")
        date_from = date_param(request, "date_from")
        date_to = date_param(request, "date_to")
        selected = [
            item for item in scope
            if request.param("id") in (None, str(item.id))
            and status in (None, item.status.root)
            and user_id in (None, item.user_id)
            and (date_from is None or item.start.date() >= date_from)
            and (date_to is None or item.start.date() <= date_to)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.TimeRequestList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/time-requests", list_time_requests)


def time_request_ids(server: FakeWebWork, status: str | None = None) -> list[str]:
    """Return the ids of workspace 1's time requests, optionally only those in one status."""
    items = server.state["time_requests"][1]
    return [str(item.id) for item in items if status in (None, item.status.root)]

"""Workspaces: the caller's workspaces. Two are seeded, ids 1 and 2."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import RecordedRequest, Reply, dump, meta, paginate

if TYPE_CHECKING:
    from ..server import FakeWebWork

OWNER_ID = 10
CALLER_ID = 100


def register(server: FakeWebWork) -> None:
    workspaces = {
        workspace_id: spec_models.Workspace(
            id=workspace_id,
            owner_id=OWNER_ID,
            user_id=CALLER_ID,
            workspace_name=name,
            role="Owner" if workspace_id == 1 else "Executive manager",
            status="active",
            created_at="2025-02-19T19:24:55.000000Z",
            activated_at="2025-02-19 19:24:55",
        )
        for workspace_id, name in [(1, "WebWork Workspace"), (2, "Acme Payroll")]
    }
    server.state["workspaces"] = workspaces

    def list_workspaces(request: RecordedRequest, match: re.Match[str]) -> Reply:
        page, pagination = paginate(list(workspaces.values()), request)
        body = spec_models.WorkspaceList(success=True, data=page, meta=meta(pagination))
        return Reply(200, dump(body))

    server.route("GET", r"/workspaces", list_workspaces)


def workspace_ids(server: FakeWebWork) -> set[int]:
    """Return the ids of the seeded workspaces."""
    return set(server.state["workspaces"])

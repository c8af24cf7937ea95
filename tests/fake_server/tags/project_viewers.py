"""Project viewers: the list of a workspace's viewers, with an e-mail filter. 23 are seeded."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import RecordedRequest, Reply, dump, meta, paginate, require_workspace
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 23
FIRST_ID = 800
STATUSES = ["active", "active", "inactive", "left", None]


def register(server: FakeWebWork) -> None:
    projects = server.state["projects"]
    viewers: dict[int, dict[int, spec_models.ProjectViewer]] = {
        workspace_id: {} for workspace_id in workspace_ids(server)
    }
    for index in range(SEEDED):
        viewer_id = FIRST_ID + index
        first = index % 5
        granted = list(projects[1].values())[first:first + index % 3]
        viewers[1][viewer_id] = spec_models.ProjectViewer(
            id=viewer_id,
            email=f"viewer{index}@example.com",
            firstname="John",
            lastname=f"Doe {index}",
            status=STATUSES[index % len(STATUSES)],
            member_since="2024-01-15T09:00:00Z" if index % 4 else None,
            projects=[
                spec_models.ProjectViewerProject(project_id=project.id, project_name=project.name)
                for project in granted
            ],
        )
    server.state["project_viewers"] = viewers

    def list_viewers(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = viewers[require_workspace(request, request.param("workspace_id"), set(viewers))]
        selected = [viewer for viewer in scope.values() if request.param("email") in (None, viewer.email)]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.ProjectViewerList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/project-viewers", list_viewers)


def viewer_ids(server: FakeWebWork) -> list[int]:
    """Return the ids of workspace 1's project viewers, in list order."""
    return list(server.state["project_viewers"][1])

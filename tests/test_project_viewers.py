"""Project viewers over real HTTP against the fake server."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.project_viewers import get_project_viewers, unassign_project_from_viewer
from webwork_tracker_api.models import (
    ActionResult,
    ProjectViewer,
    ProjectViewerAssignment,
    ProjectViewerProject,
    ProjectViewerStatus,
)

from tests.fake_server import Scripted
from tests.fake_server.tags.project_viewers import viewer_ids


def test_get_project_viewers_paginates_every_viewer(client, fake_server):
    viewers = list(paginate(get_project_viewers, client=client, workspace_id=1, per_page=8))

    assert [viewer.id for viewer in viewers] == viewer_ids(fake_server)
    assert all(isinstance(viewer, ProjectViewer) for viewer in viewers)
    assert all(viewer.status is None or isinstance(viewer.status, ProjectViewerStatus) for viewer in viewers)
    assert all(isinstance(project, ProjectViewerProject) for viewer in viewers for project in viewer.projects)
    assert [request.param("page") for request in fake_server.requests] == ["1", "2", "3"]


def test_get_project_viewers_filters_by_email(client):
    viewers = list(paginate(get_project_viewers, client=client, workspace_id=1, email="viewer7@example.com"))

    assert [viewer.email for viewer in viewers] == ["viewer7@example.com"]


def test_unassign_project_sends_json_body(client, fake_server):
    body = {"success": True, "data": None, "message": "Project unassigned from viewer successfully",
            "meta": {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}}
    fake_server.script(Scripted(json=body), method="DELETE", path="/project-viewers/800/unassign-project")

    assignment = ProjectViewerAssignment(workspace_id=1, project_id=100)
    result = unassign_project_from_viewer.sync(800, client=client, body=assignment)

    assert isinstance(result, ActionResult)
    assert fake_server.requests[-1].json() == {"workspace_id": 1, "project_id": 100}

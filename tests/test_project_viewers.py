"""Project viewers over real HTTP against the fake server."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.project_viewers import get_project_viewers
from webwork_tracker_api.models import ProjectViewer, ProjectViewerProject, ProjectViewerStatus

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

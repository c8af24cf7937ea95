"""Projects over real HTTP against the fake server."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.projects import get_projects, update_project
from webwork_tracker_api.models import Project, ProjectTag, ProjectUpdate, ProjectUpdateResult

from tests.fake_server import Scripted
from tests.fake_server.tags.projects import project_ids


def test_get_projects_paginates_every_project(client, fake_server):
    projects = list(paginate(get_projects, client=client, workspace_id=1, per_page=10))

    assert [project.id for project in projects] == project_ids(fake_server)
    assert all(isinstance(project, Project) for project in projects)
    assert all(isinstance(tag, ProjectTag) for project in projects for tag in project.tags)
    assert [request.param("page") for request in fake_server.requests] == ["1", "2", "3", "4", "5"]


def test_get_projects_filters_by_name(client):
    projects = list(paginate(get_projects, client=client, workspace_id=1, name="payroll", per_page=3))

    assert projects
    assert all("Payroll" in project.name for project in projects)


def test_update_project_accepts_null_data(client, fake_server):
    body = {"success": True, "message": "Project updated successfully", "data": None,
            "meta": {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}}
    fake_server.script(Scripted(json=body), method="PUT", path="/projects/100")

    result = update_project.sync(100, client=client, workspace_id=1, body=ProjectUpdate(name="Renamed"))

    assert isinstance(result, ProjectUpdateResult)
    assert result.data is None
    assert fake_server.requests[-1].param("workspace_id") == "1"
    assert fake_server.requests[-1].json() == {"name": "Renamed"}

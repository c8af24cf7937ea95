"""Projects: the list of a workspace's projects, with a name search. 45 are seeded, ids 100-144."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import RecordedRequest, Reply, dump, meta, paginate, require_workspace
from .workspaces import OWNER_ID, workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 45
FIRST_ID = 100
TOPICS = ["Marketing Campaign", "Payroll Integration", "Website Redesign", "Mobile App", "Data Warehouse"]
TAGS = [
    spec_models.ProjectTag(id=5, name="Marketing", color="#FF5733"),
    spec_models.ProjectTag(id=6, name="Internal", color=None),
]


def register(server: FakeWebWork) -> None:
    projects: dict[int, dict[int, spec_models.Project]] = {workspace_id: {} for workspace_id in workspace_ids(server)}
    for index in range(SEEDED):
        project_id = FIRST_ID + index
        quarter = index % 4 + 1
        projects[1][project_id] = spec_models.Project(
            id=project_id,
            name=f"{TOPICS[index % len(TOPICS)]} Q{quarter} #{index}",
            owner_id=OWNER_ID,
            start_date=f"2024-{quarter * 3 - 2:02d}-15",
            deadline=f"2024-{quarter * 3:02d}-28" if index % 3 else None,
            estimation=120 if index % 2 else None,
            budget_estimation=5000 + 250 * index if index % 2 else None,
            notes="Focus on social media channels" if index % 5 == 0 else None,
            icon=f"project-icon-{index % 3 + 1}",
            is_billable=index % 4 != 0,
            rate=0,
            weekly_hours_limit=168,
            screenshots="blur",
            tags=TAGS[: index % 3],
            contracts_count=index % 7,
            status=1,
            created_at="2024-01-15T09:00:00Z",
            updated_at="2024-01-15T09:00:00Z",
            deleted_at=None,
        )
    server.state["projects"] = projects

    def list_projects(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = projects[require_workspace(request, request.param("workspace_id"), set(projects))]
        needle = (request.param("name") or "").casefold()
        selected = [project for project in scope.values() if needle in project.name.casefold()]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.ProjectList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/projects", list_projects)


def project_ids(server: FakeWebWork) -> list[int]:
    """Return the ids of workspace 1's projects, in list order."""
    return list(server.state["projects"][1])

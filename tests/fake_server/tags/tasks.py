"""Tasks: the list of a project's tasks, filtered by status and priority.

53 tasks are seeded on project 100 and 4 on project 101, all in workspace 1. Ids start at 500.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, int_param, meta, paginate, require_workspace
from .workspaces import OWNER_ID

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = {100: 53, 101: 4}
FIRST_ID = 500
STATUSES = [0, 10, 20, 30]
PRIORITIES = [10, 20, 30, 40]
ASSIGNEES = [
    spec_models.TaskAssignee(id=100, firstname="John", lastname="Doe"),
    spec_models.TaskAssignee(id=101, firstname="Maria", lastname=None),
]


def register(server: FakeWebWork) -> None:
    tasks: dict[int, dict[int, spec_models.Task]] = {}
    task_id = FIRST_ID
    for project_id, count in SEEDED.items():
        tasks[project_id] = {}
        for index in range(count):
            status = STATUSES[index % len(STATUSES)]
            tasks[project_id][task_id] = spec_models.Task(
                id=task_id,
                title=f"Implement user authentication, step {index + 1}",
                description="Add OAuth2 authentication support" if index % 2 else None,
                project_id=project_id,
                owner_id=OWNER_ID,
                creator_id=100 + index % 3,
                status=status,
                priority=PRIORITIES[index % len(PRIORITIES)],
                start_date="2024-01-15",
                end_date="2024-01-30" if index % 3 else None,
                completed_at="2024-01-30T10:00:00Z" if status >= 20 else None,
                assignees=ASSIGNEES[: index % 3],
            )
            task_id += 1
    server.state["tasks"] = tasks

    def enum_param(request: RecordedRequest, name: str, allowed: list[int]) -> int | None:
        value = int_param(request, name, low=0)
        if value is not None and value not in allowed:
            raise ApiError(422, f"The selected {name} is invalid.", errors={name: [f"invalid value {value}"]})
        return value

    def list_tasks(request: RecordedRequest, match: re.Match[str]) -> Reply:
        workspace_id = require_workspace(request, request.param("workspace_id"), set(server.state["projects"]))
        project_id = int_param(request, "project_id")
        if project_id is None:
            raise ApiError(400, "project_id is required", "Bad Request")
        if project_id not in server.state["projects"][workspace_id]:
            raise ApiError(404, f"Project {project_id} not found", "Not Found")
        status = enum_param(request, "status", STATUSES)
        priority = enum_param(request, "priority", PRIORITIES)
        selected = [
            task for task in tasks.get(project_id, {}).values()
            if status in (None, task.status.root) and priority in (None, task.priority.root)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.TaskList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/tasks", list_tasks)


def task_ids(server: FakeWebWork, project_id: int) -> list[int]:
    """Return the ids of one project's tasks, in list order."""
    return list(server.state["tasks"].get(project_id, {}))

"""Tasks over real HTTP against the fake server, with scripted responses for the writes it does not serve."""

from __future__ import annotations

import pytest
from webwork_tracker import call, paginate
from webwork_tracker_api.api.tasks import create_task, get_tasks, unassign_task
from webwork_tracker_api.models import ActionResult, Task, TaskAssignee, TaskCreate, TaskPriority, TaskScope, TaskStatus

from tests.fake_server import Scripted
from tests.fake_server.tags.tasks import task_ids

META = {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}


def test_get_tasks_paginates_every_task(client, fake_server):
    tasks = list(paginate(get_tasks, client=client, workspace_id=1, project_id=100, per_page=20))

    assert [task.id for task in tasks] == task_ids(fake_server, 100)
    assert all(isinstance(task, Task) for task in tasks)
    assert all(isinstance(task.status, TaskStatus) for task in tasks)
    assert all(isinstance(task.priority, TaskPriority) for task in tasks)
    assert all(isinstance(assignee, TaskAssignee) for task in tasks for assignee in task.assignees)
    assert [request.param("page") for request in fake_server.requests] == ["1", "2", "3"]


def test_get_tasks_filters_by_status(client, fake_server):
    tasks = list(paginate(get_tasks, client=client, workspace_id=1, project_id=100, status=TaskStatus.DONE))

    assert tasks
    assert all(task.status is TaskStatus.DONE for task in tasks)
    assert fake_server.requests[0].param("status") == "20"


def test_unassign_task_sends_json_body(client, fake_server):
    body = {"success": True, "data": None, "message": "Task unassigned successfully", "meta": META}
    fake_server.script(Scripted(json=body), method="DELETE", path="/tasks/500/unassign/100")

    result = unassign_task.sync(500, 100, client=client, body=TaskScope(workspace_id=1, project_id=100))

    assert isinstance(result, ActionResult)
    assert result.message == "Task unassigned successfully"
    assert fake_server.requests[-1].json() == {"workspace_id": 1, "project_id": 100}


@pytest.mark.parametrize("status", [200, 201])
def test_create_task_accepts_200_and_201(client, fake_server, status):
    task = {"id": 500, "title": "Write the payroll export", "project_id": 100, "owner_id": 10, "creator_id": 100,
            "status": 0, "priority": 30, "assignees": [{"id": 100, "firstname": "John", "lastname": "Doe"}]}
    fake_server.script(Scripted(status=status, json={"success": True, "data": task, "meta": META}), method="POST")

    created = call(create_task, client=client, body=TaskCreate(workspace_id=1, project_id=100, title=task["title"]))

    assert isinstance(created, Task)
    assert created.priority is TaskPriority.NORMAL
    assert fake_server.requests[-1].json()["status"] == 0

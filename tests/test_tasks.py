"""Tasks over real HTTP against the fake server."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.tasks import get_tasks
from webwork_tracker_api.models import Task, TaskAssignee, TaskPriority, TaskStatus

from tests.fake_server.tags.tasks import task_ids


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

"""Route modules of the fake server, one per tag. Each exposes `register(server)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    contracts,
    expenses,
    leaves,
    members,
    project_viewers,
    projects,
    reports,
    tasks,
    time_entries,
    time_requests,
    timesheets,
    webhooks,
    workspaces,
)

if TYPE_CHECKING:
    from ..server import FakeWebWork

MODULES = [
    workspaces, members, timesheets, projects, tasks, project_viewers, contracts,
    time_entries, time_requests, leaves, expenses, webhooks, reports,
]


def register_all(server: FakeWebWork) -> None:
    """Seed the state and register the routes of every tag, in order."""
    for module in MODULES:
        module.register(server)

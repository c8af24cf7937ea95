"""Workspaces over real HTTP against the fake server."""

from __future__ import annotations

from datetime import datetime

from webwork_tracker import call, paginate
from webwork_tracker_api.api.workspaces import get_workspaces
from webwork_tracker_api.models import MemberStatus, Role, Workspace, WorkspaceList


def test_get_workspaces_parses_typed_list(client):
    response = get_workspaces.sync_detailed(client=client)

    assert response.status_code == 200
    assert isinstance(response.parsed, WorkspaceList)
    workspace = response.parsed.data[0]
    assert isinstance(workspace, Workspace)
    assert workspace.id == 1
    assert workspace.role is Role.OWNER
    assert workspace.status is MemberStatus.ACTIVE
    assert isinstance(workspace.created_at, datetime)
    assert workspace.activated_at == "2025-02-19 19:24:55"


def test_get_workspaces_meta_pagination(client):
    response = get_workspaces.sync_detailed(client=client, per_page=1)

    pagination = response.parsed.meta.pagination
    assert pagination.total == 2
    assert pagination.last_page == 2
    assert pagination.per_page == 1


def test_call_returns_data(client):
    workspaces = call(get_workspaces, client=client)

    assert [workspace.workspace_name for workspace in workspaces] == ["WebWork Workspace", "Acme Payroll"]


def test_paginate_workspaces_one_per_page(client, fake_server):
    names = [workspace.workspace_name for workspace in paginate(get_workspaces, client=client, per_page=1)]

    assert names == ["WebWork Workspace", "Acme Payroll"]
    assert [request.param("page") for request in fake_server.requests] == ["1", "2"]


async def test_get_workspaces_async(client):
    response = await get_workspaces.asyncio_detailed(client=client)

    assert isinstance(response.parsed, WorkspaceList)
    assert len(response.parsed.data) == 2

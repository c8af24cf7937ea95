"""Responses that differ from the spec decode over real HTTP and leave exactly one drift record.

Each case serves a valid body with one change through the fake server and calls the generated
function of its operation.
"""

from __future__ import annotations

import copy
import datetime
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest
from webwork_tracker import DriftKind, clear_drift, drift_records
from webwork_tracker_api.api.members import get_member
from webwork_tracker_api.api.timesheets import approve_timesheet, get_timesheets
from webwork_tracker_api.api.workspaces import get_workspaces
from webwork_tracker_api.models import Meta, TimesheetStatus, TimesheetTransition

from tests.fake_server import Scripted

UTC = datetime.UTC
TIMESHEET_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
REMOVE = object()

META = {"api_version": "2.0.0", "timestamp": "2019-08-24T14:15:22Z"}
PAGINATION = {"total": 1, "per_page": 20, "current_page": 1, "last_page": 1, "from": 1, "to": 1}

WORKSPACES = {
    "success": True,
    "data": [{
        "id": 1,
        "owner_id": 100,
        "user_id": 100,
        "workspace_name": "Acme",
        "role": "Owner",
        "status": "active",
        "created_at": "2025-02-19T19:24:55.000000Z",
        "activated_at": "2025-02-19 19:24:55",
    }],
    "meta": {**META, "pagination": PAGINATION},
}

MEMBER = {
    "success": True,
    "data": {
        "id": 100,
        "email": "jane@example.com",
        "firstname": "Jane",
        "lastname": "Doe",
        "current_role": "Regular User",
        "status": "active",
        "avatar": None,
        "is_blocked": False,
        "rate": 15.5,
    },
    "meta": META,
}

TIMESHEETS = {
    "success": True,
    "data": [{
        "id": TIMESHEET_ID,
        "user_id": 100,
        "date_from": "2024-01-01",
        "date_to": "2024-01-15",
        "total_hours": 80.5,
        "submitted_on": "2024-01-15T10:30:00Z",
        "reject_reason": None,
        "status": "submitted",
        "member": None,
        "daily_breakdown": {"2024-01-02": [{"project_id": 5, "project_name": "Site", "total_minutes": 90}]},
    }],
    "meta": {**META, "pagination": PAGINATION},
}

ACTION = {"success": True, "data": None, "message": "Timesheet approved successfully", "meta": META}

ERROR_404 = {"success": False, "message": "Member not found", "error": "Not Found", "meta": META}


def changed(body: dict, path: str, value: Any) -> dict:
    """Return a copy of body with the field at a dotted path (list indexes as numbers) replaced."""
    result = copy.deepcopy(body)
    *parents, last = path.split(".")

    target: Any = result
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]

    if value is REMOVE:
        del target[last]
    else:
        target[last] = value
    return result


def call_get_workspaces(client):
    return get_workspaces.sync_detailed(client=client)


def call_get_member(client):
    return get_member.sync_detailed(100, client=client, workspace_id=1)


def call_get_timesheets(client):
    return get_timesheets.sync_detailed(client=client, workspace_id=1)


def call_approve_timesheet(client):
    return approve_timesheet.sync_detailed(UUID(TIMESHEET_ID), client=client, body=TimesheetTransition(workspace_id=1))


OPERATIONS = {
    "get_workspaces": (call_get_workspaces, WORKSPACES),
    "get_member": (call_get_member, MEMBER),
    "get_timesheets": (call_get_timesheets, TIMESHEETS),
    "approve_timesheet": (call_approve_timesheet, ACTION),
}


@dataclass
class Case:
    """A body with one change, the decoded value it must give and the drift it must record."""

    name: str
    operation: str
    field: str
    sent: Any
    read: Any
    expected: Any
    path: str
    kind: DriftKind
    status: int = 200
    base: dict | None = None


def first(parsed):
    return parsed.data[0]


CASES = [
    Case("unknown enum value", "get_timesheets", "data.0.status", "pending",
         lambda p: first(p).status, "pending", "data[].status", DriftKind.UNKNOWN_ENUM_VALUE),
    Case("unknown role", "get_member", "data.current_role", "Billing manager",
         lambda p: p.data.current_role, "Billing manager", "data.current_role", DriftKind.UNKNOWN_ENUM_VALUE),
    Case("null in string", "get_workspaces", "data.0.workspace_name", None,
         lambda p: first(p).workspace_name, None, "data[].workspace_name", DriftKind.NULL),
    Case("null in uuid", "get_timesheets", "data.0.id", None,
         lambda p: first(p).id, None, "data[].id", DriftKind.NULL),
    Case("null in date-time", "get_workspaces", "data.0.created_at", None,
         lambda p: first(p).created_at, None, "data[].created_at", DriftKind.NULL),
    Case("null in enum", "get_member", "data.status", None,
         lambda p: p.data.status, None, "data.status", DriftKind.NULL),
    Case("null in object", "get_member", "meta", None,
         lambda p: p.meta, None, "meta", DriftKind.NULL),
    Case("null in list", "get_workspaces", "data", None,
         lambda p: p.data, None, "data", DriftKind.NULL),
    Case("empty list as object", "get_member", "meta", [],
         lambda p: isinstance(p.meta, Meta), True, "meta", DriftKind.EMPTY_LIST_AS_OBJECT),
    Case("empty list as nullable object", "get_timesheets", "data.0.member", [],
         lambda p: first(p).member.additional_properties, {}, "data[].member", DriftKind.EMPTY_LIST_AS_OBJECT),
    Case("empty list as map", "get_timesheets", "data.0.daily_breakdown", [],
         lambda p: first(p).daily_breakdown.additional_properties, {}, "data[].daily_breakdown",
         DriftKind.EMPTY_LIST_AS_OBJECT),
    Case("empty object as list", "get_workspaces", "data", {},
         lambda p: p.data, [], "data", DriftKind.EMPTY_OBJECT_AS_LIST),
    Case("integer as string", "get_member", "data.id", "100",
         lambda p: p.data.id, 100, "data.id", DriftKind.CONVERTED),
    Case("page total as string", "get_workspaces", "meta.pagination.total", "15",
         lambda p: p.meta.pagination.total, 15, "meta.pagination.total", DriftKind.CONVERTED),
    Case("number as string", "get_timesheets", "data.0.total_hours", "80.5",
         lambda p: first(p).total_hours, 80.5, "data[].total_hours", DriftKind.CONVERTED),
    Case("inexact integer kept", "get_timesheets", "data.0.user_id", "100.5",
         lambda p: first(p).user_id, "100.5", "data[].user_id", DriftKind.TYPE_MISMATCH),
    Case("huge exponent kept", "get_timesheets", "data.0.user_id", "1e99999999999999999999",
         lambda p: first(p).user_id, "1e99999999999999999999", "data[].user_id", DriftKind.TYPE_MISMATCH),
    Case("number in string", "get_workspaces", "data.0.workspace_name", 2024,
         lambda p: first(p).workspace_name, "2024", "data[].workspace_name", DriftKind.CONVERTED),
    Case("boolean as 1", "get_member", "data.is_blocked", 1,
         lambda p: p.data.is_blocked, True, "data.is_blocked", DriftKind.CONVERTED),
    Case("boolean as '0'", "get_member", "data.is_blocked", "0",
         lambda p: p.data.is_blocked, False, "data.is_blocked", DriftKind.CONVERTED),
    Case("envelope success as 1", "approve_timesheet", "success", 1,
         lambda p: p.success, True, "success", DriftKind.CONVERTED),
    Case("sql date-time", "get_timesheets", "data.0.submitted_on", "2025-02-19 19:24:55",
         lambda p: first(p).submitted_on, datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC),
         "data[].submitted_on", DriftKind.DATE_FORMAT),
    Case("date-time without offset", "get_workspaces", "data.0.created_at", "2025-02-19T19:24:55",
         lambda p: first(p).created_at, datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC),
         "data[].created_at", DriftKind.DATE_FORMAT),
    Case("formatted date", "get_timesheets", "data.0.date_to", "Jan 15, 2024",
         lambda p: first(p).date_to, datetime.date(2024, 1, 15), "data[].date_to", DriftKind.DATE_FORMAT),
    Case("unparseable date-time", "get_timesheets", "data.0.submitted_on", "last week",
         lambda p: first(p).submitted_on, "last week", "data[].submitted_on", DriftKind.INVALID_FORMAT),
    Case("encrypted id", "get_timesheets", "data.0.id", "eyJpdiI6IlRpbWVzaGVldCJ9",
         lambda p: first(p).id, "eyJpdiI6IlRpbWVzaGVldCJ9", "data[].id", DriftKind.INVALID_FORMAT),
    Case("unknown field", "get_workspaces", "data.0.plan", "business",
         lambda p: first(p)["plan"], "business", "data[].plan", DriftKind.UNKNOWN_FIELD),
    Case("missing required field", "get_member", "data.lastname", REMOVE,
         lambda p: p.data.lastname, None, "data.lastname", DriftKind.MISSING),
    Case("error envelope meta as []", "get_member", "meta", [],
         lambda p: isinstance(p.meta, Meta), True, "meta", DriftKind.EMPTY_LIST_AS_OBJECT,
         status=404, base=ERROR_404),
]


@pytest.fixture(autouse=True)
def fresh_drift():
    clear_drift()
    yield
    clear_drift()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_drift_case(case: Case, client, fake_server):
    call, valid = OPERATIONS[case.operation]
    body = changed(case.base or valid, case.field, case.sent)
    fake_server.script(Scripted(status=case.status, json=body))

    response = call(client)

    assert case.read(response.parsed) == case.expected
    records = [(record.operation, record.path, record.kind) for record in drift_records()]
    assert records == [(case.operation, case.path, case.kind)]


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_valid_body_no_drift(operation, client, fake_server):
    call, valid = OPERATIONS[operation]
    fake_server.script(Scripted(json=valid))

    response = call(client)

    assert response.parsed is not None
    assert drift_records() == []


def test_known_enum_is_member(client, fake_server):
    fake_server.script(Scripted(json=TIMESHEETS))

    status = first(call_get_timesheets(client).parsed).status

    assert status is TimesheetStatus.SUBMITTED
    assert status == "submitted"


def test_unknown_enum_not_member(client, fake_server):
    fake_server.script(Scripted(json=changed(TIMESHEETS, "data.0.status", "pending")))

    status = first(call_get_timesheets(client).parsed).status

    assert not isinstance(status, TimesheetStatus)
    assert status != TimesheetStatus.OPEN


def test_repeat_counts_once(client, fake_server):
    body = changed(TIMESHEETS, "data.0.status", "pending")
    body["data"].append(copy.deepcopy(body["data"][0]))
    fake_server.script(Scripted(json=body), Scripted(json=body))

    call_get_timesheets(client)
    call_get_timesheets(client)

    [record] = drift_records()
    assert record.count == 4


async def test_async_call_records_operation(client, fake_server):
    fake_server.script(Scripted(json=changed(MEMBER, "data.id", "100")))

    response = await get_member.asyncio_detailed(100, client=client, workspace_id=1)

    assert response.parsed.data.id == 100
    [record] = drift_records()
    assert record.operation == "get_member"

"""Argument checks of the generated operations, paginate and create_client, over real HTTP.

Bad arguments raise InvalidArgumentError (or ConfigurationError for create_client) before any
request reaches the fake server; unambiguous conversions send the documented wire values.
"""

from __future__ import annotations

import asyncio
import datetime
import pickle
from uuid import UUID

import pytest
from webwork_tracker import ConfigurationError, InvalidArgumentError, WebWorkError, create_client, paginate
from webwork_tracker import errors as public_errors
from webwork_tracker_api.api.members import get_member
from webwork_tracker_api.api.projects import update_project
from webwork_tracker_api.api.reports import get_activity_level_report
from webwork_tracker_api.api.tasks import create_task, get_tasks
from webwork_tracker_api.api.time_entries import get_time_entries
from webwork_tracker_api.api.timesheets import approve_timesheet, get_timesheets
from webwork_tracker_api.arguments import MAX_VALUE_REPR, describe_value
from webwork_tracker_api.models import ProjectUpdate, TaskStatus, TimesheetTransition

SHEET = "6f1c0e2a-1b2c-4d5e-8f90-123456789abc"
TASK = {"workspace_id": 1, "project_id": 100, "title": "Write the report"}
JANUARY_15 = datetime.date(2024, 1, 15)
JANUARY_31 = datetime.date(2025, 1, 31)
REPORT = {"workspace_id": 1, "start_date": datetime.date(2025, 1, 1), "end_date": JANUARY_31}

# (operation module, positional args, keyword args, argument, value repr, text in expected)
BAD_ARGUMENTS = [
    pytest.param(get_timesheets, (), {"workspace_id": 1, "status": "submited"},
                 "status", "'submited'", "approved, open, rejected, submitted", id="query-enum-typo"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "date_from": "01/02/2025"},
                 "date_from", "'01/02/2025'", "YYYY-MM-DD", id="query-date-format"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "date_from": "2025-02-30"},
                 "date_from", "'2025-02-30'", "date", id="query-date-out-of-range"),
    pytest.param(get_timesheets, (), {"workspace_id": True},
                 "workspace_id", "True", "int", id="query-bool-for-int"),
    pytest.param(get_timesheets, (), {"workspace_id": "1"},
                 "workspace_id", "'1'", "int", id="query-str-for-int"),
    pytest.param(get_timesheets, (), {"workspace_id": None},
                 "workspace_id", "None", "int", id="query-required-none"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "id": "not-a-uuid"},
                 "id", "'not-a-uuid'", "UUID", id="query-uuid"),
    pytest.param(get_tasks, (), {"workspace_id": 1, "project_id": 1, "status": "10"},
                 "status", "'10'", "one of 0, 10, 20, 30", id="query-int-enum-as-str"),
    pytest.param(get_time_entries, (), {"workspace_id": 1, "user_id": 1, "date": datetime.datetime(2025, 1, 2, 9, 30)},
                 "date", "datetime.datetime(2025, 1, 2, 9, 30)", "date", id="query-datetime-for-date"),
    pytest.param(get_activity_level_report, (), {**REPORT, "user_ids": [1, True]},
                 "user_ids[1]", "True", "int", id="query-list-item"),
    pytest.param(get_activity_level_report, (), {**REPORT, "user_ids": 5},
                 "user_ids", "5", "list of int", id="query-scalar-for-list"),
    pytest.param(get_member, (None,), {"workspace_id": 1},
                 "member_id", "None", "int", id="path-none"),
    pytest.param(get_member, ("7",), {"workspace_id": 1},
                 "member_id", "'7'", "int", id="path-str-for-int"),
    pytest.param(approve_timesheet, ("not-a-uuid",), {"body": {"workspace_id": 1}},
                 "timesheet_id", "'not-a-uuid'", "UUID", id="path-uuid"),
    pytest.param(update_project, (None,), {"workspace_id": 1, "body": ProjectUpdate()},
                 "project_id", "None", "int", id="path-none-with-body"),
    pytest.param(approve_timesheet, (SHEET,), {"body": {"workspace": 1}},
                 "body.workspace", "1", "a field of TimesheetTransition (workspace_id)", id="body-unknown-key"),
    pytest.param(approve_timesheet, (SHEET,), {"body": {"workspace_id": "1"}},
                 "body.workspace_id", "'1'", "int", id="body-str-for-int"),
    pytest.param(approve_timesheet, (SHEET,), {"body": {"workspace_id": None}},
                 "body.workspace_id", "None", "int", id="body-null"),
    pytest.param(approve_timesheet, (SHEET,), {"body": {}},
                 "body.workspace_id", "<missing>", "int", id="body-missing-key"),
    pytest.param(approve_timesheet, (SHEET,), {"body": [1]},
                 "body", "[1]", "TimesheetTransition or dict", id="body-list"),
    pytest.param(approve_timesheet, (SHEET,), {"body": None},
                 "body", "None", "TimesheetTransition or dict", id="body-none"),
    pytest.param(approve_timesheet, (SHEET,), {"body": TimesheetTransition(workspace_id="1")},
                 "body.workspace_id", "'1'", "int", id="body-model-wrong-field"),
    pytest.param(create_task, (), {"body": {**TASK, "assignees": [100, "101"]}},
                 "body.assignees[]", "[100, '101']", "list of int", id="body-list-item"),
    pytest.param(create_task, (), {"body": {**TASK, "priority": 35}},
                 "body.priority", "35", "one of 10, 20, 30, 40", id="body-enum"),
    pytest.param(create_task, (), {"body": {**TASK, "start_date": "15/01/2024"}},
                 "body.start_date", "'15/01/2024'", "date", id="body-date"),
]


@pytest.mark.parametrize(("operation", "args", "kwargs", "argument", "value", "expected"), BAD_ARGUMENTS)
def test_bad_argument_raises_before_sending(client, fake_server, operation, args, kwargs, argument, value, expected):
    with pytest.raises(InvalidArgumentError) as caught:
        operation.sync_detailed(*args, client=client, **kwargs)

    error = caught.value
    assert error.operation == operation.__name__.rsplit(".", 1)[-1]
    assert error.argument == argument
    assert error.value == value
    assert expected in error.expected
    assert str(error).startswith(f"{error.operation}: invalid {argument} {value}: expected ")
    assert fake_server.requests == []


@pytest.mark.parametrize(("operation", "args", "kwargs", "argument", "value", "expected"), BAD_ARGUMENTS[:4])
def test_bad_argument_raises_in_async(client, fake_server, operation, args, kwargs, argument, value, expected):
    with pytest.raises(InvalidArgumentError) as caught:
        asyncio.run(operation.asyncio_detailed(*args, client=client, **kwargs))

    assert caught.value.argument == argument
    assert fake_server.requests == []


def test_error_message_for_enum_typo(client):
    with pytest.raises(InvalidArgumentError) as caught:
        get_timesheets.sync_detailed(client=client, workspace_id=1, status="submited")

    assert str(caught.value) == (
        "get_timesheets: invalid status 'submited': expected one of approved, open, rejected, submitted"
    )


def test_unknown_body_key_suggests_field(client):
    with pytest.raises(InvalidArgumentError) as caught:
        approve_timesheet.sync_detailed(SHEET, client=client, body={"workspace": 1})

    assert "did you mean 'workspace_id'?" in caught.value.hint


def test_non_str_body_key_rejected(client, fake_server):
    with pytest.raises(InvalidArgumentError) as caught:
        approve_timesheet.sync_detailed(SHEET, client=client, body={"workspace_id": 1, 7: "x"})

    assert caught.value.argument == "body"
    assert caught.value.value == "7"
    assert fake_server.requests == []


def test_non_str_additional_key_rejected(client, fake_server):
    body = TimesheetTransition(workspace_id=1)
    body.additional_properties[7] = "x"

    with pytest.raises(InvalidArgumentError) as caught:
        approve_timesheet.sync_detailed(SHEET, client=client, body=body)

    assert caught.value.value == "7"
    assert fake_server.requests == []


def test_bool_for_int_has_hint(client):
    with pytest.raises(InvalidArgumentError) as caught:
        get_timesheets.sync_detailed(client=client, workspace_id=True)

    assert "bool" in caught.value.hint


def test_error_classes():
    error = InvalidArgumentError("get_member", "member_id", "None", "int")

    assert isinstance(error, WebWorkError)
    assert isinstance(error, TypeError)
    assert isinstance(error, ValueError)
    assert public_errors.InvalidArgumentError is InvalidArgumentError
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_long_value_is_shortened(client):
    with pytest.raises(InvalidArgumentError) as caught:
        get_timesheets.sync_detailed(client=client, workspace_id="9" * 500)

    assert len(caught.value.value) == MAX_VALUE_REPR
    assert caught.value.value.endswith("...")


def test_secret_names_hide_values():
    assert describe_value("body.secret", "abc") == "'***'"
    assert describe_value("token", 12345) == "'***'"
    assert describe_value("body.access_token", "abc") == "'***'"
    assert describe_value("workspace_id", 12345) == "12345"


def test_generated_operations_take_no_token_argument():
    # The client's auth lives on the httpx client, so no checked argument can carry a token.
    import importlib
    import inspect
    import pkgutil

    import webwork_tracker_api.api as api

    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            names = inspect.signature(module._get_kwargs).parameters
            assert not any(describe_value(name, "x") == "'***'" for name in names), info.name


# Conversions that succeed: (operation, args, kwargs, method, path, query, JSON body)
COERCIONS = [
    pytest.param(get_timesheets, (), {"workspace_id": 1, "status": "submitted"},
                 "GET", "/timesheets", {"status": "submitted"}, None, id="enum-value"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "date_from": "2025-01-01", "date_to": JANUARY_31},
                 "GET", "/timesheets", {"date_from": "2025-01-01", "date_to": "2025-01-31"}, None, id="iso-date"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "id": SHEET.upper()},
                 "GET", "/timesheets", {"id": SHEET}, None, id="uuid-string"),
    pytest.param(get_timesheets, (), {"workspace_id": 1, "status": None, "date_from": None},
                 "GET", "/timesheets", {"workspace_id": "1"}, None, id="none-means-unset"),
    pytest.param(get_tasks, (), {"workspace_id": 1, "project_id": 100, "status": 10},
                 "GET", "/tasks", {"status": "10"}, None, id="int-enum-value"),
    pytest.param(get_activity_level_report, (), {**REPORT, "user_ids": (100, 101)},
                 "GET", "/reports/activity-level", {"user_ids": "100,101"}, None, id="tuple-for-list"),
    pytest.param(approve_timesheet, (SHEET,), {"body": {"workspace_id": 1}},
                 "PUT", f"/timesheets/{SHEET}/approve", {}, {"workspace_id": 1}, id="dict-body"),
    pytest.param(approve_timesheet, (UUID(SHEET),), {"body": TimesheetTransition(workspace_id=1)},
                 "PUT", f"/timesheets/{SHEET}/approve", {}, {"workspace_id": 1}, id="model-body"),
    pytest.param(create_task, (), {"body": {**TASK, "status": TaskStatus.DOING, "start_date": JANUARY_15}},
                 "POST", "/tasks", {}, {**TASK, "status": 10, "start_date": "2024-01-15"},
                 id="dict-body-python-values"),
]


@pytest.mark.parametrize(("operation", "args", "kwargs", "method", "path", "query", "body"), COERCIONS)
def test_conversion_sends_wire_values(client, fake_server, operation, args, kwargs, method, path, query, body):
    operation.sync_detailed(*args, client=client, **kwargs)

    [request] = fake_server.requests
    assert request.method == method
    assert request.path.endswith(path)
    for name, wire_value in query.items():
        assert request.param(name) == wire_value
    if body is not None:
        assert request.json() == body


def test_none_leaves_optional_out(client, fake_server):
    get_timesheets.sync_detailed(client=client, workspace_id=1, status=None, date_from=None)

    [request] = fake_server.requests
    assert "status" not in request.query
    assert "date_from" not in request.query


@pytest.mark.parametrize(("kwargs", "argument", "value"), [
    pytest.param({"max_items": "5"}, "max_items", "'5'", id="max-items-str"),
    pytest.param({"max_items": -1}, "max_items", "-1", id="max-items-negative"),
    pytest.param({"max_items": True}, "max_items", "True", id="max-items-bool"),
    pytest.param({"per_page": 0}, "per_page", "0", id="per-page-zero"),
    pytest.param({"per_page": 2.5}, "per_page", "2.5", id="per-page-float"),
    pytest.param({"start_page": 0}, "start_page", "0", id="start-page-zero"),
    pytest.param({"start_page": None}, "start_page", "None", id="start-page-none"),
])
def test_paginate_bad_argument(client, fake_server, kwargs, argument, value):
    with pytest.raises(InvalidArgumentError) as caught:
        paginate(get_timesheets, client=client, workspace_id=1, **kwargs)

    assert caught.value.operation == "paginate"
    assert caught.value.argument == argument
    assert caught.value.value == value
    assert fake_server.requests == []


def test_paginate_operation_not_module(client):
    with pytest.raises(InvalidArgumentError) as caught:
        paginate(get_timesheets.sync_detailed, client=client, workspace_id=1)

    assert caught.value.argument == "operation"


def test_paginate_bad_operation_argument(client, fake_server):
    with pytest.raises(InvalidArgumentError) as caught:
        list(paginate(get_timesheets, client=client, workspace_id=1, status="submited"))

    assert caught.value.operation == "get_timesheets"
    assert caught.value.argument == "status"
    assert fake_server.requests == []


def test_paginate_converts_arguments(client, fake_server):
    list(paginate(get_timesheets, client=client, workspace_id=1, status="open", max_items=1))

    assert fake_server.requests[0].param("status") == "open"


@pytest.mark.parametrize(("kwargs", "argument"), [
    pytest.param({"token": 12345}, "token", id="token-int"),
    pytest.param({"token": "t", "base_url": 8080}, "base_url", id="base-url-int"),
    pytest.param({"token": "t", "base_url": "http://host:port/api/v2"}, "base URL", id="base-url-bad-port"),
    pytest.param({"token": "t", "timeout": 0}, "timeout", id="timeout-zero"),
    pytest.param({"token": "t", "timeout": -1.5}, "timeout", id="timeout-negative"),
    pytest.param({"token": "t", "timeout": "30"}, "timeout", id="timeout-str"),
    pytest.param({"token": "t", "max_retries": -1}, "max_retries", id="max-retries-negative"),
    pytest.param({"token": "t", "headers": [("X-A", "1")]}, "headers", id="headers-list"),
    pytest.param({"token": "t", "headers": {"X-Id": 5}}, "headers", id="headers-int-value"),
    pytest.param({"token": "t", "headers": {5: "x"}}, "headers", id="headers-int-name"),
    pytest.param({"token": "t", "headers": {"X-Name": "Zo\u00eb"}}, "headers", id="headers-non-ascii"),
    pytest.param({"token": "t", "headers": {"X-Key": "k\r\nX-Other: 1"}}, "headers", id="headers-line-break"),
    pytest.param({"token": "t", "retry": 3}, "retry", id="retry-int"),
])
def test_create_client_bad_argument(kwargs, argument):
    with pytest.raises(ConfigurationError, match=f"create_client: invalid {argument}"):
        create_client(**kwargs)


def test_create_client_hides_header_value():
    with pytest.raises(ConfigurationError) as caught:
        create_client(token="t", headers={"X-Api-Key": "s\u00e9cret-987654321"})

    assert "987654321" not in str(caught.value)
    assert "X-Api-Key" in str(caught.value)


def test_create_client_hides_token_value():
    with pytest.raises(ConfigurationError) as caught:
        create_client(token=987654321)

    assert "987654321" not in str(caught.value)

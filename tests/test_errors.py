"""Error envelopes and broken bodies become typed errors, over real HTTP."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from webwork_tracker import (
    ResponseTooLargeError,
    RetryPolicy,
    acall,
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
    UnsuccessfulResponseError,
    WebWorkError,
    call,
    create_client,
)
from webwork_tracker_api.api.leaves import create_leave_request
from webwork_tracker_api.api.timesheets import get_timesheets
from webwork_tracker_api.api.workspaces import get_workspaces
from webwork_tracker_api.models import ActionResult, LeaveRequestCreate

from tests.fake_server import Scripted

LEAVE = LeaveRequestCreate(workspace_id=1, policy_id=456, start=date(2026, 2, 10), end=date(2026, 2, 11), user_id=123)


def test_wrong_token_is_authentication_error(fake_server):
    with create_client(token="wrong-token", base_url=fake_server.base_url) as client:
        with pytest.raises(AuthenticationError) as caught:
            call(get_workspaces, client=client)

    error = caught.value
    assert error.status_code == 401
    assert error.method == "GET"
    assert error.path == "/api/v2/workspaces"
    assert error.message == "Unauthenticated."
    assert error.body["success"] is False
    assert "wrong-token" not in str(error)


def test_error_envelope_fields(client, fake_server):
    body = {"success": False, "message": "Resource not found", "error": "Not Found",
            "meta": {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}}
    fake_server.script(Scripted(status=404, json=body, headers={"X-Request-Id": "abc"}))

    with pytest.raises(NotFoundError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.error == "Not Found"
    assert caught.value.headers["x-request-id"] == "abc"
    assert caught.value.operation == "get_workspaces"
    assert str(caught.value) == "HTTP 404 from GET /api/v2/workspaces: Resource not found (Not Found)"


def test_html_error_page(client, fake_server):
    fake_server.script(Scripted(status=500, body=b"<html><h1>Server Error</h1></html>",
                                headers={"Content-Type": "text/html"}))

    with pytest.raises(InternalServerError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.body is None
    assert caught.value.content == b"<html><h1>Server Error</h1></html>"
    assert "non-JSON response body" in caught.value.message


def test_empty_error_body(client, fake_server):
    fake_server.script(Scripted(status=429, body=b"", headers={"Retry-After": "2"}))

    with pytest.raises(RateLimitError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.message == "empty response body"
    assert caught.value.retry_after == 2.0


def test_undocumented_status(client, fake_server):
    fake_server.script(Scripted(status=418, json={"success": False, "message": "teapot"}))

    with pytest.raises(WebWorkError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.status_code == 418


def test_success_false_with_200(client, fake_server):
    fake_server.script(Scripted(json={"success": False, "message": "Workspace is blocked", "data": []}))

    with pytest.raises(UnsuccessfulResponseError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.status_code == 200
    assert caught.value.message == "Workspace is blocked"


def test_non_json_success_body(client, fake_server):
    fake_server.script(Scripted(status=200, body=b"<html>maintenance</html>"))

    with pytest.raises(ResponseDecodeError) as caught:
        get_timesheets.sync_detailed(client=client, workspace_id=1)

    assert caught.value.operation == "get_timesheets"
    assert caught.value.content == b"<html>maintenance</html>"
    assert isinstance(caught.value, WebWorkError)


def test_truncated_json_success_body(client, fake_server):
    fake_server.script(Scripted(status=200, body=b'{"success": true, "data": [{"id": '))

    with pytest.raises(ResponseDecodeError):
        call(get_workspaces, client=client)


def test_json_error_without_message(client, fake_server):
    fake_server.script(Scripted(status=500, json={}))

    with pytest.raises(InternalServerError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.message == "no message in the JSON response body (empty object)"


def test_redirect_names_location(client, fake_server):
    fake_server.script(Scripted(status=301, body=b"", headers={"Location": "https://example.invalid/api/v2/workspaces"}))

    with pytest.raises(APIStatusError) as caught:
        call(get_workspaces, client=client)

    assert caught.value.status_code == 301
    assert not isinstance(caught.value, UnsuccessfulResponseError)
    assert "redirect to https://example.invalid/api/v2/workspaces" in str(caught.value)


def test_non_object_success_body(client, fake_server):
    fake_server.script(Scripted(json="hello"))

    with pytest.raises(ResponseDecodeError, match="not a JSON object"):
        call(get_workspaces, client=client)


@pytest.mark.parametrize("status", [200, 404, 500])
def test_deeply_nested_body(client, fake_server, status):
    fake_server.script(Scripted(status=status, body=b"[" * 5000 + b"]" * 5000))

    with pytest.raises(WebWorkError):
        call(get_workspaces, client=client)


def test_message_leaves_out_json_values(client, fake_server):
    fake_server.script(Scripted(status=409, json={"success": False, "data": {"token": "whsec_secret"}}))

    with pytest.raises(WebWorkError) as caught:
        call(get_workspaces, client=client)

    assert "whsec_secret" not in str(caught.value)
    assert "keys data, success" in str(caught.value)


def test_decode_error_leaves_out_json_values(client, fake_server):
    fake_server.script(Scripted(status=200, body=b'{"data": [{"token": "whsec_secret"'))

    with pytest.raises(ResponseDecodeError) as caught:
        call(get_workspaces, client=client)

    assert "whsec_secret" not in str(caught.value)
    assert caught.value.content.startswith(b'{"data"')


@pytest.mark.parametrize("status", [200, 202])
def test_unlisted_success_status_decodes(client, fake_server, status):
    body = {"success": True, "message": "Leave request created", "data": None,
            "meta": {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}}
    fake_server.script(Scripted(status=status, json=body))

    result = create_leave_request.sync_detailed(client=client, body=LEAVE)

    assert isinstance(result.parsed, ActionResult)
    assert result.parsed.message == "Leave request created"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_response_over_size_cap(fake_server, mode):
    fake_server.script(Scripted(status=200, body=b"{" + b" " * 300_000 + b"}"))
    policy = RetryPolicy(max_retries=0, max_response_bytes=100_000)

    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=policy) as client:
        with pytest.raises(ResponseTooLargeError) as caught:
            if mode == "sync":
                call(get_workspaces, client=client)
            else:
                asyncio.run(acall(get_workspaces, client=client))

    assert caught.value.method == "GET"
    assert "100000 bytes" in str(caught.value)


def test_errors_module_exports_every_class():
    import webwork_tracker
    from webwork_tracker import errors

    for name in webwork_tracker.__all__:
        value = getattr(webwork_tracker, name)
        if isinstance(value, type) and issubclass(value, WebWorkError):
            assert getattr(errors, name, None) is value, name
            assert name in errors.__all__, name

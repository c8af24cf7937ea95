"""Retries and typed transport errors over real HTTP, with faults injected by the fake server."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import socket
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from uuid import UUID

import pytest
from webwork_tracker import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ResponseDecodeError,
    UnsuccessfulResponseError,
    acall,
    call,
    create_client,
)
from webwork_tracker._retries import RetryPolicy
from webwork_tracker_api import Client
from webwork_tracker_api.api.members import invite_member
from webwork_tracker_api.api.timesheets import approve_timesheet
from webwork_tracker_api.api.workspaces import get_workspaces
from webwork_tracker_api.models import MemberInvite, TimesheetTransition

from tests.fake_server import FakeWebWork, Scripted
from tests.fake_server.tags.timesheets import timesheet_ids

# Millisecond backoff keeps the retries fast; the total wait stays far below the test timeout.
FAST = RetryPolicy(max_retries=3, initial_backoff=0.001, max_backoff=0.004, max_wait=5.0)
MODES = ["sync", "async"]
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"


@pytest.fixture
def fast(fake_server: FakeWebWork) -> Iterator[Client]:
    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=FAST, rate_limit=None,
                       timeout=2.0) as api:
        yield api


def send(mode: str, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """Run an operation and unwrap it, with the sync or the async client."""
    if mode == "sync":
        return call(operation, *args, **kwargs)
    return asyncio.run(acall(operation, *args, **kwargs))


def invite(mode: str, client: Client) -> Any:
    body = MemberInvite(workspace_id=1, email="new@example.com", firstname="Ada", lastname="Lovelace",
                        role="Regular User")
    return send(mode, invite_member, client=client, body=body)


def posts(server: FakeWebWork) -> int:
    return sum(1 for request in server.requests if request.method == "POST")


@pytest.mark.parametrize("mode", MODES)
def test_429_retry_after_seconds(mode, fast, fake_server):
    fake_server.script(Scripted(status=429, json={"success": False, "message": "Too Many Attempts."},
                                headers={"Retry-After": "0.01"}))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_429_retry_after_date(mode, fast, fake_server):
    past = email.utils.formatdate(time.time() - 5, usegmt=True)
    fake_server.script(Scripted(status=429, body=b"", headers={"Retry-After": past}))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_429_future_date_beyond_budget(mode, fast, fake_server):
    later = email.utils.formatdate(time.time() + 3600, usegmt=True)
    fake_server.script(Scripted(status=429, body=b"", headers={"Retry-After": later}))

    with pytest.raises(RateLimitError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.retry_after > 3000
    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_wait_beyond_budget(mode, fast, fake_server):
    fake_server.script(Scripted(status=429, body=b"", headers={"Retry-After": "3600"}))

    with pytest.raises(RateLimitError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.retry_after == 3600
    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_rate_limit_reset_header(mode, fast, fake_server):
    fake_server.script(Scripted(status=429, body=b"", headers={"X-RateLimit-Reset": "0"}))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_503_burst_recovers(mode, fast, fake_server):
    fake_server.script(*[Scripted(status=503, json={"success": False, "message": "Service Unavailable"})] * 3)

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 4


@pytest.mark.parametrize("mode", MODES)
def test_503_burst_exhausts_retries(mode, fast, fake_server):
    fake_server.script(*[Scripted(status=503, json={"success": False, "message": "Service Unavailable"})] * 4)

    with pytest.raises(InternalServerError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.status_code == 503
    assert len(fake_server.requests) == 4


@pytest.mark.parametrize("mode", MODES)
def test_html_502_recovers(mode, fast, fake_server):
    fake_server.script(Scripted(status=502, body=HTML_502, headers={"Content-Type": "text/html"}))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_html_502_persists(mode, fast, fake_server):
    fake_server.script(*[Scripted(status=502, body=HTML_502, headers={"Content-Type": "text/html"})] * 4)

    with pytest.raises(InternalServerError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.status_code == 502
    assert caught.value.body is None
    assert "non-JSON response body" in caught.value.message


@pytest.mark.parametrize("mode", MODES)
def test_500_not_retried_by_default(mode, fast, fake_server):
    fake_server.script(Scripted(status=500, json={"success": False, "message": "Server Error"}))

    with pytest.raises(InternalServerError):
        send(mode, get_workspaces, client=fast)

    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_500_retried_when_configured(mode, fake_server):
    policy = RetryPolicy(initial_backoff=0.001, max_backoff=0.004, retry_statuses={500, 502, 503, 504})
    fake_server.script(Scripted(status=500, json={"success": False, "message": "Server Error"}))

    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=policy, rate_limit=None) as api:
        workspaces = send(mode, get_workspaces, client=api)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_empty_503_recovers(mode, fast, fake_server):
    fake_server.script(Scripted(status=503, body=b""))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2


@pytest.mark.parametrize("mode", MODES)
def test_empty_200_not_retried(mode, fast, fake_server):
    fake_server.script(Scripted(status=200, body=b""))

    with pytest.raises(ResponseDecodeError):
        send(mode, get_workspaces, client=fast)

    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_truncated_json_not_retried(mode, fast, fake_server):
    fake_server.script(Scripted(status=200, body=b'{"success": true, "data": [{"id": '))

    with pytest.raises(ResponseDecodeError):
        send(mode, get_workspaces, client=fast)

    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_broken_gzip_not_retried(mode, fast, fake_server):
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    fake_server.script(Scripted(status=200, body=b'{"success": true, "data": []}', headers=headers))

    with pytest.raises(ResponseDecodeError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.status_code == 200
    assert type(caught.value.cause).__name__ == "DecodingError"
    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_success_false_raises(mode, fast, fake_server):
    fake_server.script(Scripted(json={"success": False, "message": "Workspace is blocked", "data": []}))

    with pytest.raises(UnsuccessfulResponseError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.message == "Workspace is blocked"
    assert len(fake_server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_reset_get_recovers(mode, fast, fake_server):
    fake_server.script(Scripted(reset=True))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_cut_body_recovers(mode, fast, fake_server):
    fake_server.script(Scripted(json={"success": True, "data": [], "meta": {"api_version": "2.0.0"}}, cut=True))

    workspaces = send(mode, get_workspaces, client=fast)

    assert len(workspaces) == 2
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_cut_body_post_sent_once(mode, fast, fake_server):
    fake_server.script(Scripted(status=201, json={"success": True, "data": None}, cut=True), method="POST")

    with pytest.raises(APIConnectionError) as caught:
        invite(mode, fast)

    assert "RemoteProtocolError" in str(caught.value)
    assert posts(fake_server) == 1


@pytest.mark.parametrize("mode", MODES)
def test_reset_put_recovers(mode, fast, fake_server):
    timesheet_id = timesheet_ids(fake_server, "submitted")[0]
    fake_server.script(Scripted(reset=True), method="PUT")

    send(mode, approve_timesheet, UUID(timesheet_id), client=fast, body=TimesheetTransition(workspace_id=1))

    assert [request.method for request in fake_server.requests] == ["PUT", "PUT"]


@pytest.mark.parametrize("mode", MODES)
def test_reset_persists(mode, fast, fake_server):
    fake_server.script(*[Scripted(reset=True)] * 4)

    with pytest.raises(APIConnectionError) as caught:
        send(mode, get_workspaces, client=fast)

    assert caught.value.method == "GET"
    assert caught.value.path == "/api/v2/workspaces"
    assert "after 3 retries" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_reset_post_sent_once(mode, fast, fake_server):
    fake_server.script(Scripted(reset=True), method="POST")

    with pytest.raises(APIConnectionError) as caught:
        invite(mode, fast)

    assert caught.value.method == "POST"
    assert posts(fake_server) == 1


@pytest.mark.parametrize("mode", MODES)
def test_503_post_sent_once(mode, fast, fake_server):
    fake_server.script(Scripted(status=503, json={"success": False, "message": "Service Unavailable"}), method="POST")

    with pytest.raises(InternalServerError):
        invite(mode, fast)

    assert posts(fake_server) == 1


@pytest.mark.parametrize("mode", MODES)
def test_timeout_get_recovers(mode, fake_server):
    fake_server.script(Scripted(delay=1.0, json={"success": True, "data": []}))

    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=FAST, rate_limit=None,
                       timeout=0.2) as api:
        workspaces = send(mode, get_workspaces, client=api)

    assert len(workspaces) == 2


@pytest.mark.parametrize("mode", MODES)
def test_timeout_persists(mode, fake_server):
    fake_server.script(*[Scripted(delay=1.0, body=b"")] * 2)
    policy = RetryPolicy(max_retries=1, initial_backoff=0.001)

    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=policy, rate_limit=None,
                       timeout=0.2) as api:
        with pytest.raises(APITimeoutError) as caught:
            send(mode, get_workspaces, client=api)

    assert caught.value.method == "GET"
    assert caught.value.path == "/api/v2/workspaces"


@pytest.mark.parametrize("mode", MODES)
def test_timeout_post_sent_once(mode, fake_server):
    fake_server.script(Scripted(delay=1.0, body=b""), method="POST")

    with create_client(token=fake_server.token, base_url=fake_server.base_url, retry=FAST, rate_limit=None,
                       timeout=0.2) as api:
        with pytest.raises(APITimeoutError):
            invite(mode, api)

    assert posts(fake_server) == 1


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("mode", MODES)
def test_refused_post_retried(mode, caplog):
    caplog.set_level(logging.INFO, logger="webwork_tracker")
    base_url = f"http://127.0.0.1:{closed_port()}/api/v2"

    with create_client(token="t", base_url=base_url, retry=FAST, rate_limit=None) as api:
        with pytest.raises(APIConnectionError) as caught:
            invite(mode, api)

    retries = [record for record in caplog.records if record.getMessage().startswith("Retrying POST")]
    assert len(retries) == 3
    assert "ConnectError" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_zero(mode, fake_server):
    fake_server.script(Scripted(status=503, body=b""))

    with create_client(token=fake_server.token, base_url=fake_server.base_url, max_retries=0, rate_limit=None) as api:
        with pytest.raises(InternalServerError):
            send(mode, get_workspaces, client=api)

    assert len(fake_server.requests) == 1


def test_retry_logged_once(fast, fake_server, caplog):
    caplog.set_level(logging.INFO, logger="webwork_tracker")
    fake_server.script(Scripted(status=503, body=b""))

    call(get_workspaces, client=fast)

    messages = [record.getMessage() for record in caplog.records if record.name == "webwork_tracker._retries"]
    assert len(messages) == 1
    assert "GET /api/v2/workspaces" in messages[0]
    assert "HTTP 503" in messages[0]
    assert "retry 1 of 3" in messages[0]

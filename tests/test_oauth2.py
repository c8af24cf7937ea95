"""OAuth2 code exchange and refresh over real HTTP, with a fake token endpoint on 127.0.0.1."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from webwork_tracker import AuthenticationError, acall, call, create_client
from webwork_tracker._errors import OAuth2Error
from webwork_tracker._oauth2 import OAuth2
from webwork_tracker_api.api.workspaces import get_workspaces

from tests.fake_server import FakeWebWork, Scripted
from tests.fake_server.oauth import FakeTokenEndpoint

MODES = ["sync", "async"]
FAR_FUTURE = 4_000_000_000


@pytest.fixture
def endpoint(fake_server: FakeWebWork) -> Iterator[FakeTokenEndpoint]:
    with FakeTokenEndpoint(fake_server) as token_endpoint:
        yield token_endpoint


def make_auth(endpoint: FakeTokenEndpoint, saved: list[dict[str, Any]], **token: Any) -> OAuth2:
    return OAuth2(
        endpoint.client_id,
        endpoint.client_secret,
        token=token or None,
        redirect_uri="https://app.example/callback",
        on_token=saved.append,
        token_url=endpoint.token_url,
    )


def fetch(mode: str, api: Any) -> Any:
    if mode == "sync":
        return call(get_workspaces, client=api)
    return asyncio.run(acall(get_workspaces, client=api))


@pytest.mark.parametrize("mode", MODES)
def test_exchange_code(mode, endpoint, fake_server):
    saved: list[dict[str, Any]] = []
    auth = make_auth(endpoint, saved)

    if mode == "sync":
        token = auth.exchange_code("code-1")
    else:
        token = asyncio.run(auth.aexchange_code("code-1"))

    assert token["access_token"] == fake_server.token
    assert token["refresh_token"] == endpoint.refresh_token
    assert saved == [token]
    assert endpoint.forms[0]["grant_type"] == "authorization_code"
    assert endpoint.forms[0]["code"] == "code-1"
    assert endpoint.forms[0]["redirect_uri"] == "https://app.example/callback"


def test_exchange_then_call(endpoint, fake_server):
    auth = make_auth(endpoint, [])
    auth.exchange_code("code-1")

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        workspaces = call(get_workspaces, client=api)

    assert len(workspaces) == 2


def test_exchange_bad_code(endpoint):
    auth = make_auth(endpoint, [])

    with pytest.raises(OAuth2Error) as caught:
        auth.exchange_code("wrong-code")

    assert caught.value.error == "invalid_grant"


@pytest.mark.parametrize("mode", MODES)
def test_refresh_after_401(mode, endpoint, fake_server):
    saved: list[dict[str, Any]] = []
    auth = make_auth(endpoint, saved, access_token="revoked-1", refresh_token="refresh-1", expires_at=FAR_FUTURE)

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        workspaces = fetch(mode, api)

    assert len(workspaces) == 2
    assert endpoint.grants == ["refresh_token"]
    assert [request.headers["authorization"] for request in fake_server.requests] == [
        "Bearer revoked-1", f"Bearer {fake_server.token}"]
    assert saved[0]["access_token"] == fake_server.token
    assert saved[0]["refresh_token"] == endpoint.refresh_token


@pytest.mark.parametrize("mode", MODES)
def test_refresh_before_expiry(mode, endpoint, fake_server):
    saved: list[dict[str, Any]] = []
    soon = int(time.time()) + 10
    auth = make_auth(endpoint, saved, access_token="old-1", refresh_token="refresh-1", expires_at=soon)

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        fetch(mode, api)

    assert endpoint.grants == ["refresh_token"]
    assert len(fake_server.requests) == 1
    assert len(saved) == 1


@pytest.mark.parametrize("mode", MODES)
def test_persistent_401_refreshes_once(mode, endpoint, fake_server):
    auth = make_auth(endpoint, [], access_token="revoked-1", refresh_token="refresh-1", expires_at=FAR_FUTURE)
    unauthenticated = {"success": False, "message": "Unauthenticated."}
    fake_server.script(Scripted(status=401, json=unauthenticated), Scripted(status=401, json=unauthenticated))

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        with pytest.raises(AuthenticationError):
            fetch(mode, api)

    assert endpoint.grants == ["refresh_token"]
    assert len(fake_server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_rejected_refresh_raises(mode, endpoint, fake_server):
    auth = make_auth(endpoint, [], access_token="revoked-1", refresh_token="expired-refresh", expires_at=FAR_FUTURE)

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        with pytest.raises(OAuth2Error) as caught:
            fetch(mode, api)

    assert caught.value.error == "invalid_grant"


def test_single_refresh_threads(endpoint, fake_server):
    endpoint.delay = 0.05
    auth = make_auth(endpoint, [], access_token="old-1", refresh_token="refresh-1", expires_at=int(time.time()))
    errors: list[Exception] = []
    api = create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None)

    def run() -> None:
        try:
            call(get_workspaces, client=api)
        except Exception as error:  # noqa: BLE001 - collected for the assert below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert endpoint.grants == ["refresh_token"]
    assert len(fake_server.requests) == 8


async def test_single_refresh_tasks(endpoint, fake_server):
    endpoint.delay = 0.05
    auth = make_auth(endpoint, [], access_token="old-1", refresh_token="refresh-1", expires_at=int(time.time()))
    api = create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None)

    results = await asyncio.gather(*(acall(get_workspaces, client=api) for _ in range(8)))

    assert [len(workspaces) for workspaces in results] == [2] * 8
    assert endpoint.grants == ["refresh_token"]
    assert len(fake_server.requests) == 8


async def test_single_refresh_after_401_tasks(endpoint, fake_server):
    endpoint.delay = 0.05
    auth = make_auth(endpoint, [], access_token="revoked-1", refresh_token="refresh-1", expires_at=FAR_FUTURE)
    api = create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None)

    results = await asyncio.gather(*(acall(get_workspaces, client=api) for _ in range(8)))

    assert [len(workspaces) for workspaces in results] == [2] * 8
    assert endpoint.grants == ["refresh_token"]


def test_mixed_threads_and_tasks(endpoint, fake_server):
    endpoint.delay = 0.05
    auth = make_auth(endpoint, [], access_token="old-1", refresh_token="refresh-1", expires_at=int(time.time()))
    api = create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None)

    async def tasks() -> None:
        await asyncio.gather(*(acall(get_workspaces, client=api) for _ in range(4)))

    threads = [threading.Thread(target=call, args=(get_workspaces,), kwargs={"client": api}) for _ in range(4)]
    for thread in threads:
        thread.start()
    asyncio.run(tasks())
    for thread in threads:
        thread.join()

    assert endpoint.grants == ["refresh_token"]


def test_wrong_client_secret(endpoint):
    auth = OAuth2(endpoint.client_id, "wrong-secret", token_url=endpoint.token_url)

    with pytest.raises(OAuth2Error) as caught:
        auth.exchange_code("code-1")

    assert caught.value.error == "invalid_client"
    assert "client_secret" in str(caught.value)


def test_token_endpoint_unreachable():
    auth = OAuth2("client-1", "secret", token={"access_token": "a", "refresh_token": "r"},
                  token_url="http://127.0.0.1:9/oauth/token")

    with pytest.raises(OAuth2Error) as caught:
        auth.refresh()

    assert caught.value.error == "ConnectError"


def test_invalid_token_url_raises(fake_server):
    auth = OAuth2("client-1", "secret", token={"access_token": "a", "refresh_token": "r", "expires_at": 1},
                  token_url="http://127.0.0.1:port/oauth/token")

    with pytest.raises(OAuth2Error) as caught:
        with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
            fetch("sync", api)

    assert caught.value.error == "InvalidURL"
    assert "token_url" in str(caught.value)


def test_reply_without_access_token(endpoint, fake_server):
    saved: list[dict[str, Any]] = []
    auth = make_auth(endpoint, saved, access_token="old-1", refresh_token="refresh-1", expires_at=FAR_FUTURE)
    endpoint.next_reply = {"token_type": "Bearer", "refresh_token": "refresh-9"}

    with pytest.raises(OAuth2Error, match="no access_token"):
        auth.refresh()

    assert auth.token["access_token"] == "old-1"
    assert auth.token["refresh_token"] == "refresh-1"
    assert saved == []


def test_refresh_keeps_unrotated_refresh_token(endpoint, fake_server):
    auth = make_auth(endpoint, [], access_token="old-1", refresh_token="refresh-1", expires_at=FAR_FUTURE)
    endpoint.next_reply = {"token_type": "Bearer", "access_token": "access-9", "expires_in": 3600}

    auth.refresh()

    assert auth.token["access_token"] == "access-9"
    assert auth.token["refresh_token"] == "refresh-1"


def test_short_lived_token_not_refreshed_each_request(endpoint, fake_server):
    saved: list[dict[str, Any]] = []
    auth = make_auth(endpoint, saved, access_token="old-1", refresh_token="refresh-1",
                     expires_in=120, expires_at=int(time.time()) + 120)
    fake_server.token = "old-1"

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        for _ in range(3):
            call(get_workspaces, client=api)

    assert endpoint.grants == []
    assert saved == []


def test_unreadable_expiry_refreshes(endpoint, fake_server):
    auth = make_auth(endpoint, [], access_token="old-1", refresh_token="refresh-1", expires_at="soon")

    with create_client(auth=auth, base_url=fake_server.base_url, rate_limit=None) as api:
        call(get_workspaces, client=api)

    assert endpoint.grants == ["refresh_token"]

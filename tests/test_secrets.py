"""No token reaches logs, reprs or exception messages."""

from __future__ import annotations

import asyncio
import logging

import pytest
from webwork_tracker import AuthenticationError, OAuth2, OAuth2Error, WebWorkError, acall, call, create_client
from webwork_tracker._retries import RetryPolicy
from webwork_tracker_api.api.workspaces import get_workspaces

from tests.fake_server import FakeWebWork, Scripted
from tests.fake_server.oauth import FakeTokenEndpoint

FAST = RetryPolicy(initial_backoff=0.001, max_backoff=0.004)
PAT = "pat-secret-0f9a8b7c"


def leaks(text: str, secrets: list[str]) -> list[str]:
    return [secret for secret in secrets if secret in text]


def test_personal_token_never_leaks(caplog):
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []

    with FakeWebWork(token=PAT) as server:
        server.script(Scripted(status=503, body=b""), Scripted(status=429, body=b"", headers={"Retry-After": "0"}))
        with create_client(token=PAT, base_url=server.base_url, retry=FAST) as api:
            call(get_workspaces, client=api)
            asyncio.run(acall(get_workspaces, client=api))
            texts += [repr(api), str(api), repr(api.get_httpx_client()), repr(api.get_httpx_client().auth),
                      repr(api.get_async_httpx_client()._transport)]

            server.script(Scripted(status=401, json={"success": False, "message": "Unauthenticated."}))
            with pytest.raises(AuthenticationError) as caught:
                call(get_workspaces, client=api)
            texts += [str(caught.value), repr(caught.value)]

    texts.append(caplog.text)
    assert leaks("\n".join(texts), [PAT]) == []


def test_oauth2_tokens_never_leak(caplog):
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []

    with FakeWebWork() as server, FakeTokenEndpoint(server) as endpoint:
        auth = OAuth2(endpoint.client_id, endpoint.client_secret, token_url=endpoint.token_url,
                      redirect_uri="https://app.example/callback")
        auth.exchange_code("code-1")
        server.token = "server-side-other"
        server.script(Scripted(status=503, body=b""))

        with create_client(auth=auth, base_url=server.base_url, retry=FAST) as api:
            call(get_workspaces, client=api)
            asyncio.run(acall(get_workspaces, client=api))
            texts += [repr(api), repr(auth), str(auth), repr(api.get_httpx_client()),
                      repr(api.get_async_httpx_client().auth)]

            endpoint.refresh_token = "no-longer-valid"
            server.token = "server-side-other-2"
            with pytest.raises(OAuth2Error) as caught:
                call(get_workspaces, client=api)
            texts += [str(caught.value), repr(caught.value)]

        with pytest.raises(WebWorkError) as bad_code:
            auth.exchange_code("wrong-code")
        texts.append(str(bad_code.value))

    secrets = [form["code"] for form in endpoint.forms if "code" in form]
    secrets += [f"access-{number}" for number in (1, 2)] + ["refresh-2", "refresh-3", endpoint.client_secret]
    texts.append(caplog.text)
    assert len(caplog.records) > 0
    assert leaks("\n".join(texts), secrets) == []

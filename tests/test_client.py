"""The client factory: token and base URL sources, defaults, and masking."""

from __future__ import annotations

import pytest
from webwork_tracker import (
    DEFAULT_BASE_URL,
    ConfigurationError,
    InvalidArgumentError,
    NotFoundError,
    call,
    create_client,
)
from webwork_tracker._client import DEFAULT_TIMEOUT
from webwork_tracker_api.api.workspaces import get_workspaces


def test_missing_token_explains_fix(monkeypatch):
    monkeypatch.delenv("WEBWORK_API_TOKEN", raising=False)

    with pytest.raises(ConfigurationError) as caught:
        create_client()

    assert "WEBWORK_API_TOKEN" in str(caught.value)
    assert "token=" in str(caught.value)


def test_token_and_url_from_environment(monkeypatch, fake_server):
    monkeypatch.setenv("WEBWORK_API_TOKEN", fake_server.token)
    monkeypatch.setenv("WEBWORK_BASE_URL", fake_server.base_url)

    with create_client() as client:
        workspaces = call(get_workspaces, client=client)

    assert len(workspaces) == 2
    assert fake_server.requests[0].headers["authorization"] == f"Bearer {fake_server.token}"


def test_default_base_url(monkeypatch):
    monkeypatch.delenv("WEBWORK_BASE_URL", raising=False)

    client = create_client(token="secret-token-value")

    assert str(client.get_httpx_client().base_url) == DEFAULT_BASE_URL + "/"


def test_repr_hides_token():
    client = create_client(token="secret-token-value", base_url="http://127.0.0.1:9")

    assert "secret-token-value" not in repr(client)
    assert "secret-token-value" not in repr(client.get_httpx_client().auth)


def test_timeout_number(fake_server):
    client = create_client(token="t", base_url=fake_server.base_url, timeout=5)

    assert client.get_httpx_client().timeout.read == 5


def test_token_newline_stripped(fake_server):
    with create_client(token=fake_server.token + "\n", base_url=fake_server.base_url) as client:
        call(get_workspaces, client=client)

    assert fake_server.requests[0].headers["authorization"] == f"Bearer {fake_server.token}"


def test_token_inner_whitespace_rejected():
    with pytest.raises(ConfigurationError) as caught:
        create_client(token="secret token-value")

    assert "whitespace" in str(caught.value)
    assert "secret" not in str(caught.value)


def test_blank_token_is_missing(monkeypatch):
    monkeypatch.delenv("WEBWORK_API_TOKEN", raising=False)

    with pytest.raises(ConfigurationError, match="No API token"):
        create_client(token="   ")


def test_base_url_without_api_prefix(fake_server):
    root = fake_server.base_url.removesuffix("/api/v2")

    with create_client(token=fake_server.token, base_url=root, max_retries=0) as client:
        with pytest.raises(NotFoundError, match="lives under /api/v2"):
            call(get_workspaces, client=client)


def test_base_url_without_scheme():
    with pytest.raises(ConfigurationError, match="invalid base URL"):
        create_client(token="t", base_url="api.webwork-tracker.com/api/v2")


def test_call_rejects_non_module(client):
    with pytest.raises(InvalidArgumentError, match="generated operation module"):
        call("get_workspaces", client=client)


def test_timeout_none_is_default():
    client = create_client(token="t", base_url="http://127.0.0.1:9", timeout=None)

    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT

"""Shared fixtures: a fresh fake WebWork server per test, and a client pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from webwork_tracker import create_client
from webwork_tracker_api import Client

from tests.fake_server import FakeWebWork


@pytest.fixture
def fake_server() -> Iterator[FakeWebWork]:
    with FakeWebWork() as server:
        yield server


@pytest.fixture
def client(fake_server: FakeWebWork) -> Iterator[Client]:
    # Retries and pacing are off, so that each test gets the first response the server sends.
    with create_client(token=fake_server.token, base_url=fake_server.base_url, max_retries=0, rate_limit=None) as api:
        yield api

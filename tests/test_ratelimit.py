"""Client-side pacing against a fake server that enforces the same quota."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from webwork_tracker import RateLimitError, create_client, paginate
from webwork_tracker._ratelimit import RateLimit
from webwork_tracker_api.api.timesheets import get_timesheets

from tests.fake_server import FakeWebWork
from tests.fake_server.tags.timesheets import timesheet_ids

# A scaled-down quota: 5 requests per 0.2 s instead of 60 per minute. The margin of 0.1 s
# covers the differences in delay between the client sending a request and the server counting it.
QUOTA = (5, 0.2)
LIMIT = RateLimit(requests=5, period=0.2, margin=0.1)


@pytest.fixture
def quota_server() -> Iterator[FakeWebWork]:
    # A token of its own, so the limiter registry has no reservations from other tests.
    with FakeWebWork(token=f"quota-token-{id(object())}", quota=QUOTA) as server:
        yield server


def test_paced_pagination_sync(quota_server):
    with create_client(token=quota_server.token, base_url=quota_server.base_url, max_retries=0,
                       rate_limit=LIMIT) as api:
        ids = [str(item.id) for item in paginate(get_timesheets, client=api, workspace_id=1, per_page=5)]

    assert ids == timesheet_ids(quota_server)
    assert len(quota_server.requests) > 2 * QUOTA[0]
    assert quota_server.rejected == 0


async def test_paced_pagination_async(quota_server):
    api = create_client(token=quota_server.token, base_url=quota_server.base_url, max_retries=0, rate_limit=LIMIT)
    async with api:
        ids = [str(item.id) async for item in paginate(get_timesheets, client=api, workspace_id=1, per_page=5)]

    assert ids == timesheet_ids(quota_server)
    assert quota_server.rejected == 0


def test_clients_share_limiter_threads(quota_server):
    errors: list[Exception] = []

    def run() -> None:
        with create_client(token=quota_server.token, base_url=quota_server.base_url, max_retries=0,
                           rate_limit=LIMIT) as api:
            try:
                list(paginate(get_timesheets, client=api, workspace_id=1, per_page=10))
            except Exception as error:  # noqa: BLE001 - collected for the assert below
                errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert quota_server.rejected == 0


async def test_clients_share_limiter_tasks(quota_server):
    clients = [create_client(token=quota_server.token, base_url=quota_server.base_url, max_retries=0,
                             rate_limit=LIMIT) for _ in range(3)]

    async def run(api) -> int:
        return len([item async for item in paginate(get_timesheets, client=api, workspace_id=1, per_page=10)])

    counts = await asyncio.gather(*(run(api) for api in clients))

    assert counts == [len(timesheet_ids(quota_server))] * 3
    assert quota_server.rejected == 0


def test_unpaced_client_hits_quota(quota_server):
    with create_client(token=quota_server.token, base_url=quota_server.base_url, max_retries=0,
                       rate_limit=None) as api:
        with pytest.raises(RateLimitError) as caught:
            list(paginate(get_timesheets, client=api, workspace_id=1, per_page=1))

    assert caught.value.retry_after is not None
    assert quota_server.rejected == 1

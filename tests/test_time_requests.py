"""Time Requests over real HTTP against the fake server: listing across pages."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from webwork_tracker import paginate
from webwork_tracker_api.api.time_requests import get_time_requests
from webwork_tracker_api.models import TimeRequest, TimeRequestStatus

from tests.fake_server.tags.time_requests import time_request_ids


def test_time_requests_across_pages(client, fake_server):
    expected = time_request_ids(fake_server)

    items = list(paginate(get_time_requests, client=client, workspace_id=1, per_page=20))

    assert [str(item.id) for item in items] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(item, TimeRequest) for item in items)
    assert isinstance(items[0].id, UUID)
    assert isinstance(items[0].start, datetime)
    assert isinstance(items[0].status, TimeRequestStatus)


def test_pending_time_requests_across_pages(client, fake_server):
    expected = time_request_ids(fake_server, "pending")

    pending = paginate(get_time_requests, client=client, workspace_id=1, status=TimeRequestStatus.PENDING, per_page=10)
    items = list(pending)

    assert [str(item.id) for item in items] == expected
    assert len(fake_server.requests) == 3
    assert fake_server.requests[0].param("status") == "pending"
    assert all(item.status is TimeRequestStatus.PENDING for item in items)

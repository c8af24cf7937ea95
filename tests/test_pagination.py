"""Pagination over real HTTP: stopping rules, item caps, pages, sync and async."""

from __future__ import annotations

import pytest
from webwork_tracker import InvalidArgumentError, Page, PaginationError, ResponseDecodeError, paginate
from webwork_tracker_api.api.timesheets import approve_timesheet, get_timesheets
from webwork_tracker_api.models import Timesheet, TimesheetStatus

from tests.fake_server import Scripted
from tests.fake_server.tags.timesheets import timesheet_ids


def sheet(index: int) -> dict:
    return {"id": f"00000000-0000-0000-0000-{index:012d}", "status": "submitted"}


def page_body(indexes: range, pagination: dict | None = None) -> dict:
    meta = {"api_version": "2.0.0", "timestamp": "2024-01-15T10:30:00Z"}
    if pagination is not None:
        meta["pagination"] = pagination
    return {"success": True, "data": [sheet(index) for index in indexes], "meta": meta}


def test_iterates_every_item_sync(client, fake_server):
    sheets = list(paginate(get_timesheets, client=client, workspace_id=1, per_page=7))

    assert [str(item.id) for item in sheets] == timesheet_ids(fake_server)
    assert all(isinstance(item, Timesheet) for item in sheets)


async def test_iterates_every_item_async(client, fake_server):
    sheets = [item async for item in paginate(get_timesheets, client=client, workspace_id=1, per_page=7)]

    assert [str(item.id) for item in sheets] == timesheet_ids(fake_server)


def test_stops_at_last_page(client, fake_server):
    list(paginate(get_timesheets, client=client, workspace_id=1, per_page=25))

    assert [request.param("page") for request in fake_server.requests] == ["1", "2", "3"]


def test_max_items_caps_items_and_requests(client, fake_server):
    sheets = list(paginate(get_timesheets, client=client, workspace_id=1, per_page=10, max_items=15))

    assert len(sheets) == 15
    assert len(fake_server.requests) == 2


def test_max_items_zero_sends_nothing(client, fake_server):
    assert list(paginate(get_timesheets, client=client, workspace_id=1, max_items=0)) == []
    assert fake_server.requests == []


def test_pages_carry_position(client):
    pages = list(paginate(get_timesheets, client=client, workspace_id=1, status=TimesheetStatus.SUBMITTED,
                          per_page=10).pages())

    assert [page.number for page in pages] == [1, 2, 3]
    assert all(isinstance(page, Page) for page in pages)
    assert pages[0].total == 30
    assert pages[0].last_page == 3


async def test_apages_carry_position(client):
    pages = [page async for page in paginate(get_timesheets, client=client, workspace_id=1, per_page=30).apages()]

    assert [len(page.items) for page in pages] == [30, 30]


def test_without_meta_stops_at_short_page(client, fake_server):
    fake_server.script(
        Scripted(json=page_body(range(0, 5))),
        Scripted(json=page_body(range(5, 10))),
        Scripted(json=page_body(range(10, 12))),
        path="/timesheets",
    )

    sheets = list(paginate(get_timesheets, client=client, workspace_id=1, per_page=5))

    assert len(sheets) == 12
    assert len(fake_server.requests) == 3


def test_without_meta_stops_at_empty_page(client, fake_server):
    fake_server.script(
        Scripted(json=page_body(range(0, 20))),
        Scripted(json=page_body(range(0, 0))),
        path="/timesheets",
    )

    sheets = list(paginate(get_timesheets, client=client, workspace_id=1))

    assert len(sheets) == 20
    assert len(fake_server.requests) == 2


def test_start_page_skips_pages(client, fake_server):
    sheets = list(paginate(get_timesheets, client=client, workspace_id=1, per_page=20, start_page=3))

    assert [str(item.id) for item in sheets] == timesheet_ids(fake_server)[40:]


def test_rejects_negative_max_items(client):
    with pytest.raises(ValueError, match="max_items"):
        paginate(get_timesheets, client=client, workspace_id=1, max_items=-1)


def test_malformed_later_page_raises(client, fake_server):
    pagination = {"total": 60, "per_page": 20, "current_page": 1, "last_page": 3}
    fake_server.script(
        Scripted(json=page_body(range(20), pagination)),
        Scripted(json={"success": True, "data": None, "meta": {"api_version": "2.0.0"}}),
        path="/timesheets",
    )

    with pytest.raises(ResponseDecodeError) as caught:
        list(paginate(get_timesheets, client=client, workspace_id=1))

    assert caught.value.operation == "get_timesheets"
    assert "not a list" in str(caught.value)


@pytest.mark.parametrize("last_page", ["\u00b2", "1" * 5000])
def test_unreadable_last_page_ignored(client, fake_server, last_page):
    pagination = {"total": 2, "per_page": 20, "current_page": 1, "last_page": last_page}
    fake_server.script(Scripted(json=page_body(range(2), pagination)), path="/timesheets")

    timesheets = list(paginate(get_timesheets, client=client, workspace_id=1))

    assert len(timesheets) == 2
    assert len(fake_server.requests) == 1


def test_ignored_page_parameter_raises(client, fake_server):
    pagination = {"total": 60, "per_page": 20, "current_page": 1, "last_page": 3}
    fake_server.script(*[Scripted(json=page_body(range(20), pagination)) for _ in range(2)], path="/timesheets")

    with pytest.raises(PaginationError) as caught:
        list(paginate(get_timesheets, client=client, workspace_id=1))

    assert caught.value.page == 2
    assert len(fake_server.requests) == 2


def test_repeated_page_without_meta_raises(client, fake_server):
    fake_server.script(*[Scripted(json=page_body(range(20))) for _ in range(2)], path="/timesheets")

    with pytest.raises(PaginationError, match="repeats page 1"):
        list(paginate(get_timesheets, client=client, workspace_id=1))

    assert len(fake_server.requests) == 2


def test_empty_page_before_last_warns(client, fake_server, caplog):
    pagination = {"total": 60, "per_page": 20, "current_page": 1, "last_page": 3}
    fake_server.script(
        Scripted(json=page_body(range(20), pagination)),
        Scripted(json=page_body(range(0), {**pagination, "current_page": 2})),
        path="/timesheets",
    )

    sheets = list(paginate(get_timesheets, client=client, workspace_id=1))

    assert len(sheets) == 20
    assert "page 2 of 3 is empty" in caplog.text


def test_short_total_warns(client, fake_server, caplog):
    pagination = {"total": 100, "per_page": 20, "current_page": 1, "last_page": 1}
    fake_server.script(Scripted(json=page_body(range(20), pagination)), path="/timesheets")

    sheets = list(paginate(get_timesheets, client=client, workspace_id=1))

    assert len(sheets) == 20
    assert "after 20 of the 100 items" in caplog.text


def test_unknown_parameter_rejected(client, fake_server):
    with pytest.raises(InvalidArgumentError) as caught:
        paginate(get_timesheets, client=client, workspace_id=1, perpage=5)

    assert caught.value.argument == "perpage"
    assert fake_server.requests == []


def test_page_argument_suggests_start_page(client):
    with pytest.raises(InvalidArgumentError, match="start_page"):
        paginate(get_timesheets, client=client, workspace_id=1, page=2)


def test_non_list_operation_rejected(client):
    with pytest.raises(InvalidArgumentError, match="list operation"):
        paginate(approve_timesheet, client=client)

"""Iterating list operations across pages, sync and async.

`paginate(operation, client=..., **params)` returns a `Paginator` for any generated list
operation module (one with a `page` parameter). Iterating it with `for` or `async for` yields
every item of every page; `pages()` and `apages()` yield whole pages. Pages are fetched one at a
time as the iteration goes, so memory stays flat however long the list is.

Stopping rule: the iteration ends after page `meta.pagination.last_page`, read from a top-level
`pagination` object where the contracts list sends it there. Without pagination metadata, it ends
after an empty page or a page shorter than the requested `per_page`.

Guards: a page whose `data` is not a list raises `ResponseDecodeError`. A server that returns
another page than the one requested, or repeats the previous page, raises `PaginationError`
instead of yielding duplicates forever. An empty page before `last_page` ends
the iteration with a warning, since the list can shrink while it is read.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from webwork_tracker_api import Client
from webwork_tracker_api.types import Unset

from ._arguments import check_paginate_arguments
from ._envelope import unwrap
from ._errors import PaginationError, ResponseDecodeError

Item = TypeVar("Item")
logger = logging.getLogger(__name__)

# The page size the API uses when the request does not set `per_page`.
SERVER_DEFAULT_PER_PAGE = 20


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a list operation.

    Attributes:
        items: The decoded items of this page.
        number: The page number that was requested, starting at 1.
        total: Number of records across all pages, when the API sent it.
        last_page: Number of the last page, when the API sent it.
    """

    items: list[Item]
    number: int
    total: int | None
    last_page: int | None


class Paginator(Generic[Item]):
    """Every item of a list operation, page after page, for `for` and `async for`."""

    def __init__(
        self,
        operation: ModuleType,
        *,
        client: Client,
        max_items: int | None = None,
        per_page: int | None = None,
        start_page: int = 1,
        **params: Any,
    ) -> None:
        check_paginate_arguments(operation, max_items, per_page, start_page, params)
        self.operation = operation
        self.client = client
        self.max_items = max_items
        self.per_page = per_page
        self.start_page = start_page
        self.params = params

    def __repr__(self) -> str:
        name = self.operation.__name__.rsplit(".", 1)[-1]
        return f"Paginator({name}, params={self.params!r}, per_page={self.per_page}, max_items={self.max_items})"

    # Sync

    def pages(self) -> Iterator[Page[Item]]:
        """Yield each page in order, fetching the next one only when asked."""
        cursor = _Cursor(self)
        while cursor.wants_more():
            response = self.operation.sync_detailed(client=self.client, **cursor.request_params())
            yield cursor.advance(response)

    def __iter__(self) -> Iterator[Item]:
        for page in self.pages():
            yield from page.items

    # Async

    async def apages(self) -> AsyncIterator[Page[Item]]:
        """Yield each page in order, awaiting the next one only when asked."""
        cursor = _Cursor(self)
        while cursor.wants_more():
            response = await self.operation.asyncio_detailed(client=self.client, **cursor.request_params())
            yield cursor.advance(response)

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.apages():
            for item in page.items:
                yield item


def paginate(
    operation: ModuleType,
    *,
    client: Client,
    max_items: int | None = None,
    per_page: int | None = None,
    start_page: int = 1,
    **params: Any,
) -> Paginator[Any]:
    """Iterate every item of a list operation across pages.

    Args:
        operation: A generated operation module, such as
            `webwork_tracker_api.api.timesheets.get_timesheets`.
        client: A client from `create_client`.
        max_items: Stop after this many items (None: no limit).
        per_page: Page size to request (None: the API's default of 20). Most lists allow up to 100,
            time entries up to 50.
        start_page: First page to fetch.
        **params: The operation's other parameters, such as `workspace_id=1`.
    """
    return Paginator(
        operation, client=client, max_items=max_items, per_page=per_page, start_page=start_page, **params
    )


class _Cursor:
    """The position of one iteration: the next page number, items seen, and whether to stop."""

    def __init__(self, paginator: Paginator[Any]) -> None:
        self.paginator = paginator
        self.number = paginator.start_page
        self.seen = 0
        self.done = paginator.max_items == 0
        self.previous_items: list[Any] = []
        self.capped = False

    def wants_more(self) -> bool:
        return not self.done

    def request_params(self) -> dict[str, Any]:
        params = dict(self.paginator.params)
        params["page"] = self.number
        if self.paginator.per_page is not None:
            params["per_page"] = self.paginator.per_page
        return params

    def check_position(self, operation: str, current_page: int | None, items: list[Any]) -> None:
        """Raise PaginationError when the server returns another page than the one requested."""
        if current_page is not None and current_page != self.number:
            raise PaginationError(
                f"{operation}: requested page {self.number} but the server returned page {current_page}; "
                "it may ignore the page parameter",
                operation=operation,
                page=self.number,
            )
        if items and items == self.previous_items:
            raise PaginationError(
                f"{operation}: page {self.number} repeats page {self.number - 1}; "
                "the server may ignore the page parameter",
                operation=operation,
                page=self.number,
            )
        self.previous_items = items

    def advance(self, response: Any) -> Page[Any]:
        """Decode one response into a Page and decide whether another page follows."""
        data = unwrap(response)
        if not isinstance(data, list):
            cause = ValueError(f"`data` of a list operation is {type(data).__name__}, not a list")
            raise ResponseDecodeError(response.operation, int(response.status_code), response.content, cause)
        items = list(data)
        total, last_page, page_size, current_page = _read_pagination(response.parsed)
        self.check_position(response.operation, current_page, items)

        max_items = self.paginator.max_items
        if max_items is not None and self.seen + len(items) >= max_items:
            items = items[: max_items - self.seen]
            self.done = True
            self.capped = True
        self.seen += len(items)

        if last_page is not None:
            finished = self.number >= last_page
        else:
            requested = self.paginator.per_page or page_size or SERVER_DEFAULT_PER_PAGE
            finished = len(items) < requested
        if not items and last_page is not None and self.number < last_page:
            logger.warning(
                "%s: page %d of %d is empty; the list may have changed during the iteration",
                response.operation, self.number, last_page,
            )
        if not items or finished:
            self.done = True
        if self.done and total is not None and self.seen < total and not self.capped:
            logger.warning(
                "%s: the last page (%d) ended after %d of the %d items that the pagination metadata counts",
                response.operation, self.number, self.seen, total,
            )

        page = Page(items=items, number=self.number, total=total, last_page=last_page)
        self.number += 1
        return page


def _read_pagination(parsed: Any) -> tuple[int | None, int | None, int | None, int | None]:
    """Return (total, last_page, per_page, current_page) from `meta.pagination` or a top-level `pagination`."""
    meta = _field(parsed, "meta")
    pagination = _field(meta, "pagination") if meta is not None else None
    if pagination is None:
        pagination = _field(parsed, "pagination")
    if pagination is None:
        return None, None, None, None
    return (
        _integer(_field(pagination, "total")),
        _integer(_field(pagination, "last_page")),
        _integer(_field(pagination, "per_page")),
        _integer(_field(pagination, "current_page")),
    )


def _field(value: Any, name: str) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        found = value.get(name)
    else:
        found = getattr(value, name, None)
    return None if isinstance(found, Unset) else found


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        try:
            return int(value)
        except ValueError:
            # int() rejects some isdigit() strings: "²", or more than sys.get_int_max_str_digits() digits.
            return None
    return None

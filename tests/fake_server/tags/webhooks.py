"""Webhooks: list the workspace's webhooks, 50 per page unless `per_page` sets another size.

Some seeded webhooks carry event names of the older documentation (`member.invited`), which the
current event enum lacks, so the client must decode `events` as plain strings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import RecordedRequest, Reply, dump, meta, paginate, require_workspace
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 30
DEFAULT_PER_PAGE = 50
EVENT_SETS = [["tracker.started"], ["tracker.stopped"], ["tracker.started", "member.invited"]]


def register(server: FakeWebWork) -> None:
    webhooks: dict[int, list[spec_models.Webhook]] = {workspace_id: [] for workspace_id in workspace_ids(server)}
    for index in range(SEEDED):
        webhooks[1].append(spec_models.Webhook(
            id=f"wh{index:04d}abc",
            url=f"https://example.com/webhook/{index}",
            events=EVENT_SETS[index % len(EVENT_SETS)],
            token=f"whsec_{index:016x}",
        ))
    server.state["webhooks"] = webhooks

    def list_webhooks(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = webhooks[require_workspace(request, request.param("workspace_id"), set(webhooks))]
        page, pagination = paginate(scope, request, max_per_page=None, default_per_page=DEFAULT_PER_PAGE)
        return Reply(200, dump(spec_models.WebhookList(success=True, data=page, meta=meta(pagination))))

    server.route("GET", r"/webhooks", list_webhooks)


def webhook_ids(server: FakeWebWork) -> list[str]:
    """Return the ids of workspace 1's webhooks, in list order."""
    return [webhook.id for webhook in server.state["webhooks"][1]]

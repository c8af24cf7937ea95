"""Webhooks over real HTTP against the fake server: listing across pages."""

from __future__ import annotations

from webwork_tracker import paginate
from webwork_tracker_api.api.webhooks import list_webhooks
from webwork_tracker_api.models import Webhook

from tests.fake_server.tags.webhooks import webhook_ids


def test_webhooks_across_pages(client, fake_server):
    expected = webhook_ids(fake_server)

    webhooks = list(paginate(list_webhooks, client=client, workspace_id=1, per_page=10))

    assert [webhook.id for webhook in webhooks] == expected
    assert len(fake_server.requests) == 3
    assert all(isinstance(webhook, Webhook) for webhook in webhooks)


def test_webhooks_keep_older_event_names(client):
    webhooks = list(paginate(list_webhooks, client=client, workspace_id=1))

    assert ["tracker.started", "member.invited"] in [webhook.events for webhook in webhooks]


def test_webhooks_default_page_size(client, fake_server):
    webhooks = list(paginate(list_webhooks, client=client, workspace_id=1))

    assert len(webhooks) == len(webhook_ids(fake_server))
    assert len(fake_server.requests) == 1

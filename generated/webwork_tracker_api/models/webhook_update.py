from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """New callback URL and events of a webhook. `url` is required even when only the events change; whether leaving out
    `events` keeps or clears them is not documented.

        Example:
            {'workspace_id': 1, 'url': 'https://example.com/webhook/endpoint', 'events': ['tracker.stopped']}

        Attributes:
            workspace_id (int):  Example: 1.
            url (str):  Example: https://example.com/webhook/endpoint.
            events (list[WebhookEvent] | Unset):  Example: ['tracker.stopped'].
    """

    workspace_id: int
    url: str
    events: list[WebhookEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["workspace_id"] = _encoding.to_json(self.workspace_id)
        field_dict["url"] = _encoding.to_json(self.url)
        if not isinstance(self.events, Unset):
            field_dict["events"] = _encoding.to_json(self.events)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        workspace_id = source.field("workspace_id", _decoding.INT, required=True)
        url = source.field("url", _decoding.STR, required=True)
        events = source.field("events", _decoding.list_of(_decoding.enum_of(WebhookEvent)))

        webhook_update = cls(
            workspace_id=workspace_id,
            url=url,
            events=events,
        )

        webhook_update.additional_properties = source.rest()
        return webhook_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A callback URL registered in the workspace and the events it receives. `events` holds plain strings, because
    webhooks created under the older edition can carry event names that the current edition does not list.

        Example:
            {'id': 'abc123def456', 'url': 'https://example.com/webhook/endpoint', 'events': ['tracker.started',
                'tracker.stopped'], 'token': 'whsec_1234567890abcdef'}

        Attributes:
            id (str): Encoded id of the webhook (not an integer). Example: abc123def456.
            url (str | Unset): Callback URL that receives the deliveries. Example: https://example.com/webhook/endpoint.
            events (list[str] | Unset): Subscribed events, such as `tracker.started`. Example: ['tracker.started',
                'tracker.stopped'].
            token (str | Unset): Secret for checking that a delivery comes from WebWork. How deliveries carry it is not
                documented. Example: whsec_1234567890abcdef.
    """

    id: str
    url: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["id"] = _encoding.to_json(self.id)
        if not isinstance(self.url, Unset):
            field_dict["url"] = _encoding.to_json(self.url)
        if not isinstance(self.events, Unset):
            field_dict["events"] = _encoding.to_json(self.events)
        if not isinstance(self.token, Unset):
            field_dict["token"] = _encoding.to_json(self.token)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        id = source.field("id", _decoding.STR, required=True)
        url = source.field("url", _decoding.STR)
        events = source.field("events", _decoding.list_of(_decoding.STR))
        token = source.field("token", _decoding.STR)

        webhook = cls(
            id=id,
            url=url,
            events=events,
            token=token,
        )

        webhook.additional_properties = source.rest()
        return webhook

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

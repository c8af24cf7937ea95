from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Envelope metadata sent with every response.

    Example:
        {'api_version': '2.0.0', 'timestamp': '2019-08-24T14:15:22Z'}

    Attributes:
        api_version (str | Unset): Version of the API that served the request. Example: 2.0.0.
        timestamp (datetime.datetime | Unset): Server time of the response, in UTC. Example: 2024-01-15T10:30:00Z.
        pagination (Pagination | Unset): Position of this page in a paginated list. Example: {'total': 50, 'per_page':
            20, 'current_page': 1, 'last_page': 3, 'from': 1, 'to': 20}.
    """

    api_version: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.api_version, Unset):
            field_dict["api_version"] = _encoding.to_json(self.api_version)
        if not isinstance(self.timestamp, Unset):
            field_dict["timestamp"] = _encoding.to_json(self.timestamp)
        if not isinstance(self.pagination, Unset):
            field_dict["pagination"] = _encoding.to_json(self.pagination)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.pagination import Pagination

        source = _decoding.ObjectSource(cls, src_dict)
        api_version = source.field("api_version", _decoding.STR)
        timestamp = source.field("timestamp", _decoding.DATETIME)
        pagination = source.field("pagination", _decoding.model(Pagination))

        meta = cls(
            api_version=api_version,
            timestamp=timestamp,
            pagination=pagination,
        )

        meta.additional_properties = source.rest()
        return meta

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Position of this page in a paginated list.

    Example:
        {'total': 50, 'per_page': 20, 'current_page': 1, 'last_page': 3, 'from': 1, 'to': 20}

    Attributes:
        total (int | Unset): Number of records across all pages. Example: 50.
        per_page (int | Unset): Page size used for this response. Example: 20.
        current_page (int | Unset): Number of this page, starting at 1. Example: 1.
        last_page (int | Unset): Number of the last page, which is also the number of pages. Example: 3.
        from_ (int | None | Unset): Position of the first record of this page in the whole list (null on an empty page).
            Example: 1.
        to (int | None | Unset): Position of the last record of this page in the whole list (null on an empty page).
            Example: 20.
    """

    total: int | Unset = UNSET
    per_page: int | Unset = UNSET
    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.total, Unset):
            field_dict["total"] = _encoding.to_json(self.total)
        if not isinstance(self.per_page, Unset):
            field_dict["per_page"] = _encoding.to_json(self.per_page)
        if not isinstance(self.current_page, Unset):
            field_dict["current_page"] = _encoding.to_json(self.current_page)
        if not isinstance(self.last_page, Unset):
            field_dict["last_page"] = _encoding.to_json(self.last_page)
        if not isinstance(self.from_, Unset):
            field_dict["from"] = _encoding.to_json(self.from_)
        if not isinstance(self.to, Unset):
            field_dict["to"] = _encoding.to_json(self.to)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        total = source.field("total", _decoding.INT)
        per_page = source.field("per_page", _decoding.INT)
        current_page = source.field("current_page", _decoding.INT)
        last_page = source.field("last_page", _decoding.INT)
        from_ = source.field("from", _decoding.nullable(_decoding.INT))
        to = source.field("to", _decoding.nullable(_decoding.INT))

        pagination = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            from_=from_,
            to=to,
        )

        pagination.additional_properties = source.rest()
        return pagination

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

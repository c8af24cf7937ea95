from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding

T = TypeVar("T", bound="ErrorEnvelopeErrors")


@_attrs_define
class ErrorEnvelopeErrors:
    """Messages per field of a failed validation. Not shown in the documentation; PHP validators send this map with 422
    responses, so it is declared as optional.

    """

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)

        error_envelope_errors = cls()

        error_envelope_errors.additional_properties = source.rest(_decoding.list_of(_decoding.STR))
        return error_envelope_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

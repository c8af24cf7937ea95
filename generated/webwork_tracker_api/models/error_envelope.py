from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_envelope_errors import ErrorEnvelopeErrors
    from ..models.meta import Meta


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Body of every error response.

    Example:
        {'success': False, 'message': 'An error occurred', 'error': 'Internal Server Error', 'meta': {'api_version':
            '2.0.0', 'timestamp': '2019-08-24T14:15:22Z'}}

    Attributes:
        success (bool): Always false on an error. Example: False.
        message (str): Human-readable description of the failure. Example: An error occurred.
        error (None | str | Unset): Optional detail, such as the HTTP reason phrase. Example: Internal Server Error.
        errors (ErrorEnvelopeErrors | Unset): Messages per field of a failed validation. Not shown in the documentation;
            PHP validators send this map with 422 responses, so it is declared as optional.
        meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
            '2019-08-24T14:15:22Z'}.
    """

    success: bool
    message: str
    error: None | str | Unset = UNSET
    errors: ErrorEnvelopeErrors | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        field_dict["success"] = _encoding.to_json(self.success)
        field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.error, Unset):
            field_dict["error"] = _encoding.to_json(self.error)
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = _encoding.to_json(self.errors)
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = _encoding.to_json(self.meta)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.error_envelope_errors import ErrorEnvelopeErrors
        from ..models.meta import Meta

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL, required=True)
        message = source.field("message", _decoding.STR, required=True)
        error = source.field("error", _decoding.nullable(_decoding.STR))
        errors = source.field("errors", _decoding.model(ErrorEnvelopeErrors))
        meta = source.field("meta", _decoding.model(Meta))

        error_envelope = cls(
            success=success,
            message=message,
            error=error,
            errors=errors,
            meta=meta,
        )

        error_envelope.additional_properties = source.rest()
        return error_envelope

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

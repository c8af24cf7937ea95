from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract import Contract
    from ..models.meta import Meta
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ContractList")


@_attrs_define
class ContractList:
    """One page of contracts. Unlike the other lists, this one sends its pagination at the top level of the body, next to
    `meta`.

        Attributes:
            success (bool | Unset):  Example: True.
            message (str | Unset):  Example: Contracts retrieved successfully.
            data (list[Contract] | Unset):
            meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
                '2019-08-24T14:15:22Z'}.
            pagination (Pagination | Unset): Position of this page in a paginated list. Example: {'total': 50, 'per_page':
                20, 'current_page': 1, 'last_page': 3, 'from': 1, 'to': 20}.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: list[Contract] | Unset = UNSET
    meta: Meta | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.success, Unset):
            field_dict["success"] = _encoding.to_json(self.success)
        if not isinstance(self.message, Unset):
            field_dict["message"] = _encoding.to_json(self.message)
        if not isinstance(self.data, Unset):
            field_dict["data"] = _encoding.to_json(self.data)
        if not isinstance(self.meta, Unset):
            field_dict["meta"] = _encoding.to_json(self.meta)
        if not isinstance(self.pagination, Unset):
            field_dict["pagination"] = _encoding.to_json(self.pagination)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        _decoders = _field_decoders()
        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoders[0])
        message = source.field("message", _decoders[1])
        data = source.field("data", _decoders[2])
        meta = source.field("meta", _decoders[3])
        pagination = source.field("pagination", _decoders[4])

        contract_list = cls(
            success=success,
            message=message,
            data=data,
            meta=meta,
            pagination=pagination,
        )

        contract_list.additional_properties = source.rest()
        return contract_list

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


# Built on the first from_dict rather than at import, because the decoders of nested models need
# the lazy imports, and once rather than per object, because from_dict runs for every item.
@functools.cache
def _field_decoders() -> tuple[_decoding.Decoder, ...]:
    """Return the decoders of ContractList's fields in from_dict order, then of its typed extra fields."""
    from ..models.contract import Contract
    from ..models.meta import Meta
    from ..models.pagination import Pagination

    return (
        _decoding.BOOL,
        _decoding.STR,
        _decoding.list_of(_decoding.model(Contract)),
        _decoding.model(Meta),
        _decoding.model(Pagination),
    )

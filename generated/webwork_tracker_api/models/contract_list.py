from __future__ import annotations

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
        from ..models.contract import Contract
        from ..models.meta import Meta
        from ..models.pagination import Pagination

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL)
        message = source.field("message", _decoding.STR)
        data = source.field("data", _decoding.list_of(_decoding.model(Contract)))
        meta = source.field("meta", _decoding.model(Meta))
        pagination = source.field("pagination", _decoding.model(Pagination))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract import Contract
    from ..models.meta import Meta


T = TypeVar("T", bound="ContractResult")


@_attrs_define
class ContractResult:
    """One contract.

    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Contract retrieved successfully.
        data (Contract | Unset): The assignment of one member to one project, with its rate, weekly hours limit,
            screenshot mode and status. `rate` is sent only when the caller may see rates and the project is billable. The
            documentation lists the fields up to `status`; later fields are not known. Example: {'id': 100, 'project_id':
            100, 'project_name': 'Marketing Campaign Q1', 'project_icon': 'project-icon-1', 'user_id': 100,
            'user_firstname': 'John', 'user_lastname': 'Doe', 'user_email': 'john.doe@example.com', 'user_role': 'Regular
            User', 'weekly_hours_limit': 40, 'screenshots': 'full', 'screenshots_label': 'Screenshot on', 'rate': 50,
            'rate_type': 1, 'status': 'active'}.
        meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
            '2019-08-24T14:15:22Z'}.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: Contract | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contract import Contract
        from ..models.meta import Meta

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: Contract | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Contract.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        contract_result = cls(
            success=success,
            message=message,
            data=data,
            meta=meta,
        )

        contract_result.additional_properties = d
        return contract_result

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

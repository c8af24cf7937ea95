from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense import Expense
    from ..models.meta import Meta


T = TypeVar("T", bound="ExpenseResult")


@_attrs_define
class ExpenseResult:
    """One expense.

    Attributes:
        success (bool | Unset):  Example: True.
        message (str | Unset):  Example: Expense created successfully.
        data (Expense | Unset): An expense as the API returns it: with display names instead of ids and dates already
            formatted for display (such as `Jan 15, 2024`), so its shape differs from the request that creates it. Example:
            {'id': 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'member': 'John Doe', 'expense_date': 'Jan 15, 2024',
            'expense_name': 'Office Supplies', 'project': 'Marketing Campaign Q1', 'category': 'Office Supplies', 'amount':
            150.5, 'note': 'Purchased office supplies for Q1', 'type': 'billable', 'added_dte': 'Jan 15, 2024'}.
        meta (Meta | Unset): Envelope metadata sent with every response. Example: {'api_version': '2.0.0', 'timestamp':
            '2019-08-24T14:15:22Z'}.
    """

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: Expense | Unset = UNSET
    meta: Meta | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.expense import Expense
        from ..models.meta import Meta

        source = _decoding.ObjectSource(cls, src_dict)
        success = source.field("success", _decoding.BOOL)
        message = source.field("message", _decoding.STR)
        data = source.field("data", _decoding.model(Expense))
        meta = source.field("meta", _decoding.model(Meta))

        expense_result = cls(
            success=success,
            message=message,
            data=data,
            meta=meta,
        )

        expense_result.additional_properties = source.rest()
        return expense_result

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

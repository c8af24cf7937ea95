from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leave_type_balance import LeaveTypeBalance


T = TypeVar("T", bound="LeaveBalance")


@_attrs_define
class LeaveBalance:
    """Leave balances of one user over the requested date range.

    Example:
        {'user_id': 100, 'user_name': 'John Doe', 'leave_information': [{'leave_type': 'Vacation', 'balance': '10
            days'}], 'total_balance': '15 days'}

    Attributes:
        user_id (int | Unset):  Example: 100.
        user_name (str | Unset):  Example: John Doe.
        leave_information (list[LeaveTypeBalance] | Unset): One entry per leave type.
        total_balance (None | str | Unset): Total balance with its unit, sent when the workspace counts one total
            balance. Example: 15 days.
    """

    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    leave_information: list[LeaveTypeBalance] | Unset = UNSET
    total_balance: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = _encoding.to_json(self.user_id)
        if not isinstance(self.user_name, Unset):
            field_dict["user_name"] = _encoding.to_json(self.user_name)
        if not isinstance(self.leave_information, Unset):
            field_dict["leave_information"] = _encoding.to_json(self.leave_information)
        if not isinstance(self.total_balance, Unset):
            field_dict["total_balance"] = _encoding.to_json(self.total_balance)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        from ..models.leave_type_balance import LeaveTypeBalance

        source = _decoding.ObjectSource(cls, src_dict)
        user_id = source.field("user_id", _decoding.INT)
        user_name = source.field("user_name", _decoding.STR)
        leave_information = source.field("leave_information", _decoding.list_of(_decoding.model(LeaveTypeBalance)))
        total_balance = source.field("total_balance", _decoding.nullable(_decoding.STR))

        leave_balance = cls(
            user_id=user_id,
            user_name=user_name,
            leave_information=leave_information,
            total_balance=total_balance,
        )

        leave_balance.additional_properties = source.rest()
        return leave_balance

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

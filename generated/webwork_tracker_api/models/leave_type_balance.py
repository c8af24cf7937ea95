from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaveTypeBalance")


@_attrs_define
class LeaveTypeBalance:
    """Balance left of one leave type, as text with its unit.

    Example:
        {'leave_type': 'Vacation', 'balance': '10 days'}

    Attributes:
        leave_type (str | Unset):  Example: Vacation.
        balance (str | Unset): Balance with its unit, such as `10 days` (a string, not a number). Example: 10 days.
    """

    leave_type: str | Unset = UNSET
    balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.leave_type, Unset):
            field_dict["leave_type"] = _encoding.to_json(self.leave_type)
        if not isinstance(self.balance, Unset):
            field_dict["balance"] = _encoding.to_json(self.balance)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        leave_type = source.field("leave_type", _decoding.STR)
        balance = source.field("balance", _decoding.STR)

        leave_type_balance = cls(
            leave_type=leave_type,
            balance=balance,
        )

        leave_type_balance.additional_properties = source.rest()
        return leave_type_balance

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

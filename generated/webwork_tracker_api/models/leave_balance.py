from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        user_id = self.user_id

        user_name = self.user_name

        leave_information: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leave_information, Unset):
            leave_information = []
            for leave_information_item_data in self.leave_information:
                leave_information_item = leave_information_item_data.to_dict()
                leave_information.append(leave_information_item)

        total_balance: None | str | Unset
        if isinstance(self.total_balance, Unset):
            total_balance = UNSET
        else:
            total_balance = self.total_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if leave_information is not UNSET:
            field_dict["leave_information"] = leave_information
        if total_balance is not UNSET:
            field_dict["total_balance"] = total_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.leave_type_balance import LeaveTypeBalance

        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        _leave_information = d.pop("leave_information", UNSET)
        leave_information: list[LeaveTypeBalance] | Unset = UNSET
        if _leave_information is not UNSET:
            leave_information = []
            for leave_information_item_data in _leave_information:
                leave_information_item = LeaveTypeBalance.from_dict(leave_information_item_data)

                leave_information.append(leave_information_item)

        def _parse_total_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_balance = _parse_total_balance(d.pop("total_balance", UNSET))

        leave_balance = cls(
            user_id=user_id,
            user_name=user_name,
            leave_information=leave_information,
            total_balance=total_balance,
        )

        leave_balance.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyTimelineUser")


@_attrs_define
class DailyTimelineUser:
    """One user's time entries on the report's day, with start and end times, project, task, activity note, tracking method
    and activity level. The documentation names only `activity_level`, `total_amount` and `currency`; the other fields
    are kept as additional properties.

        Example:
            {'activity_level': 72, 'total_amount': 240, 'currency': 'USD'}

        Attributes:
            activity_level (float | None | Unset): Activity level of the user on the day, derived from mouse, keyboard and
                scroll actions. Example: 72.
            total_amount (float | None | Unset): Amount earned on the day, sent only when the workspace shows rates.
                Example: 240.
            currency (None | str | Unset): Currency of `total_amount`, sent only when the workspace shows rates. Example:
                USD.
    """

    activity_level: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_level: float | None | Unset
        if isinstance(self.activity_level, Unset):
            activity_level = UNSET
        else:
            activity_level = self.activity_level

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_level is not UNSET:
            field_dict["activity_level"] = activity_level
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_activity_level(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        activity_level = _parse_activity_level(d.pop("activity_level", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        daily_timeline_user = cls(
            activity_level=activity_level,
            total_amount=total_amount,
            currency=currency,
        )

        daily_timeline_user.additional_properties = d
        return daily_timeline_user

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

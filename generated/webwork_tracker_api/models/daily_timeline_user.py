from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import decoding as _decoding
from .. import encoding as _encoding
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
        field_dict: dict[str, Any] = {}
        field_dict.update(_encoding.to_json(self.additional_properties))
        if not isinstance(self.activity_level, Unset):
            field_dict["activity_level"] = _encoding.to_json(self.activity_level)
        if not isinstance(self.total_amount, Unset):
            field_dict["total_amount"] = _encoding.to_json(self.total_amount)
        if not isinstance(self.currency, Unset):
            field_dict["currency"] = _encoding.to_json(self.currency)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object without raising on well-formed JSON, recording each difference as drift."""
        source = _decoding.ObjectSource(cls, src_dict)
        activity_level = source.field("activity_level", _decoding.nullable(_decoding.FLOAT))
        total_amount = source.field("total_amount", _decoding.nullable(_decoding.FLOAT))
        currency = source.field("currency", _decoding.nullable(_decoding.STR))

        daily_timeline_user = cls(
            activity_level=activity_level,
            total_amount=total_amount,
            currency=currency,
        )

        daily_timeline_user.additional_properties = source.rest()
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

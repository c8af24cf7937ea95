"""Encoding of request values: JSON body fields and PHP-style query parameters.

Copied unchanged into the generated package by scripts/generate.py (source: templates/package/).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping
from typing import Any

from .types import Unset


def to_json(value: object) -> Any:
    """Encode a model field for a JSON body: enums by value, dates and date-times in ISO 8601.

    Values kept raw by the decoder are sent back unchanged.
    """
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _query_value(value: object) -> Any:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _query_value(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def encode_query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Encode query parameters the way PHP expects them.

    Booleans go out as 1 and 0, dates as YYYY-MM-DD, date-times in ISO 8601, and a list as
    comma-separated values (``users=1,2,3``), the form the API documents for its list filters.
    Parameters that are UNSET, None or an empty list are left out.
    """
    encoded: dict[str, Any] = {}

    for name, value in params.items():
        if value is None or isinstance(value, Unset):
            continue

        if isinstance(value, (list, tuple)):
            # An empty list filters nothing, so it is left out rather than sent as `name=`.
            if value:
                encoded[name] = ",".join(str(_query_value(item)) for item in value)
        else:
            encoded[name] = _query_value(value)

    return encoded

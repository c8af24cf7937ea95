"""Tolerant decoding of JSON bodies into the generated models.

Every generated ``from_dict`` decodes its fields through ``ObjectSource`` and the decoders here, so
that a well-formed JSON body that differs from openapi.yaml still decodes. A value of another type
is converted when the conversion is exact and kept as sent otherwise. Each difference is recorded
through drift.py. The rules are listed in docs/tolerant-decoding.md.

Copied unchanged into the generated package by scripts/generate.py (source: templates/package/).
"""

from __future__ import annotations

import datetime
import enum
import functools
import math
import re
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .drift import Drift, DriftKind, collect, current_path, emit, path_frames, pop, push, report
from .types import UNSET

# Kinds after which a union alternative did not take the value.
_REJECTING_KINDS = {DriftKind.TYPE_MISMATCH, DriftKind.INVALID_FORMAT, DriftKind.UNKNOWN_ENUM_VALUE}

# Conversions of scalars. Each returns the converted value or _NOT_CONVERTED.
_NOT_CONVERTED: Any = object()
_INTEGER_TEXT = re.compile(r"[+-]?\d+")
# Longer numeric strings are not converted, which keeps int() and Decimal away from huge values.
_MAX_NUMBER_TEXT = 40
_DECIMAL_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _is_object(value: object) -> bool:
    """Return whether a value is a JSON object; json.loads makes dicts, so check that first."""
    return type(value) is dict or isinstance(value, Mapping)


def to_int(value: object) -> Any:
    """Convert a JSON value to int when nothing is lost: 15.0 and "15" do, 15.5 and true do not."""
    if isinstance(value, bool):
        return _NOT_CONVERTED
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and len(value) <= _MAX_NUMBER_TEXT:
        text = value.strip()
        if _INTEGER_TEXT.fullmatch(text):
            return int(text)
        if _DECIMAL_TEXT.fullmatch(text):
            try:
                number = Decimal(text)
            except InvalidOperation:
                # The exponent is beyond the limits of the default decimal context, such as "1e99999999999999999999".
                return _NOT_CONVERTED
            if number.adjusted() < _MAX_NUMBER_TEXT and number == number.to_integral_value():
                return int(number)
    return _NOT_CONVERTED


def to_float(value: object) -> Any:
    """Convert a numeric string ("80.5") to float. NaN and infinity are not converted."""
    if isinstance(value, str) and len(value) <= _MAX_NUMBER_TEXT and _DECIMAL_TEXT.fullmatch(value.strip()):
        number = float(value)
        if math.isfinite(number):
            return number
    return _NOT_CONVERTED


def to_str(value: object) -> Any:
    """Convert a JSON number to its decimal text. Booleans are not converted."""
    if isinstance(value, bool):
        return _NOT_CONVERTED
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return _NOT_CONVERTED


def to_bool(value: object) -> Any:
    """Convert 0/1, "0"/"1" and "true"/"false" (any case) to bool."""
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("1", "true"):
            return True
        if text in ("0", "false"):
            return False
    return _NOT_CONVERTED


# RFC 3339 full-date and date-time, the formats openapi.yaml promises.
_RFC3339_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RFC3339_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
# "Jan 15, 2024" and "January 15, 2024", with English month names whatever the locale.
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}), (\d{4})")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _parse_month_day_year(text: str) -> datetime.date | None:
    match = _MONTH_DAY_YEAR.fullmatch(text)
    if match is None or match.group(1).lower() not in _MONTHS:
        return None

    month = _MONTHS.index(match.group(1).lower()) + 1
    try:
        return datetime.date(int(match.group(3)), month, int(match.group(2)))
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime.datetime | None:
    """Parse a date-time in any format the API documents, or return None.

    Accepts RFC 3339 (with "Z" or an offset, any number of fractional digits), ISO 8601 with a
    space instead of "T" ("2025-02-19 19:24:55"), a plain date (read as midnight) and
    "Jan 15, 2024". A value without an offset is read as UTC.
    """
    text = text.strip()
    parsed: datetime.datetime | None = None

    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        day = _parse_month_day_year(text)
        if day is not None:
            parsed = datetime.datetime(day.year, day.month, day.day)

    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def parse_date(text: str) -> datetime.date | None:
    """Parse a date in any format the API documents, or return None.

    Accepts "2024-01-15", "Jan 15, 2024" and a date-time at midnight ("2024-01-15 00:00:00").
    A date-time with another time is not a date and returns None.
    """
    text = text.strip()

    day = _parse_month_day_year(text)
    if day is not None:
        return day

    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None

    if moment.time() != datetime.time(0, 0):
        return None
    return moment.date()


class Decoder:
    """Decoder of one documented type. ``decode`` does not raise on any JSON value.

    tests/test_decoding_properties.py checks this with mutated payloads for every generated model.
    """

    expected = "any"
    nullable = False
    # Python types that decode to themselves with no drift, checked with `type(value) in`
    # before any other work. Subclasses such as bool for int are not included.
    exact_types: frozenset[type] = frozenset()

    def matches(self, value: object) -> bool:
        """Return whether ``value`` has the documented shape, so that no drift will be recorded."""
        return True

    def decode(self, value: object) -> Any:
        """Decode a value that is neither None nor missing, recording any drift."""
        return value


class _Scalar(Decoder):
    """Decoder of a JSON scalar with one exact conversion from the other JSON types."""

    def __init__(self, expected: str, python_types: tuple[type, ...], convert: Any) -> None:
        self.expected = expected
        self._python_types = python_types
        self._convert = convert
        self.exact_types = frozenset(python_types)

    def matches(self, value: object) -> bool:
        return isinstance(value, self._python_types) and not (
            isinstance(value, bool) and bool not in self._python_types
        )

    def decode(self, value: object) -> Any:
        if self.matches(value):
            return value

        converted = self._convert(value)
        if converted is _NOT_CONVERTED:
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
            return value

        report(DriftKind.CONVERTED, value, self.expected)
        return converted


class _Uuid(Decoder):
    expected = "uuid"

    def matches(self, value: object) -> bool:
        return isinstance(value, str) and _parse_uuid(value) is not None

    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
            return value

        parsed = _parse_uuid(value)
        if parsed is None:
            report(DriftKind.INVALID_FORMAT, value, self.expected)
            return value
        return parsed


def _parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


class _Calendar(Decoder):
    """Decoder of a date or date-time string: RFC 3339 silently, other known spellings with drift."""

    def __init__(self, expected: str, rfc3339: re.Pattern[str], parse: Callable[[str], Any]) -> None:
        self.expected = expected
        self._rfc3339 = rfc3339
        self._parse = parse

    def matches(self, value: object) -> bool:
        return isinstance(value, str) and self._rfc3339.fullmatch(value) is not None

    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
            return value

        parsed = self._parse(value)
        if parsed is None:
            report(DriftKind.INVALID_FORMAT, value, self.expected)
            return value

        if self._rfc3339.fullmatch(value) is None:
            report(DriftKind.DATE_FORMAT, value, self.expected)
        return parsed


class _Enum(Decoder):
    """Decoder of an Enum class: known values become members, unknown ones stay raw."""

    def __init__(self, enum_class: type[enum.Enum]) -> None:
        self._enum_class = enum_class
        self.expected = enum_class.__name__
        self._value_is_int = all(isinstance(member.value, int) for member in enum_class)
        # Keyed by type and value, so that True does not find the member of 1, nor 1.0 that of 1.
        self._members = {(type(member.value), member.value): member for member in enum_class}

    def matches(self, value: object) -> bool:
        return isinstance(value, (str, int)) and not isinstance(value, bool) and self._member(value) is not None

    def _member(self, value: object) -> enum.Enum | None:
        if not isinstance(value, (str, int, float)):
            return None
        return self._members.get((type(value), value))

    def decode(self, value: object) -> Any:
        member = self._member(value)
        if member is not None:
            return member

        converted = to_int(value) if self._value_is_int else to_str(value)
        if converted is not _NOT_CONVERTED and self._member(converted) is not None:
            report(DriftKind.CONVERTED, value, self.expected)
            return self._member(converted)

        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            report(DriftKind.UNKNOWN_ENUM_VALUE, value, self.expected)
        else:
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
        return value


class _Const(Decoder):
    def __init__(self, constant: object) -> None:
        self._constant = constant
        self.expected = f"const {constant!r}"

    def matches(self, value: object) -> bool:
        return type(value) is type(self._constant) and value == self._constant

    def decode(self, value: object) -> Any:
        if not self.matches(value):
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
        return value


class _Model(Decoder):
    """Decoder of a generated model class (anything with a ``from_dict`` class method)."""

    def __init__(self, model_class: Any) -> None:
        self._model_class = model_class
        self.expected = model_class.__name__

    def matches(self, value: object) -> bool:
        return _is_object(value)

    def decode(self, value: object) -> Any:
        if _is_object(value):
            return self._model_class.from_dict(value)

        if isinstance(value, list) and not value:
            report(DriftKind.EMPTY_LIST_AS_OBJECT, value, self.expected)
            return self._model_class.from_dict({})

        report(DriftKind.TYPE_MISMATCH, value, self.expected)
        return value


class _List(Decoder):
    """Decoder of a JSON array whose items all have one documented type."""

    def __init__(self, item: Decoder) -> None:
        self._item = item
        self.expected = f"array of {item.expected}"

    def matches(self, value: object) -> bool:
        return isinstance(value, list)

    def decode(self, value: object) -> Any:
        if _is_object(value):
            items = _list_from_object(value)
            if items is None:
                report(DriftKind.TYPE_MISMATCH, value, self.expected)
                return value
            report(DriftKind.EMPTY_OBJECT_AS_LIST if not value else DriftKind.CONVERTED, value, self.expected)
            value = items

        if not isinstance(value, list):
            report(DriftKind.TYPE_MISMATCH, value, self.expected)
            return value

        item_decoder = self._item
        push("[]")
        try:
            return [decode_value(item_decoder, item) for item in value]
        finally:
            pop()


def _list_from_object(value: Mapping[str, Any]) -> list[Any] | None:
    """Return the values of an object keyed "0", "1", ... in key order (a PHP array with gaps)."""
    if not all(isinstance(key, str) and key.isdigit() for key in value):
        return None
    try:
        return [value[key] for key in sorted(value, key=int)]
    except ValueError:
        # int() rejects some isdigit() keys: "²", or more than sys.get_int_max_str_digits() digits.
        return None


class _Map(Decoder):
    """Decoder of a JSON object whose values all have one documented type (additionalProperties)."""

    def __init__(self, item: Decoder) -> None:
        self._item = item
        self.expected = f"map of {item.expected}"

    def matches(self, value: object) -> bool:
        return _is_object(value)

    def decode(self, value: object) -> Any:
        return decode_map(self._item, value)


class _Union(Decoder):
    """Decoder of oneOf/anyOf: the first alternative that fits, else the first that converts."""

    def __init__(self, alternatives: tuple[Decoder, ...]) -> None:
        self._alternatives = alternatives
        self.expected = " | ".join(alternative.expected for alternative in alternatives)

    def matches(self, value: object) -> bool:
        return any(alternative.matches(value) for alternative in self._alternatives)

    def decode(self, value: object) -> Any:
        for alternative in self._alternatives:
            if alternative.matches(value):
                return alternative.decode(value)

        field_path = current_path()
        for alternative in self._alternatives:
            with collect() as records:
                decoded = alternative.decode(value)

            if _rejected(records, field_path):
                continue

            for record in records:
                emit(record)
            return decoded

        report(DriftKind.TYPE_MISMATCH, value, self.expected)
        return value


def _rejected(records: list[Drift], path: str) -> bool:
    """Return whether a union alternative kept the value at ``path`` as sent."""
    return any(record.path == path and record.kind in _REJECTING_KINDS for record in records)


class _Nullable(Decoder):
    """A decoder whose documented type includes null."""

    nullable = True

    def __init__(self, inner: Decoder) -> None:
        self._inner = inner
        self.expected = f"{inner.expected} | null"
        self.exact_types = inner.exact_types | {type(None)}

    def matches(self, value: object) -> bool:
        return value is None or self._inner.matches(value)

    def decode(self, value: object) -> Any:
        return self._inner.decode(value)


# Decoders hold no state after construction, so each factory below returns one shared decoder per
# argument, however many models ask for it.
ANY = Decoder()
STR = _Scalar("string", (str,), to_str)
INT = _Scalar("integer", (int,), to_int)
FLOAT = _Scalar("number", (int, float), to_float)
BOOL = _Scalar("boolean", (bool,), to_bool)
UUID = _Uuid()
DATE = _Calendar("date", _RFC3339_DATE, parse_date)
DATETIME = _Calendar("date-time", _RFC3339_DATETIME, parse_datetime)


@functools.lru_cache(maxsize=None, typed=True)
def enum_of(enum_class: type[enum.Enum]) -> Decoder:
    return _Enum(enum_class)


@functools.lru_cache(maxsize=None, typed=True)
def const(constant: object) -> Decoder:
    return _Const(constant)


@functools.lru_cache(maxsize=None, typed=True)
def model(model_class: Any) -> Decoder:
    return _Model(model_class)


@functools.lru_cache(maxsize=None, typed=True)
def list_of(item: Decoder) -> Decoder:
    return _List(item)


@functools.lru_cache(maxsize=None, typed=True)
def map_of(item: Decoder) -> Decoder:
    return _Map(item)


@functools.lru_cache(maxsize=None, typed=True)
def union(*alternatives: Decoder) -> Decoder:
    return _Union(alternatives)


@functools.lru_cache(maxsize=None, typed=True)
def nullable(inner: Decoder) -> Decoder:
    return _Nullable(inner)


def decode_value(decoder: Decoder, value: object) -> Any:
    """Decode one value, turning null into None (recorded unless the type is nullable)."""
    if value is None:
        if not decoder.nullable:
            report(DriftKind.NULL, value, decoder.expected)
        return None
    return decoder.decode(value)


def decode_map(item: Decoder, value: object) -> dict[str, Any]:
    """Decode a JSON object whose values have one type. [] decodes as {}, other types as {}."""
    if isinstance(value, list) and not value:
        report(DriftKind.EMPTY_LIST_AS_OBJECT, value, f"map of {item.expected}")
        return {}

    if not _is_object(value):
        report(DriftKind.TYPE_MISMATCH, value, f"map of {item.expected}")
        return {}

    push("{}")
    try:
        return {key: decode_value(item, entry) for key, entry in value.items()}
    finally:
        pop()


class ObjectSource:
    """The fields of one JSON object being decoded into the model class ``model_class``.

    ``field`` removes and decodes one documented field; ``rest`` returns the fields left over,
    which the model keeps in ``additional_properties``.
    """

    def __init__(self, model_class: type, body: object) -> None:
        self._model_name = model_class.__name__
        self._frames = path_frames()

        if _is_object(body):
            self._fields = dict(body)
        elif isinstance(body, list) and not body:
            report(DriftKind.EMPTY_LIST_AS_OBJECT, body, self._model_name)
            self._fields = {}
        else:
            report(DriftKind.TYPE_MISMATCH, body, self._model_name)
            self._fields = {}

    def field(self, name: str, decoder: Decoder, required: bool = False) -> Any:
        """Decode the field ``name``: UNSET when absent, None (recorded) when required and absent."""
        # Fast path: a value of the documented type records nothing, so the path is not needed.
        # UNSET marks an absent field, because no JSON value decodes to it.
        value = self._fields.pop(name, UNSET)
        if type(value) in decoder.exact_types:
            return value
        if value is UNSET and not required:
            return UNSET

        frames = self._frames
        frames.append((name, self._model_name, name))
        try:
            if value is UNSET:
                report(DriftKind.MISSING, UNSET, decoder.expected)
                return None
            return decode_value(decoder, value)
        finally:
            frames.pop()

    def rest(self, item: Decoder | None = None) -> dict[str, Any]:
        """Return the undocumented fields: raw and recorded, or decoded with ``item`` when typed."""
        if item is not None:
            return decode_map(item, self._fields)

        for name, value in self._fields.items():
            push(name, self._model_name, name)
            try:
                report(DriftKind.UNKNOWN_FIELD, value, "(not in the spec)")
            finally:
                pop()
        return self._fields


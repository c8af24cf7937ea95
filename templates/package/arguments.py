"""Checking and converting the arguments of generated operations before a request is built.

Every generated ``_get_kwargs`` is wrapped by ``check_arguments``, which checks each argument
against the function's type annotation and raises ``errors.InvalidArgumentError`` (naming the
operation, the argument and the value) before anything is sent. Conversions are made only where
the intent is unambiguous:

- an enum's value (``"submitted"``) becomes the enum member;
- an ISO 8601 string becomes a ``date``, ``datetime`` or ``UUID``;
- a dict becomes the body model through ``from_dict``, strictly: an unknown key, a missing
  required key or a value of another type is an error naming the key;
- ``None`` for an optional argument means "not set".

A bool where an int is expected, ``None`` for a required argument, a datetime where a date is
expected and any other type are errors. The checkers of each function are built on its first
call and cached, so a call costs one type test per argument when the values already fit.

Copied unchanged into the generated package by scripts/generate.py (source: templates/package/).
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from .drift import Drift, DriftKind, collect, operation as drift_operation
from .encoding import to_json
from .errors import InvalidArgumentError
from .types import UNSET, Unset

Function = TypeVar("Function", bound=Callable[..., Any])

# Maximum length of a value repr in an error message. Longer ones are cut and end with "...".
MAX_VALUE_REPR = 80
# Argument and field names whose values never appear in an error message.
_SECRET_NAME = re.compile(r"token|secret|password|passwd|authorization|api_?key|credential", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def shorten(value: object) -> str:
    """Return the repr of ``value``, cut to MAX_VALUE_REPR characters."""
    text = repr(value)
    if len(text) > MAX_VALUE_REPR:
        text = text[: MAX_VALUE_REPR - 3] + "..."
    return text


def describe_value(argument: str, value: object) -> str:
    """Return the shortened repr of ``value``, or ``'***'`` when ``argument`` names a secret."""
    if _SECRET_NAME.search(argument):
        return "'***'"
    return shorten(value)


class Rejected(Exception):
    """A value that a checker does not accept. ``where`` is the key or index path inside it."""

    def __init__(self, value: object, expected: str, hint: str = "", where: str = "") -> None:
        super().__init__(expected)
        self.value = value
        self.expected = expected
        self.hint = hint
        self.where = where


class Checker:
    """Check of one annotated type: ``check`` returns the value, converted, or raises Rejected."""

    expected = "any value"

    def check(self, value: object) -> Any:
        return value


def _reject(value: object, expected: str, hint: str = "") -> Rejected:
    if value is None and not hint:
        hint = "None is not allowed here because the argument is required"
    return Rejected(value, expected, hint)


class _Int(Checker):
    expected = "int"

    def check(self, value: object) -> Any:
        if type(value) is int:
            return value
        if isinstance(value, bool):
            raise _reject(value, self.expected, "a bool is not accepted as an int")
        if isinstance(value, int):
            return value
        raise _reject(value, self.expected)


class _Float(Checker):
    expected = "float"

    def check(self, value: object) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        raise _reject(value, self.expected)


class _Exact(Checker):
    """Check of a type that accepts only its own instances (str, bool)."""

    def __init__(self, python_type: type) -> None:
        self._python_type = python_type
        self.expected = python_type.__name__

    def check(self, value: object) -> Any:
        if isinstance(value, self._python_type):
            return value
        raise _reject(value, self.expected)


class _Date(Checker):
    expected = "date or 'YYYY-MM-DD' string"

    def check(self, value: object) -> Any:
        if isinstance(value, datetime.datetime):
            raise _reject(value, self.expected, "pass value.date() to send the day of a datetime")
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        raise _reject(value, self.expected)


class _DateTime(Checker):
    expected = "datetime or ISO 8601 date-time string"

    def check(self, value: object) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        if isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise _reject(value, self.expected)


class _Uuid(Checker):
    expected = "UUID or UUID string"

    def check(self, value: object) -> Any:
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, str):
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
        raise _reject(value, self.expected)


class _Enum(Checker):
    """Check of an Enum class: its members, or their values of the same type."""

    def __init__(self, enum_class: type[enum.Enum]) -> None:
        self._enum_class = enum_class
        self._members = {(type(member.value), member.value): member for member in enum_class}
        values = ", ".join(str(member.value) for member in enum_class)
        self.expected = f"one of {values}"

    def check(self, value: object) -> Any:
        if isinstance(value, self._enum_class):
            return value

        try:
            member = self._members.get((type(value), value))
        except TypeError:
            member = None
        if member is None:
            raise _reject(value, self.expected)
        return member


class _List(Checker):
    """Check of list[item]: a list or tuple whose items each pass ``item``."""

    def __init__(self, item: Checker) -> None:
        self._item = item
        self.expected = f"list of {item.expected}"

    def check(self, value: object) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _reject(value, self.expected)

        checked = []
        for index, item in enumerate(value):
            try:
                checked.append(self._item.check(item))
            except Rejected as rejected:
                rejected.where = f"[{index}]{rejected.where}"
                raise
        return checked


class _Union(Checker):
    """Check of a union: the first alternative that accepts the value."""

    def __init__(self, alternatives: list[Checker]) -> None:
        self._alternatives = alternatives
        self.expected = " or ".join(alternative.expected for alternative in alternatives)

    def check(self, value: object) -> Any:
        for alternative in self._alternatives:
            try:
                return alternative.check(value)
            except Rejected:
                continue
        raise _reject(value, self.expected)


class _Optional(Checker):
    """Check of an optional argument (``X | Unset``): UNSET and None leave it out of the request."""

    def __init__(self, inner: Checker, nullable: bool) -> None:
        self._inner = inner
        self._nullable = nullable
        self.expected = f"{inner.expected} or None" if nullable else inner.expected

    def check(self, value: object) -> Any:
        if value is UNSET or isinstance(value, Unset):
            return value
        if value is None:
            return None if self._nullable else UNSET
        return self._inner.check(value)


class _Body(Checker):
    """Check of a request body model: an instance, or a dict that decodes strictly into one."""

    def __init__(self, model_class: Any) -> None:
        self._model_class = model_class
        self.expected = f"{model_class.__name__} or dict"

    def check(self, value: object) -> Any:
        if isinstance(value, self._model_class):
            # An instance may carry additional_properties on purpose, so only documented fields
            # are checked, in the form they will be sent.
            try:
                data = value.to_dict()
            except (AttributeError, TypeError, ValueError) as error:
                raise _reject(value, self.expected, f"to_dict() failed: {error}") from error
            self._decode_strictly(data, allow_unknown=True)
            return value

        if isinstance(value, Mapping):
            return self._decode_strictly(to_json(dict(value)), allow_unknown=False)

        raise _reject(value, self.expected)

    def _decode_strictly(self, data: Mapping[str, Any], allow_unknown: bool) -> Any:
        # The decoder builds JSON paths from keys, and JSON keys are always strings.
        _reject_non_str_keys(data)

        # The tolerant decoder of the model records every difference from the spec. For a request
        # body each one is an error of the caller, so the first is raised.
        with drift_operation(""), collect() as records:
            decoded = self._model_class.from_dict(data)

        # An unknown key is reported first: it is usually a misspelling of the missing one.
        records.sort(key=lambda record: record.kind is not DriftKind.UNKNOWN_FIELD)
        for record in records:
            if allow_unknown and record.kind is DriftKind.UNKNOWN_FIELD:
                continue
            raise self._rejection(data, record)
        return decoded

    def _rejection(self, data: Mapping[str, Any], record: Drift) -> Rejected:
        value = _value_at(data, record.path)
        model_name = self._model_class.__name__

        if record.kind is DriftKind.UNKNOWN_FIELD:
            rejected = _unknown_field(self._model_class, record, value)
        elif record.kind is DriftKind.MISSING:
            owner = record.schema_field.rsplit(".", 1)[0] or model_name
            rejected = Rejected(_MISSING, _field_expected(record), f"{owner} requires this field")
        elif record.kind is DriftKind.NULL:
            rejected = Rejected(value, _field_expected(record), "the field is not nullable")
        else:
            rejected = Rejected(value, _field_expected(record))

        rejected.where = f".{record.path}" if record.path else ""
        return rejected


def _reject_non_str_keys(value: object, where: str = "") -> None:
    """Raise Rejected for the first key that is not a str, in a JSON value of dicts and lists."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise Rejected(key, "str keys", "JSON object keys are strings", where)
            _reject_non_str_keys(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _reject_non_str_keys(item, f"{where}[{index}]")


def _field_expected(record: Drift) -> str:
    """Return what a body field accepts, worded like the argument checks ("one of 10, 20")."""
    from . import models

    model_name, _, field = record.schema_field.rpartition(".")
    model_class = getattr(models, model_name, None)
    try:
        # Models import the models they contain only for type checkers, so their names are
        # resolved in the models package.
        hints = typing.get_type_hints(model_class, localns=vars(models))
    except (NameError, TypeError):
        return record.expected

    hint = hints.get(field, hints.get(f"{field}_"))
    if hint is None:
        return record.expected
    return checker_for(hint).expected


def _unknown_field(model_class: Any, record: Drift, value: object) -> Rejected:
    if "." in record.path or "[" in record.path:
        # A key of a nested object: schema_field names its model, such as "TimeEntryCreate.foo".
        nested_model = record.schema_field.rsplit(".", 1)[0]
        return Rejected(value, f"a field of {nested_model}", "unknown field")

    names = _field_names(model_class)
    hint = "unknown field"
    close = difflib.get_close_matches(record.path, names, n=1)
    if close:
        hint += f"; did you mean {close[0]!r}?"
    return Rejected(value, f"a field of {model_class.__name__} ({', '.join(names)})", hint)


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def _value_at(data: object, path: str) -> object:
    """Return the value at a drift path such as ``name`` or ``entries[].date``.

    A drift path does not record which list item or map value was wrong, so at the first ``[]``
    or ``{}`` the whole list or map is returned.
    """
    value = data
    for segment in re.split(r"\.|(?=[\[{])", path) if path else []:
        if segment in ("[]", "{}"):
            return value
        if isinstance(value, Mapping) and segment in value:
            value = value[segment]
        else:
            return _MISSING
    return value


def _field_names(model_class: Any) -> list[str]:
    """Return the JSON names of a model's fields (the generator appends "_" to Python keywords)."""
    names = [field.name for field in attrs.fields(model_class) if field.name != "additional_properties"]
    return [name[:-1] if name.endswith("_") else name for name in names]


def checker_for(hint: Any) -> Checker:
    """Return the checker of a type annotation of a generated ``_get_kwargs``."""
    origin = typing.get_origin(hint)

    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        nullable = type(None) in members
        optional = nullable or Unset in members
        others = [member for member in members if member not in (type(None), Unset)]

        inner = checker_for(others[0]) if len(others) == 1 else _Union([checker_for(m) for m in others])
        return _Optional(inner, nullable) if optional else inner

    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return _List(checker_for(item))

    return _scalar_checker(hint)


def _scalar_checker(hint: Any) -> Checker:
    if hint is bool or hint is str:
        return _Exact(hint)
    if hint is int:
        return _Int()
    if hint is float:
        return _Float()
    if hint is datetime.datetime:
        return _DateTime()
    if hint is datetime.date:
        return _Date()
    if hint is uuid.UUID:
        return _Uuid()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _Enum(hint)
    if isinstance(hint, type) and hasattr(hint, "from_dict") and hasattr(hint, "to_dict"):
        return _Body(hint)
    # NOTE: other annotations (Any, files of multipart bodies) pass unchecked.
    return Checker()


class _Plan:
    """The checkers of one function, by parameter name and by position."""

    def __init__(self, function: Callable[..., Any]) -> None:
        hints = typing.get_type_hints(function)
        code = function.__code__
        self.positional = code.co_varnames[: code.co_argcount]
        self.checkers = {name: checker_for(hint) for name, hint in hints.items() if name != "return"}


def check_arguments(operation: str) -> Callable[[Function], Function]:
    """Wrap a generated ``_get_kwargs`` so that its arguments are checked and converted first.

    Raises ``InvalidArgumentError`` naming ``operation``, the argument and the value. Python's
    own TypeError for a missing or unexpected argument name is unchanged.
    """

    def decorate(function: Function) -> Function:
        plan: _Plan | None = None

        @functools.wraps(function)
        def checked(*args: Any, **kwargs: Any) -> Any:
            nonlocal plan
            if plan is None:
                plan = _Plan(function)
            checkers = plan.checkers

            if args:
                # Surplus positional arguments pass unchecked, and the call raises Python's TypeError.
                checked_args = [
                    _check(operation, checkers, name, value)
                    for name, value in zip(plan.positional, args, strict=False)
                ]
                args = (*checked_args, *args[len(checked_args) :])

            for name, value in kwargs.items():
                kwargs[name] = _check(operation, checkers, name, value)

            return function(*args, **kwargs)

        return typing.cast(Function, checked)

    return decorate


def _check(operation: str, checkers: dict[str, Checker], name: str, value: object) -> Any:
    checker = checkers.get(name)
    if checker is None:
        return value

    try:
        return checker.check(value)
    except Rejected as rejected:
        argument = name + rejected.where
        raise InvalidArgumentError(
            operation, argument, describe_value(argument, rejected.value), rejected.expected, rejected.hint
        ) from None

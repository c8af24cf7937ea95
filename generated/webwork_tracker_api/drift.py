"""Drift records: where response bodies differ from openapi.yaml.

The decoders in decoding.py call ``report`` for each difference. A record is kept once per
operation, JSON path and kind (later ones raise its count) and logged once at WARNING, with the JSON
type of the value but never the value itself, because a body can carry access tokens.
``drift_records()`` and ``clear_drift()`` read and reset the records.

Copied unchanged into the generated package by scripts/generate.py (source: templates/package/).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import threading
from collections.abc import Iterator, Mapping
from contextvars import ContextVar

from attrs import define, evolve

from .types import Unset

logger = logging.getLogger(__name__)

# Maximum number of distinct (operation, path, kind) keys kept in memory. Paths come from the spec,
# so a real client stays far below it. The bound protects against bodies built to exhaust memory.
MAX_RECORDS = 1000


class DriftKind(enum.StrEnum):
    """Kind of difference between a value in a response and openapi.yaml."""

    NULL = "null"
    MISSING = "missing"
    UNKNOWN_FIELD = "unknown_field"
    UNKNOWN_ENUM_VALUE = "unknown_enum_value"
    CONVERTED = "converted"
    TYPE_MISMATCH = "type_mismatch"
    EMPTY_LIST_AS_OBJECT = "empty_list_as_object"
    EMPTY_OBJECT_AS_LIST = "empty_object_as_list"
    DATE_FORMAT = "date_format"
    INVALID_FORMAT = "invalid_format"


# Outcome of each kind (the decoder's action on the value), for the log line and the report.
OUTCOMES = {
    DriftKind.NULL: "decoded as None",
    DriftKind.MISSING: "decoded as None",
    DriftKind.UNKNOWN_FIELD: "kept in additional_properties",
    DriftKind.UNKNOWN_ENUM_VALUE: "kept as the raw value",
    DriftKind.CONVERTED: "converted to the documented type",
    DriftKind.TYPE_MISMATCH: "kept as sent",
    DriftKind.EMPTY_LIST_AS_OBJECT: "decoded as an empty object",
    DriftKind.EMPTY_OBJECT_AS_LIST: "decoded as an empty list",
    DriftKind.DATE_FORMAT: "parsed from another format",
    DriftKind.INVALID_FORMAT: "kept as the raw string",
}

@define(frozen=True)
class Drift:
    """One difference between responses and openapi.yaml, with how often it was seen.

    ``path`` is the JSON path inside the body, such as ``data[].status``, where ``[]`` is every
    list item and ``{}`` every value of a map. ``schema_field`` is the generated model and field
    (``Timesheet.status``). ``expected`` is the documented type and ``received`` the JSON type
    that arrived (``string``, ``integer``, ``number``, ``boolean``, ``null``, ``array``,
    ``object`` or ``missing``).
    """

    operation: str
    path: str
    kind: DriftKind
    schema_field: str
    expected: str
    received: str
    count: int = 1

    @property
    def outcome(self) -> str:
        """Action the decoder takes on such values."""
        return OUTCOMES[self.kind]

    def describe(self) -> str:
        """Return a one-line description without any value from the body."""
        operation = self.operation or "(no operation)"
        where = self.path or "(body)"
        return (
            f"{operation}: {where} ({self.schema_field or '-'}) {self.kind}: expected {self.expected}, "
            f"received {self.received}; {self.outcome}"
        )


class _Registry:
    """Thread-safe store of drift records keyed by operation, path and kind."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[tuple[str, str, DriftKind], Drift] = {}
        self.dropped = 0

    def add(self, record: Drift) -> None:
        key = (record.operation, record.path, record.kind)

        with self._lock:
            known = self._records.get(key)
            if known is not None:
                self._records[key] = evolve(known, count=known.count + 1)
                return

            if len(self._records) >= MAX_RECORDS:
                self.dropped += 1
                return

            self._records[key] = record

        logger.warning("Response drift: %s", record.describe())

    def snapshot(self) -> list[Drift]:
        with self._lock:
            return list(self._records.values())

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self.dropped = 0


_registry = _Registry()


def drift_records() -> list[Drift]:
    """Return the drift recorded since the start or the last ``clear_drift()``, oldest first."""
    return _registry.snapshot()


def clear_drift() -> None:
    """Forget every drift record, so that each difference is logged again when next seen."""
    _registry.clear()


# Decoding state of the current thread or task: the operation, the JSON path, the model field,
# and the buffer that collects the records of a union alternative under trial.
_operation: ContextVar[str] = ContextVar("webwork_decoding_operation", default="")
_path: ContextVar[str] = ContextVar("webwork_decoding_path", default="")
_schema_field: ContextVar[str] = ContextVar("webwork_decoding_schema_field", default="")
_trial: ContextVar[list[Drift] | None] = ContextVar("webwork_decoding_trial", default=None)


@contextlib.contextmanager
def operation(name: str) -> Iterator[None]:
    """Attribute the drift recorded inside the block to the operation ``name`` (its operationId)."""
    operation_token = _operation.set(name)
    path_token = _path.set("")
    try:
        yield
    finally:
        _path.reset(path_token)
        _operation.reset(operation_token)


@contextlib.contextmanager
def at(segment: str, schema_field: str | None = None) -> Iterator[None]:
    """Move the current path to a field (``name``), the list items (``[]``) or the map values (``{}``)."""
    current = _path.get()
    if segment.startswith("["):
        path = current + segment
    elif segment == "{}":
        path = current + "{}"
    else:
        path = f"{current}.{segment}" if current else segment

    path_token = _path.set(path)
    field_token = _schema_field.set(schema_field) if schema_field is not None else None
    try:
        yield
    finally:
        if field_token is not None:
            _schema_field.reset(field_token)
        _path.reset(path_token)


def json_type(value: object) -> str:
    """Return the JSON type name of a decoded JSON value (``missing`` for UNSET)."""
    if value is None:
        return "null"
    if isinstance(value, Unset):
        return "missing"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def report(kind: DriftKind, value: object, expected: str) -> None:
    """Record a drift of ``kind`` at the current path. Only the JSON type of ``value`` is kept."""
    record = Drift(
        operation=_operation.get(),
        path=_path.get(),
        kind=kind,
        schema_field=_schema_field.get(),
        expected=expected,
        received=json_type(value),
    )

    emit(record)


def emit(record: Drift) -> None:
    """Store a record, or add it to the buffer of the enclosing ``collect()`` block."""
    trial = _trial.get()
    if trial is not None:
        trial.append(record)
    else:
        _registry.add(record)



def current_path() -> str:
    """Return the JSON path of the value being decoded."""
    return _path.get()


@contextlib.contextmanager
def collect() -> Iterator[list[Drift]]:
    """Collect the records reported inside the block into a list instead of storing them.

    A union decoder tries its alternatives inside such blocks and re-emits the records of the one
    it takes.
    """
    records: list[Drift] = []
    token = _trial.set(records)
    try:
        yield records
    finally:
        _trial.reset(token)

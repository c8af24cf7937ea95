"""Unit tests of the decoding helpers that every generated model uses."""

from __future__ import annotations

import datetime
import enum
import logging
import threading
from uuid import UUID

import pytest
from webwork_tracker_api import decoding, drift, encoding
from webwork_tracker_api.decoding import DATE, DATETIME, FLOAT, INT, STR
from webwork_tracker_api.drift import DriftKind
from webwork_tracker_api.models import Pagination, Timesheet, TimesheetStatus
from webwork_tracker_api.types import UNSET

UTC = datetime.UTC


@pytest.fixture(autouse=True)
def fresh_drift():
    drift.clear_drift()
    yield
    drift.clear_drift()


def kinds() -> list[DriftKind]:
    return [record.kind for record in drift.drift_records()]


class Color(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    LOW = 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [(15.0, 15), ("15", 15), (" -7 ", -7), ("15.0", 15), ("1e3", 1000)],
)
def test_to_int_exact(value, expected):
    assert decoding.to_int(value) == expected


@pytest.mark.parametrize("value", [True, 15.5, "15.5", "abc", "", "1" * 41, "1e999", "1e99999999999999999999",
                                   "1e-99999999999999999999", "0e99999999999999999999"])
def test_to_int_rejects(value):
    assert decoding.to_int(value) is decoding._NOT_CONVERTED


@pytest.mark.parametrize(("value", "expected"), [("80.5", 80.5), ("-1", -1.0), (".5", 0.5)])
def test_to_float_exact(value, expected):
    assert decoding.to_float(value) == expected


@pytest.mark.parametrize("value", ["nan", "inf", "1e999", "1,5", True])
def test_to_float_rejects(value):
    assert decoding.to_float(value) is decoding._NOT_CONVERTED


@pytest.mark.parametrize(("value", "expected"), [(15, "15"), (80.5, "80.5")])
def test_to_str_numbers(value, expected):
    assert decoding.to_str(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, False), (1, True), ("0", False), ("1", True), ("true", True), ("FALSE", False)],
)
def test_to_bool_exact(value, expected):
    assert decoding.to_bool(value) is expected


@pytest.mark.parametrize("value", [2, -1, "yes", "", 1.0])
def test_to_bool_rejects(value):
    assert decoding.to_bool(value) is decoding._NOT_CONVERTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-15T10:30:00Z", datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)),
        ("2025-02-19T19:24:55.000000Z", datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC)),
        ("2024-01-15T12:30:00+00:00", datetime.datetime(2024, 1, 15, 12, 30, tzinfo=UTC)),
        ("2025-02-19 19:24:55", datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC)),
        ("2024-01-15", datetime.datetime(2024, 1, 15, tzinfo=UTC)),
        ("Jan 15, 2024", datetime.datetime(2024, 1, 15, tzinfo=UTC)),
    ],
)
def test_parse_datetime_formats(text, expected):
    assert decoding.parse_datetime(text) == expected


def test_parse_datetime_keeps_offset():
    parsed = decoding.parse_datetime("2024-01-15T12:30:00+02:00")

    assert parsed.utcoffset() == datetime.timedelta(hours=2)


@pytest.mark.parametrize("text", ["yesterday", "Foo 15, 2024", "Feb 30, 2024", "2024-13-01"])
def test_parse_datetime_rejects(text):
    assert decoding.parse_datetime(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-15", datetime.date(2024, 1, 15)),
        ("Jan 15, 2024", datetime.date(2024, 1, 15)),
        ("September 3, 2024", datetime.date(2024, 9, 3)),
        ("2024-01-15 00:00:00", datetime.date(2024, 1, 15)),
    ],
)
def test_parse_date_formats(text, expected):
    assert decoding.parse_date(text) == expected


def test_parse_date_rejects_time_of_day():
    assert decoding.parse_date("2024-01-15 10:30:00") is None


def test_scalar_match_no_drift():
    assert INT.decode(15) == 15
    assert FLOAT.decode(15) == 15
    assert STR.decode("x") == "x"
    assert kinds() == []


def test_scalar_converted():
    assert INT.decode("15") == 15
    assert kinds() == [DriftKind.CONVERTED]


def test_scalar_kept_as_sent():
    assert INT.decode("15.5") == "15.5"
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_bool_not_integer():
    assert INT.decode(True) is True
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_uuid_invalid_kept():
    assert decoding.UUID.decode("eyJpdiI6") == "eyJpdiI6"
    assert kinds() == [DriftKind.INVALID_FORMAT]


def test_uuid_valid():
    assert decoding.UUID.decode("a1b2c3d4-e5f6-7890-abcd-ef1234567890") == UUID("a1b2c3d4-e5f6-7890-abcd-ef1234567890")
    assert kinds() == []


def test_datetime_rfc3339_no_drift():
    assert DATETIME.decode("2025-02-19T19:24:55.000000Z") == datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC)
    assert kinds() == []


def test_datetime_other_format():
    assert DATETIME.decode("2025-02-19 19:24:55") == datetime.datetime(2025, 2, 19, 19, 24, 55, tzinfo=UTC)
    assert kinds() == [DriftKind.DATE_FORMAT]


def test_date_unparseable_kept():
    assert DATE.decode("soon") == "soon"
    assert kinds() == [DriftKind.INVALID_FORMAT]


def test_enum_known_and_unknown():
    decoder = decoding.enum_of(Color)

    assert decoder.decode("red") is Color.RED
    assert decoder.decode("blue") == "blue"
    assert kinds() == [DriftKind.UNKNOWN_ENUM_VALUE]


def test_int_enum_from_string():
    assert decoding.enum_of(Level).decode("1") is Level.LOW
    assert kinds() == [DriftKind.CONVERTED]


def test_enum_object_is_type_mismatch():
    assert decoding.enum_of(Color).decode({}) == {}
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_const_mismatch_kept():
    assert decoding.const("v2").decode("v3") == "v3"
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_list_from_empty_object():
    assert decoding.list_of(INT).decode({}) == []
    assert kinds() == [DriftKind.EMPTY_OBJECT_AS_LIST]


def test_list_from_numbered_object():
    assert decoding.list_of(INT).decode({"1": 20, "0": 10}) == [10, 20]
    assert kinds() == [DriftKind.CONVERTED]


@pytest.mark.parametrize("key", ["\u00b2", "1" * 5000])
def test_list_from_object_bad_number_key(key):
    # "²" passes str.isdigit() and int() rejects it, as it rejects more than 4300 digits.
    assert decoding.list_of(INT).decode({key: 1}) == {key: 1}
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_list_items_path():
    decoding.list_of(INT).decode([1, "x"])

    [record] = drift.drift_records()
    assert record.path == "[]"


def test_model_from_empty_list():
    decoded = decoding.model(Pagination).decode([])

    assert isinstance(decoded, Pagination)
    assert kinds() == [DriftKind.EMPTY_LIST_AS_OBJECT]


def test_map_from_empty_list():
    assert decoding.map_of(INT).decode([]) == {}
    assert kinds() == [DriftKind.EMPTY_LIST_AS_OBJECT]


def test_union_prefers_exact_match():
    decoder = decoding.union(INT, STR)

    assert decoder.decode("15") == "15"
    assert kinds() == []


def test_union_converts_with_first_fit():
    decoder = decoding.union(DATE, INT)

    assert decoder.decode("7") == 7
    assert kinds() == [DriftKind.CONVERTED]


def test_union_nothing_fits():
    decoder = decoding.union(DATE, INT)

    assert decoder.decode([1]) == [1]
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_null_in_nullable():
    assert decoding.decode_value(decoding.nullable(INT), None) is None
    assert kinds() == []


def test_null_in_required_type():
    assert decoding.decode_value(INT, None) is None
    assert kinds() == [DriftKind.NULL]


def test_object_source_missing_required():
    source = decoding.ObjectSource(Timesheet, {})

    assert source.field("id", decoding.UUID, required=True) is None
    assert source.field("status", decoding.enum_of(TimesheetStatus)) is UNSET
    assert kinds() == [DriftKind.MISSING]


def test_object_source_unknown_field():
    source = decoding.ObjectSource(Timesheet, {"plan": "x"})

    assert source.rest() == {"plan": "x"}
    [record] = drift.drift_records()
    assert record.kind == DriftKind.UNKNOWN_FIELD
    assert record.schema_field == "Timesheet.plan"


def test_object_source_not_object():
    source = decoding.ObjectSource(Timesheet, "text")

    assert source.rest() == {}
    assert kinds() == [DriftKind.TYPE_MISMATCH]


def test_record_counts_repeats():
    for _ in range(3):
        INT.decode("15")

    [record] = drift.drift_records()
    assert record.count == 3


def test_record_logged_once(caplog):
    caplog.set_level(logging.WARNING, logger="webwork_tracker_api.drift")

    with drift.operation("get_member"):
        STR.decode(123456)
        STR.decode(123456)

    assert len(caplog.records) == 1
    assert "get_member" in caplog.text


def test_record_omits_value(caplog):
    caplog.set_level(logging.WARNING, logger="webwork_tracker_api.drift")
    secret = "s3cr3t-access-token-value"

    with drift.operation("refresh_token"):
        INT.decode(secret)

    [record] = drift.drift_records()
    assert secret not in caplog.text
    assert secret not in repr(record)
    assert record.received == "string"


def test_operation_scopes_records():
    with drift.operation("get_timesheets"):
        INT.decode("1")
    INT.decode("1")

    operations = sorted(record.operation for record in drift.drift_records())
    assert operations == ["", "get_timesheets"]


def test_clear_drift_logs_again(caplog):
    caplog.set_level(logging.WARNING, logger="webwork_tracker_api.drift")

    INT.decode("1")
    drift.clear_drift()
    INT.decode("1")

    assert len(caplog.records) == 2


def test_records_bounded(monkeypatch):
    monkeypatch.setattr(drift, "MAX_RECORDS", 2)

    for name in ("a", "b", "c"):
        with drift.operation(name):
            INT.decode("1")

    assert len(drift.drift_records()) == 2


def test_to_json_encodes_values():
    value = {
        "status": TimesheetStatus.OPEN,
        "raw": "pending",
        "day": datetime.date(2024, 1, 15),
        "at": datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC),
        "id": UUID("a1b2c3d4-e5f6-7890-abcd-ef1234567890"),
    }

    assert encoding.to_json(value) == {
        "status": "open",
        "raw": "pending",
        "day": "2024-01-15",
        "at": "2024-01-15T10:30:00+00:00",
        "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    }


def test_encode_query_rules():
    params = {
        "billable": True,
        "archived": False,
        "ids": [3, 4],
        "days": [datetime.date(2024, 1, 15), datetime.date(2024, 1, 16)],
        "empty": [],
        "from": datetime.date(2024, 1, 15),
        "since": datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC),
        "status": TimesheetStatus.OPEN,
        "page": 2,
        "skip": UNSET,
        "none": None,
    }

    assert encoding.encode_query(params) == {
        "billable": "1",
        "archived": "0",
        "ids": "3,4",
        "days": "2024-01-15,2024-01-16",
        "from": "2024-01-15",
        "since": "2024-01-15T10:30:00+00:00",
        "status": "open",
        "page": 2,
    }


def test_timesheet_round_trip_raw_values():
    sheet = Timesheet.from_dict({"id": "not-a-uuid", "status": "pending", "submitted_on": "later"})

    assert sheet.to_dict() == {"id": "not-a-uuid", "status": "pending", "submitted_on": "later"}


def test_nested_drift_path():
    body = {
        "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "daily_breakdown": {"2024-01-01": [{"project_id": 11, "total_minutes": "x"}]},
    }

    with drift.operation("get_timesheets"):
        Timesheet.from_dict(body)

    [record] = drift.drift_records()
    assert record.path == "daily_breakdown{}[].total_minutes"
    assert record.schema_field == "TimesheetDayEntry.total_minutes"
    assert drift.current_path() == ""


def test_path_restored_after_drift():
    with drift.operation("get_timesheets"):
        Timesheet.from_dict({"id": "not-a-uuid", "user_id": "x"})
        assert drift.path_frames() == []

    paths = sorted(record.path for record in drift.drift_records())
    assert paths == ["id", "user_id"]


def test_paths_per_thread():
    barrier = threading.Barrier(2)

    def decode(field: str) -> None:
        with drift.operation(f"op_{field}"):
            barrier.wait()
            for _ in range(200):
                decoding.ObjectSource(Timesheet, {field: "x"}).field(field, INT)

    threads = [threading.Thread(target=decode, args=(name,)) for name in ("user_id", "total_minutes")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    records = sorted((record.operation, record.path) for record in drift.drift_records())
    assert records == [("op_total_minutes", "total_minutes"), ("op_user_id", "user_id")]


def test_decoder_factories_shared():
    assert decoding.nullable(INT) is decoding.nullable(INT)
    assert decoding.enum_of(TimesheetStatus) is decoding.enum_of(TimesheetStatus)
    assert decoding.const(1) is not decoding.const(True)


def test_enum_bool_not_int_member():
    assert decoding.enum_of(Level).decode(True) is True
    assert kinds() == [DriftKind.TYPE_MISMATCH]

"""Decode recorded API responses and print where they differ from openapi.yaml.

Each file in the folder is one raw response body, named after the operation that returned it:
``OPERATION[.STATUS][.LABEL].json``. OPERATION is the operationId in snake case, as the generated
module is named (``get_timesheets``); STATUS is the HTTP status (200 when left out); LABEL is free
text that keeps several recordings of one operation apart. For example
``get_timesheets.json``, ``get_timesheets.pending-status.json``, ``get_member.404.json``.

The report lists each difference once per operation, path and kind, with the files that show it
and what to change in openapi.yaml. It prints JSON types, never values from the files. The exit
status is 0, or 1 with --strict when any drift was found.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from webwork_tracker_api import api  # noqa: E402
from webwork_tracker_api.client import Client  # noqa: E402
from webwork_tracker_api.drift import Drift, DriftKind, clear_drift, drift_records  # noqa: E402
from webwork_tracker_api.errors import WebWorkError  # noqa: E402

# Base URL of the requests that the recorded responses are attached to. Nothing is sent.
PLACEHOLDER_BASE_URL = "http://127.0.0.1/api/v2"

# Change to make in openapi.yaml for each kind of drift.
FIXES = {
    DriftKind.NULL: "add null to the field's type",
    DriftKind.MISSING: "remove the field from the schema's required list",
    DriftKind.UNKNOWN_FIELD: "add the field to the schema",
    DriftKind.UNKNOWN_ENUM_VALUE: "add the value sent to the enum (look it up in the files)",
    DriftKind.CONVERTED: "document the type the API sends, or keep the conversion",
    DriftKind.TYPE_MISMATCH: "correct the field's type",
    DriftKind.EMPTY_LIST_AS_OBJECT: "note that an empty object arrives as [] (PHP empty array)",
    DriftKind.EMPTY_OBJECT_AS_LIST: "note that an empty list arrives as {}, or type the field as an object",
    DriftKind.DATE_FORMAT: "document the format the API sends (drop format: date/date-time or add a pattern)",
    DriftKind.INVALID_FORMAT: "drop the field's format (uuid, date or date-time) or correct it",
}


@dataclass
class Finding:
    """One drift record, summed over the files that show it."""

    record: Drift
    count: int = 0
    files: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Recording:
    """A recorded response body with the operation and status its file name gives."""

    path: Path
    operation: str
    status: int


def parse_name(path: Path) -> Recording:
    """Read OPERATION[.STATUS][.LABEL] from a file name."""
    parts = path.name.removesuffix(".json").split(".")
    status = 200
    if len(parts) > 1 and parts[1].isdigit() and len(parts[1]) == 3:
        status = int(parts[1])
    return Recording(path=path, operation=parts[0], status=status)


def find_operation(name: str) -> ModuleType | None:
    """Return the generated module of an operation, searching every tag package."""
    for tag in pkgutil.iter_modules(api.__path__):
        try:
            return importlib.import_module(f"{api.__name__}.{tag.name}.{name}")
        except ModuleNotFoundError:
            continue
    return None


def decode(recording: Recording, module: ModuleType) -> str | None:
    """Run a recorded body through the operation's decoder. Return an error message or None."""
    request = httpx.Request("GET", f"{PLACEHOLDER_BASE_URL}/{recording.operation}")
    response = httpx.Response(recording.status, content=recording.path.read_bytes(), request=request)
    client = Client(base_url=PLACEHOLDER_BASE_URL)

    try:
        module._build_response(client=client, response=response)
    except WebWorkError as error:
        # The error's message quotes the start of the body, which the report must not print.
        cause = getattr(error, "cause", None)
        detail = f" ({type(cause).__name__})" if cause is not None else ""
        return f"{type(error).__name__}{detail}"
    return None


def collect(folder: Path) -> tuple[dict[tuple[str, str, str], Finding], list[str], int]:
    """Decode every recording in folder. Return the findings, the problems and the file count."""
    findings: dict[tuple[str, str, str], Finding] = {}
    problems: list[str] = []
    files = sorted(folder.glob("*.json"))

    for path in files:
        recording = parse_name(path)
        module = find_operation(recording.operation)
        if module is None:
            problems.append(f"{path.name}: no operation named {recording.operation!r} in the generated client")
            continue

        clear_drift()
        error = decode(recording, module)
        if error is not None:
            problems.append(f"{path.name}: {error}")

        for record in drift_records():
            key = (record.operation, record.path, record.kind)
            finding = findings.setdefault(key, Finding(record=record))
            finding.count += record.count
            finding.files.append(path.name)

    clear_drift()
    return findings, problems, len(files)


def render(findings: dict[tuple[str, str, str], Finding], problems: list[str], file_count: int) -> str:
    """Format the report, grouped by operation."""
    lines = [f"Drift report: {file_count} recorded responses, {len(findings)} differences from openapi.yaml"]

    by_operation: dict[str, list[Finding]] = {}
    for finding in findings.values():
        by_operation.setdefault(finding.record.operation, []).append(finding)

    for operation_name in sorted(by_operation):
        lines.append("")
        lines.append(operation_name)
        for finding in sorted(by_operation[operation_name], key=lambda item: (item.record.path, item.record.kind)):
            record = finding.record
            lines.append(f"  {record.path or '(body)'}  [{record.kind}]  {record.schema_field}")
            lines.append(f"      expected {record.expected}, received {record.received}; {record.outcome}")
            lines.append(f"      seen {finding.count}x in {', '.join(sorted(set(finding.files)))}")
            lines.append(f"      fix: {FIXES[record.kind]}")

    if problems:
        lines.append("")
        lines.append("Files that could not be decoded:")
        lines.extend(f"  {problem}" for problem in problems)

    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of recorded response bodies (*.json)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any drift is found")
    arguments = parser.parse_args()

    if not arguments.folder.is_dir():
        raise SystemExit(f"{arguments.folder} is not a folder: pass a folder of recorded *.json responses")

    # The report lists every record, so the WARNING logged for each one would only repeat it.
    logging.getLogger("webwork_tracker_api.drift").setLevel(logging.ERROR)

    findings, problems, file_count = collect(arguments.folder)
    print(render(findings, problems, file_count))

    if arguments.strict and (findings or problems):
        return 1
    if arguments.strict and file_count == 0:
        print(f"--strict: no recorded *.json responses in {arguments.folder}; check the path")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

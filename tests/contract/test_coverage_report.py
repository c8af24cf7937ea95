"""`make coverage-report`: per-tag counts of the spec and its comparison with the operation index."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from coverage_report import INDEX, Entry, compare, read_index
from spec_document import ROOT, iter_operations

SCRIPT = ROOT / "scripts" / "coverage_report.py"


def run_report(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )


def table_rows(output: str) -> dict[str, list[int]]:
    """Return the counts of each tag row of the printed table, keyed by tag."""
    rows: dict[str, list[int]] = {}
    for line in output.splitlines()[3:]:
        if not line.strip():
            break
        tag, numbers = line[:16].strip(), line[16:].split()
        rows[tag] = [int(number) for number in numbers]
    return rows


def test_report_passes_check_on_the_spec() -> None:
    result = run_report("--check")

    assert result.returncode == 0, result.stdout + result.stderr


def test_report_counts_each_tag(spec_document: dict, bundled_spec_path: Path) -> None:
    result = run_report("--spec", str(bundled_spec_path))
    rows = table_rows(result.stdout)
    operations = list(iter_operations(spec_document))
    per_tag = Counter((operation.tag, operation.doc_status) for operation in operations)
    in_index = Counter(entry.tag for entry in read_index(INDEX) if entry.method != "?" and entry.path != "?")

    for tag in {operation.tag for operation in operations}:
        expected = [
            sum(count for (name, _), count in per_tag.items() if name == tag),
            per_tag[(tag, "documented")],
            per_tag[(tag, "partial")],
            per_tag[(tag, "inferred")],
            in_index[tag],
        ]
        assert rows.get(tag) == expected, f"row of {tag}: {rows.get(tag)}, expected {expected}\n{result.stdout}"
    assert rows["Total"][0] == len(operations)


def test_report_lists_unlocated_operations() -> None:
    result = run_report()
    unlocated = [entry.operation_id for entry in read_index(INDEX) if entry.status == "unlocated"]

    assert unlocated, "the index has no unlocated operation"
    for operation_id in unlocated:
        assert operation_id in result.stdout, f"{operation_id} missing from the report"


def test_compare_matches_path_ids_by_position() -> None:
    spec = [Entry("Tasks", "GET", "/tasks/{taskId}", "getTask", "partial")]
    index = [Entry("Tasks", "GET", "/tasks/{id}", "getTask", "partial")]

    comparison = compare(spec, index)

    assert not comparison.missing_from_index
    assert not comparison.missing_from_spec
    assert not comparison.failed


def test_compare_reports_each_disagreement() -> None:
    spec = [
        Entry("Tasks", "GET", "/tasks", "getTasks", "partial"),
        Entry("Tasks", "PUT", "/tasks/{taskId}", "changeTask", "documented"),
        Entry("Tasks", "GET", "/tasks/extra", "getExtra", "documented"),
        Entry("Leaves", "POST", "/leaves/{id}/approve", "approveLeave", "inferred"),
    ]
    index = [
        Entry("Tasks", "GET", "/tasks", "getTasks", "documented"),
        Entry("Tasks", "PUT", "/tasks/{taskId}", "updateTask", "documented"),
        Entry("Tasks", "POST", "/tasks", "createTask", "partial"),
        Entry("Leaves", "?", "?", "approveLeave", "unlocated"),
    ]

    comparison = compare(spec, index)

    assert [entry.operation_id for entry, _ in comparison.status_mismatches] == ["getTasks"]
    assert [entry.operation_id for entry, _ in comparison.id_mismatches] == ["changeTask"]
    assert [entry.operation_id for entry in comparison.missing_from_index] == ["getExtra", "approveLeave"]
    assert [entry.operation_id for entry in comparison.missing_from_spec] == ["createTask"]
    assert [entry.operation_id for entry in comparison.unlocated_in_spec] == ["approveLeave"]
    assert comparison.failed

"""make drift-report: the script over the sample recordings in tests/recordings/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDINGS = ROOT / "tests" / "recordings"


def run_report(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "scripts/drift_report.py", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_report_lists_drift():
    result = run_report(str(RECORDINGS))

    assert result.returncode == 0, result.stderr
    assert "data[].status  [unknown_enum_value]  Timesheet.status" in result.stdout
    assert "data.lastname  [missing]  Member.lastname" in result.stdout
    assert "seen 1x in get_member.404.json" in result.stdout


def test_report_omits_values():
    result = run_report(str(RECORDINGS))

    assert "eyJpdiI6" not in result.stdout
    assert "jane@example.com" not in result.stdout
    assert "pending" not in result.stdout


def test_report_strict_fails_on_drift():
    assert run_report("--strict", str(RECORDINGS)).returncode == 1


def test_report_unknown_operation(tmp_path):
    (tmp_path / "no_such_operation.json").write_text("{}")

    result = run_report(str(tmp_path))

    assert "no operation named 'no_such_operation'" in result.stdout


def test_report_invalid_json(tmp_path):
    (tmp_path / "get_workspaces.json").write_text("<html>")

    result = run_report(str(tmp_path))

    assert "get_workspaces.json: ResponseDecodeError (JSONDecodeError)" in result.stdout
    assert "<html>" not in result.stdout

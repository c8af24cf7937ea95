"""The distribution builds one wheel with both packages, typed, and without test support."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contents(tmp_path):
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

    [wheel] = tmp_path.glob("webwork_tracker_client-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    assert "webwork_tracker/py.typed" in names
    assert "webwork_tracker_api/py.typed" in names
    assert "webwork_tracker_api/api/timesheets/approve_timesheet.py" in names
    assert "webwork_tracker/_pagination.py" in names
    assert not any(name.startswith(("spec_models", "tests/")) for name in names)

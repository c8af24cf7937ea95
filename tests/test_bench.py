"""The benchmark harness runs end to end in its quick mode; speed is not checked here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.run import END_MARKER, START_MARKER

ROOT = Path(__file__).resolve().parent.parent


def test_bench_quick_mode(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(f"# Benchmarks\n\n{START_MARKER}\n{END_MARKER}\n\nNotes stay.\n")

    command = [sys.executable, "-m", "benchmarks.run", "--quick", "--output", str(page)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stdout + result.stderr
    for key in ("P1", "P2", "P3", "P4", "P5"):
        assert f"\n{key} " in "\n" + result.stdout, f"{key} missing from the output:\n{result.stdout}"
    written = page.read_text()
    assert "| P1 |" in written
    assert "| P5 |" in written
    assert "openapi-python-client" in written
    assert written.endswith("Notes stay.\n")

"""The demo runs the example against the fake server and prints its summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_prints_summary():
    environment = {key: value for key, value in os.environ.items() if not key.startswith("WEBWORK_")}

    result = subprocess.run([sys.executable, "scripts/demo.py"], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "across 3 pages" in result.stdout
    assert "Summary: 1 approved, 1 rejected, 28 still waiting for review." in result.stdout

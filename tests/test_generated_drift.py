"""The drift check: generated/ matches a fresh generation of the spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_check_generated_passes():
    result = subprocess.run([sys.executable, "scripts/check_generated.py"], cwd=ROOT, capture_output=True, text=True)

    assert result.returncode == 0, result.stdout + result.stderr

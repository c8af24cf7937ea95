"""Fail when generated/ differs from a fresh generation.

Regenerates into a temporary folder with scripts/generate.py and compares it with generated/
file by file. A difference means that generated/ is stale (run `make generate`) or was
edited by hand (edit openapi.yaml, generator-config.yml or templates/ instead).
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated"
IGNORED_PARTS = {"__pycache__", ".ruff_cache"}


def list_files(folder: Path) -> set[str]:
    """Return the relative paths of the files under folder, without caches."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and not IGNORED_PARTS & set(path.parts)
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        fresh = Path(work) / "generated"
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--output", str(fresh)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            print("check-generated: generation failed, see above")
            return 1

        committed_files = list_files(COMMITTED) if COMMITTED.exists() else set()
        fresh_files = list_files(fresh)
        missing = sorted(fresh_files - committed_files)
        extra = sorted(committed_files - fresh_files)
        changed = sorted(
            name
            for name in fresh_files & committed_files
            if (fresh / name).read_bytes() != (COMMITTED / name).read_bytes()
        )

        if not (missing or extra or changed):
            print(f"check-generated: generated/ matches the spec ({len(fresh_files)} files)")
            return 0

        print("check-generated: generated/ differs from a fresh generation")
        for name in missing:
            print(f"  missing from generated/: {name}")
        for name in extra:
            print(f"  not produced by the generator: {name}")
        for name in changed:
            print(f"  changed: {name}")
            fresh_lines = (fresh / name).read_text().splitlines()
            committed_lines = (COMMITTED / name).read_text().splitlines()
            diff = list(difflib.unified_diff(fresh_lines, committed_lines, "fresh", "generated/", lineterm="", n=1))
            for line in diff[2:12]:
                print(f"    {line}")
        print("Run `make generate` and commit, or move hand edits into openapi.yaml, generator-config.yml")
        print("or templates/.")
        return 1


if __name__ == "__main__":
    sys.exit(main())

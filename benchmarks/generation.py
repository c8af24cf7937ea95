"""P4: `make generate` wall time, and whether a second run writes the same bytes.

Both runs write into a temporary folder (`make generate GENERATED=...`), so that the
benchmark leaves generated/ untouched. The second run regenerates from the same inputs; its
file hashes must equal the first run's. The first run is also compared with generated/, which
is what `make check-generated` does.
"""

from __future__ import annotations

import hashlib
import subprocess
import tempfile
import time
from pathlib import Path

from .harness import ROOT, Figure

IGNORED_PARTS = {"__pycache__", ".ruff_cache"}


def hash_tree(folder: Path) -> dict[str, str]:
    """Return the SHA-256 of every file under folder, keyed by relative path, without caches."""
    hashes = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not IGNORED_PARTS & set(path.parts):
            hashes[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def timed_generate(output: Path) -> float:
    """Run `make generate` into output and return its wall time in seconds."""
    start = time.perf_counter()
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "generate", f"GENERATED={output}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"make generate failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed


def run(*, quick: bool) -> Figure:
    title = "`make generate` wall time; second run writes identical files"
    if quick:
        return Figure(
            key="P4", title=title, value=None, target="identical output", met=None, note="skipped with --quick"
        )

    with tempfile.TemporaryDirectory() as work:
        output = Path(work) / "generated"
        first = timed_generate(output)
        first_hashes = hash_tree(output)
        second = timed_generate(output)
        second_hashes = hash_tree(output)

    identical = first_hashes == second_hashes
    changed = sorted(
        name for name in first_hashes.keys() | second_hashes.keys() if first_hashes.get(name) != second_hashes.get(name)
    )
    matches_committed = first_hashes == hash_tree(ROOT / "generated")
    detail = (
        f"first run {first:.2f} s, second run {second:.2f} s, {len(first_hashes)} files, "
        f"second run {'identical' if identical else 'differs in ' + ', '.join(changed[:5])}; "
        f"generated/ {'matches' if matches_committed else 'differs from'} a fresh generation"
    )
    return Figure(key="P4", title=title, value=first, target="identical output", met=identical, detail=detail)

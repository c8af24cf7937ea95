"""P2: a cold `import webwork_tracker` against a cold `import httpx`.

Each sample is a fresh interpreter (`python -I -c ...`) that times only the import statement,
so interpreter start-up is left out of both sides. The two imports alternate, and a first
unmeasured pair writes the bytecode caches. The figure is the ratio of the medians.
`webwork_tracker` imports httpx itself, so the ratio is 1 plus what the package adds. The
detail also times the package together with one operation module, which every program imports
before its first call.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from .harness import ROOT, Figure

TARGET = 1.5
# Operation module that a program imports besides the package before its first call.
OPERATION = "webwork_tracker_api.api.timesheets.get_timesheets"
PROGRAM = "import time; start = time.perf_counter(); import {module}; print(time.perf_counter() - start)"


def time_import(module: str) -> float:
    """Return the seconds that `import module` takes in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-I", "-c", PROGRAM.format(module=module)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout)


def count_modules(module: str, prefix: str) -> int:
    """Return how many modules whose name starts with prefix a fresh `import module` loads."""
    program = f"import sys; import {module}; print(sum(name.startswith({prefix!r}) for name in sys.modules))"
    result = subprocess.run([sys.executable, "-I", "-c", program], cwd=ROOT, capture_output=True, text=True, check=True)
    return int(result.stdout)


def run(*, quick: bool) -> Figure:
    runs = 2 if quick else 15
    time_import("httpx")
    time_import("webwork_tracker")

    package_times: list[float] = []
    httpx_times: list[float] = []
    for _ in range(runs):
        httpx_times.append(time_import("httpx"))
        package_times.append(time_import("webwork_tracker"))

    with_operation_times = [time_import(f"webwork_tracker, {OPERATION}") for _ in range(runs)]

    package = statistics.median(package_times)
    baseline = statistics.median(httpx_times)
    with_operation = statistics.median(with_operation_times)
    ratio = package / baseline
    models = count_modules("webwork_tracker", "webwork_tracker_api.models.")
    operations = count_modules("webwork_tracker", "webwork_tracker_api.api.")
    return Figure(
        key="P2",
        title="Cold import: webwork_tracker ÷ httpx (median)",
        value=ratio,
        target=f"≤ {TARGET}",
        met=ratio <= TARGET,
        detail=(
            f"webwork_tracker {package * 1e3:.1f} ms, httpx {baseline * 1e3:.1f} ms, median of {runs} fresh "
            f"interpreters each; the import loads {models} model and {operations} operation modules. "
            f"With one operation module ({OPERATION}) {with_operation * 1e3:.1f} ms, "
            f"ratio {with_operation / baseline:.2f}"
        ),
    )

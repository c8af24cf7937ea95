"""P5: peak memory while iterating 100,000 items against 10,000 items.

Each size runs in a fresh child process (`python -m benchmarks.memory`), which builds the
client, fetches one page to warm the connection and the imports, then starts tracemalloc and
iterates every timesheet of the list with `paginate`, holding none of them. The child reports
the traced peak and its maximum resident set size. Items are streamed page by page, so the
peak should not grow with the length of the list. The figure is the ratio of traced peaks.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tracemalloc

from .harness import ROOT, Figure, PageServer

TARGET = 1.1
PER_PAGE = 100


def iterate(base_url: str, items: int) -> dict[str, float]:
    """Iterate `items` timesheets and return the traced peak and the max RSS, in bytes."""
    from webwork_tracker import paginate

    from .harness import list_operation, make_client

    operation = list_operation("timesheets")
    # The limiter remembers the send times of the last `requests` requests, so with the
    # never-waiting quota of P1 it would grow with the list. Pacing is off here instead.
    with make_client(base_url, pacing=False) as client:
        for _ in paginate(operation, client=client, workspace_id=1, per_page=PER_PAGE, max_items=PER_PAGE):
            pass

        tracemalloc.start()
        seen = 0
        for _ in paginate(operation, client=client, workspace_id=1, per_page=PER_PAGE):
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    if seen != items:
        raise RuntimeError(f"iterated {seen} items, expected {items}")
    # ru_maxrss is in kibibytes on Linux.
    return {"traced_peak": peak, "max_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def measure(server: PageServer, items: int) -> dict[str, float]:
    server.configure(last_page=items // PER_PAGE)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--base-url", server.base_url, "--items", str(items)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the memory child failed (exit {result.returncode}):\n{result.stderr}")
    return json.loads(result.stdout)


def run(server: PageServer, *, quick: bool) -> Figure:
    small, large = (200, 2_000) if quick else (10_000, 100_000)
    small_result = measure(server, small)
    large_result = measure(server, large)
    ratio = large_result["traced_peak"] / small_result["traced_peak"]
    rss_ratio = large_result["max_rss"] / small_result["max_rss"]
    return Figure(
        key="P5",
        title=f"Peak memory iterating {large:,} ÷ {small:,} items (tracemalloc)",
        value=ratio,
        target=f"≤ {TARGET}",
        met=ratio <= TARGET,
        detail=(
            f"traced peak {small_result['traced_peak'] / 1024:.0f} KiB and {large_result['traced_peak'] / 1024:.0f} "
            f"KiB; max RSS {small_result['max_rss'] / 2**20:.1f} MiB and {large_result['max_rss'] / 2**20:.1f} MiB "
            f"(ratio {rss_ratio:.2f})"
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Iterate a list and print peak memory as JSON.")
    parser.add_argument("--base-url", required=True, help="API root of the benchmark page server")
    parser.add_argument("--items", type=int, required=True, help="number of items the server lists")
    arguments = parser.parse_args()
    print(json.dumps(iterate(arguments.base_url, arguments.items)))


if __name__ == "__main__":
    main()

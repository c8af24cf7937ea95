"""Run the five benchmarks, print them with their targets, and record them in the docs.

    python -m benchmarks.run                             # print only
    python -m benchmarks.run --output docs/benchmarks.md # also rewrite the results section
    python -m benchmarks.run --quick                     # few iterations, to check the harness

`make bench` runs the second form. With --quick the numbers mean nothing; it exists so that
the test suite can check that every benchmark still runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import generation, imports, memory, overhead, quota
from .harness import Figure, PageServer, git_revision, machine

START_MARKER = "<!-- results:start -->"
END_MARKER = "<!-- results:end -->"
COMMAND = "make bench"


def run_all(quick: bool) -> list[Figure]:
    figures: list[Figure] = []
    with PageServer() as server:
        steps: list[Callable[[], Figure]] = [
            lambda: overhead.run(server, quick=quick),
            lambda: imports.run(quick=quick),
            lambda: quota.run(server, quick=quick),
            lambda: generation.run(quick=quick),
            lambda: memory.run(server, quick=quick),
        ]
        for step in steps:
            started = time.perf_counter()
            figure = step()
            print(f"{figure.key} done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            figures.append(figure)
    return figures


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return "–"
    if figure.key == "P4":
        return f"{figure.value:.2f} s"
    return f"{figure.value:.2f}"


def print_figures(figures: list[Figure]) -> None:
    width = max(len(figure.title) for figure in figures)
    for figure in figures:
        print(
            f"{figure.key}  {figure.title:<{width}}  {format_value(figure):>8}  target {figure.target:<18} "
            f"{figure.status()}"
        )
        for text in (figure.detail, figure.note):
            if text:
                print(f"    {text}")


def results_markdown(figures: list[Figure], elapsed: float, quick: bool) -> str:
    facts = machine()
    lines = [
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit {git_revision()} with `{COMMAND}`"
        f"{' --quick (numbers not meaningful)' if quick else ''}, in {elapsed:.0f} s.",
        "",
        "| Figure | What | Result | Target | Status |",
        "|---|---|---|---|---|",
    ]
    for figure in figures:
        cells = [figure.key, figure.title, format_value(figure), figure.target, figure.status()]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Details:", ""]
    for figure in figures:
        lines.append(f"- {figure.key}:")
        for text in (figure.detail, figure.note):
            lines += [f"  - {part}" for part in text.split("; ") if part]
    lines += [
        "",
        "| Machine | |",
        "|---|---|",
        f"| CPU | {facts['cpu']}, {facts['cores']} cores |",
        f"| Python | {facts['python']} |",
        f"| OS | {facts['os']} |",
        f"| httpx | {facts['httpx']} |",
        f"| attrs | {facts['attrs']} |",
        f"| openapi-python-client | {facts['openapi-python-client']} |",
    ]
    return "\n".join(lines)


def write_results(path: Path, section: str) -> None:
    """Replace the text between the result markers of path with section."""
    text = path.read_text()
    start = text.find(START_MARKER)
    end = text.find(END_MARKER)
    if start < 0 or end < start:
        raise SystemExit(
            f"{path}: the markers {START_MARKER} and {END_MARKER} are missing; add them where the results belong"
        )
    path.write_text(text[: start + len(START_MARKER)] + "\n" + section + "\n" + text[end:])


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark the client against raw httpx.")
    parser.add_argument("--quick", action="store_true", help="few iterations, to check that the harness runs")
    parser.add_argument("--output", type=Path, help="Markdown file whose results section is rewritten")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when a target is missed")
    arguments = parser.parse_args()

    started = time.perf_counter()
    figures = run_all(arguments.quick)
    elapsed = time.perf_counter() - started

    print_figures(figures)
    print(f"total {elapsed:.0f} s")
    if arguments.output is not None:
        write_results(arguments.output, results_markdown(figures, elapsed, arguments.quick))
        print(f"wrote the results to {arguments.output}")

    missed = [figure.key for figure in figures if figure.met is False]
    if arguments.check and missed:
        print(f"missed targets: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

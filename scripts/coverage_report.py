"""Print how much of the API the spec covers, per tag, and compare it with the operation index.

The spec's operations come from the bundled document (build/openapi.yaml, bundled first when
stale). An operation counts as documented when it has no `x-doc-status`, else as `partial` or
`inferred`. spec/operations-index.tsv lists every operation known from the vendor documentation
(tag, method, path, operationId, doc_status), including the unlocated ones whose method or path
is unknown (`?`), which stay out of the spec.

Operations match between the two by method and path, with path parameter names ignored
(`/members/{id}` matches `/members/{memberId}`). With --check the script exits 1 when the spec
has an operation that the index lacks, when statuses or operationIds differ, or when an
unlocated operation appears in the spec. Index operations still missing from the spec are only
reported.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spec_document import ROOT, iter_operations, load_document

INDEX = ROOT / "spec" / "operations-index.tsv"
STATUSES = ("documented", "partial", "inferred")
UNLOCATED = "unlocated"
PATH_PARAMETER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Entry:
    """One operation, from the spec or from the index."""

    tag: str
    method: str
    path: str
    operation_id: str
    status: str

    @property
    def key(self) -> tuple[str, str]:
        return self.method.upper(), PATH_PARAMETER.sub("{}", self.path)

    def describe(self) -> str:
        return f"{self.tag:<16} {self.method.upper():<7} {self.path:<48} {self.operation_id:<28} {self.status}"


@dataclass
class Comparison:
    """Differences between the spec and the index."""

    missing_from_spec: list[Entry] = field(default_factory=list)
    missing_from_index: list[Entry] = field(default_factory=list)
    status_mismatches: list[tuple[Entry, Entry]] = field(default_factory=list)
    id_mismatches: list[tuple[Entry, Entry]] = field(default_factory=list)
    unlocated: list[Entry] = field(default_factory=list)
    unlocated_in_spec: list[Entry] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when the spec and the index contradict each other (a missing tag is not a contradiction)."""
        return bool(self.missing_from_index or self.status_mismatches or self.id_mismatches or self.unlocated_in_spec)


def read_index(path: Path = INDEX) -> list[Entry]:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [
        Entry(row["tag"], row["method"], row["path"], row["operationId"], row["doc_status"])
        for row in rows
        if row.get("operationId")
    ]


def read_spec(document: dict) -> list[Entry]:
    return [
        Entry(
            operation.tag or "",
            operation.method.upper(),
            operation.path,
            operation.operation_id or "",
            operation.doc_status,
        )
        for operation in iter_operations(document)
    ]


def is_unlocated(entry: Entry) -> bool:
    return entry.status == UNLOCATED or "?" in (entry.method, entry.path)


def compare(spec: list[Entry], index: list[Entry]) -> Comparison:
    result = Comparison()
    located = [entry for entry in index if not is_unlocated(entry)]
    result.unlocated = [entry for entry in index if is_unlocated(entry)]

    by_key = {entry.key: entry for entry in located}
    spec_keys = {entry.key for entry in spec}
    spec_ids = {entry.operation_id for entry in spec}

    for entry in spec:
        indexed = by_key.get(entry.key)
        if indexed is None:
            result.missing_from_index.append(entry)
            continue
        if indexed.status != entry.status:
            result.status_mismatches.append((entry, indexed))
        if indexed.operation_id != entry.operation_id:
            result.id_mismatches.append((entry, indexed))

    result.missing_from_spec = [entry for entry in located if entry.key not in spec_keys]
    result.unlocated_in_spec = [entry for entry in result.unlocated if entry.operation_id in spec_ids]
    return result


def tag_order(document: dict, spec: list[Entry], index: list[Entry]) -> list[str]:
    """Return the tags in the order of the root `tags` list, then any others alphabetically."""
    ordered = [tag["name"] for tag in document.get("tags") or []]
    others = sorted({entry.tag for entry in [*spec, *index]} - set(ordered))
    return ordered + others


def format_table(tags: list[str], spec: list[Entry], index: list[Entry]) -> list[str]:
    per_tag = Counter((entry.tag, entry.status) for entry in spec)
    in_spec = Counter(entry.tag for entry in spec)
    in_index = Counter(entry.tag for entry in index if not is_unlocated(entry))

    lines = [f"{'Tag':<16} {'In spec':>7} {'Documented':>10} {'Partial':>7} {'Inferred':>8} {'In index':>8}"]
    for tag in tags:
        counts = [per_tag[(tag, status)] for status in STATUSES]
        lines.append(f"{tag:<16} {in_spec[tag]:>7} {counts[0]:>10} {counts[1]:>7} {counts[2]:>8} {in_index[tag]:>8}")
    totals = [sum(per_tag[(tag, status)] for tag in tags) for status in STATUSES]
    lines.append(
        f"{'Total':<16} {len(spec):>7} {totals[0]:>10} {totals[1]:>7} {totals[2]:>8} {sum(in_index.values()):>8}"
    )
    return lines


def format_section(title: str, lines: list[str]) -> list[str]:
    """Return a titled list, preceded by a blank line."""
    if not lines:
        return ["", f"{title}: none"]
    return ["", f"{title} ({len(lines)}):", *(f"  {line}" for line in lines)]


def report(document: dict, index: list[Entry]) -> tuple[list[str], Comparison]:
    spec = read_spec(document)
    comparison = compare(spec, index)
    lines = ["Operations per tag (documented = no x-doc-status)", ""]
    lines += format_table(tag_order(document, spec, index), spec, index)
    lines += format_section("In the index, missing from the spec", [e.describe() for e in comparison.missing_from_spec])
    lines += format_section(
        "In the spec, missing from the index", [e.describe() for e in comparison.missing_from_index]
    )
    lines += format_section(
        "Status differs (spec vs index)",
        [f"{spec_entry.describe()} vs {indexed.status}" for spec_entry, indexed in comparison.status_mismatches],
    )
    lines += format_section(
        "operationId differs (spec vs index)",
        [f"{spec_entry.describe()} vs {indexed.operation_id}" for spec_entry, indexed in comparison.id_mismatches],
    )
    lines += format_section(
        "Unlocated in the index (kept out of the spec)",
        [
            f"{entry.tag:<16} {entry.operation_id:<28} method {entry.method}, path {entry.path}"
            for entry in comparison.unlocated
        ],
    )
    lines += format_section(
        "Unlocated in the index, yet in the spec", [entry.describe() for entry in comparison.unlocated_in_spec]
    )
    return lines, comparison


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=INDEX, help="operation index (TSV) to compare with")
    parser.add_argument("--spec", type=Path, default=None, help="bundled spec to read (default: build/openapi.yaml)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the spec and the index contradict each other")
    arguments = parser.parse_args()

    lines, comparison = report(load_document(arguments.spec), read_index(arguments.index))
    print("\n".join(lines))
    if arguments.check and comparison.failed:
        print("\ncoverage-report: the spec and the index disagree, see above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

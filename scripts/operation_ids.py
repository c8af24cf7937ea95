"""Keep spec/operation-ids.txt, the list of every operationId that the spec has published.

An operationId names a public function of the client (`webwork_tracker_api.api.<tag>.<operation>`),
so it must not disappear silently. The test suite fails when a listed id is missing from the spec
unless CHANGELOG.md mentions it, in backticks, under a `### Breaking` heading. It also fails when
the spec has an id that the list lacks: `make operation-ids` (this script with --update) appends
those. The script never removes an id: after a recorded rename, delete the old id by hand or
keep it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from spec_document import ROOT, iter_operations, load_document

KNOWN_IDS = ROOT / "spec" / "operation-ids.txt"
CHANGELOG = ROOT / "CHANGELOG.md"
HEADER = """\
# operationIds that the spec has published, one per line. Every id here must stay in the spec
# unless CHANGELOG.md records its rename or removal under a `### Breaking` heading.
# `make operation-ids` appends new ids; it never removes one.
"""
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
CODE_SPAN = re.compile(r"`([^`]+)`")


def read_known_ids(path: Path = KNOWN_IDS) -> list[str]:
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def spec_operation_ids(document: dict | None = None) -> list[str]:
    document = document if document is not None else load_document()
    return [operation.operation_id for operation in iter_operations(document) if operation.operation_id]


def breaking_mentions(changelog: str) -> set[str]:
    """Return every code span written under a heading that contains the word "Breaking".

    A breaking section ends at the next heading of the same or a higher level.
    """
    mentions: set[str] = set()
    breaking_level: int | None = None
    for line in changelog.splitlines():
        heading = HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            if breaking_level is not None and level <= breaking_level:
                breaking_level = None
            if "breaking" in heading.group(2).lower():
                breaking_level = level
            continue
        if breaking_level is not None:
            mentions.update(CODE_SPAN.findall(line))
    return mentions


def write_known_ids(ids: list[str], path: Path = KNOWN_IDS) -> None:
    path.write_text(HEADER + "".join(f"{operation_id}\n" for operation_id in ids), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="Check or update spec/operation-ids.txt.")
    parser.add_argument("--update", action="store_true", help="append the spec's new operationIds to the list")
    arguments = parser.parse_args()

    known = read_known_ids()
    in_spec = spec_operation_ids()
    new = [operation_id for operation_id in in_spec if operation_id not in known]
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    recorded = breaking_mentions(changelog)
    missing = [operation_id for operation_id in known if operation_id not in in_spec]

    if arguments.update and new:
        write_known_ids(known + new)
        print(f"added {len(new)} operationIds to {KNOWN_IDS.relative_to(ROOT)}: {', '.join(new)}")
    elif arguments.update:
        print(f"{KNOWN_IDS.relative_to(ROOT)} already lists every operationId of the spec ({len(known)} ids)")
    elif new:
        print(f"not yet in {KNOWN_IDS.relative_to(ROOT)}: {', '.join(new)} (run `make operation-ids`)")

    unrecorded = [operation_id for operation_id in missing if operation_id not in recorded]
    for operation_id in missing:
        state = "recorded as breaking in CHANGELOG.md" if operation_id in recorded else "NOT recorded in CHANGELOG.md"
        print(f"missing from the spec: {operation_id} ({state})")
    return 1 if unrecorded or (new and not arguments.update) else 0


if __name__ == "__main__":
    sys.exit(main())

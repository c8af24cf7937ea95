"""operationIds stay stable: none disappears from the spec unless CHANGELOG.md records it as breaking."""

from __future__ import annotations

from operation_ids import CHANGELOG, KNOWN_IDS, breaking_mentions, read_known_ids, spec_operation_ids

CHANGELOG_SAMPLE = """\
# Changelog

`listMembers` in the preamble does not count.

## [2.0.0]

### Breaking

- `getMember` renamed to `getWorkspaceMember`.

### Added

- `createMember`.

## [1.0.0]

### Changed

- `deleteMember` now archives.
"""


def test_known_ids_still_in_spec(spec_document: dict) -> None:
    in_spec = set(spec_operation_ids(spec_document))
    recorded = breaking_mentions(CHANGELOG.read_text(encoding="utf-8"))
    vanished = [operation_id for operation_id in read_known_ids() if operation_id not in in_spec]
    unrecorded = [operation_id for operation_id in vanished if operation_id not in recorded]

    assert not unrecorded, (
        f"operationIds listed in {KNOWN_IDS.name} are gone from the spec: {unrecorded}. Restore them, or record "
        "the rename or removal in CHANGELOG.md under `### Breaking` with the old id in backticks."
    )


def test_spec_ids_all_known(spec_document: dict) -> None:
    known = set(read_known_ids())
    unlisted = [operation_id for operation_id in spec_operation_ids(spec_document) if operation_id not in known]

    assert not unlisted, f"operationIds missing from {KNOWN_IDS.name}: {unlisted}. Run `make operation-ids`."


def test_known_ids_list_has_no_duplicates() -> None:
    known = read_known_ids()

    assert len(known) == len(set(known)), f"{KNOWN_IDS.name} lists an operationId twice"


def test_breaking_mentions_only_breaking_sections() -> None:
    mentions = breaking_mentions(CHANGELOG_SAMPLE)

    assert "getMember" in mentions
    assert "getWorkspaceMember" in mentions
    assert "createMember" not in mentions
    assert "deleteMember" not in mentions
    assert "listMembers" not in mentions

"""Review submitted timesheets: list workspaces, page through submitted timesheets, approve one
and reject one.

    WEBWORK_API_TOKEN=... python examples/approve_timesheets.py              # read-only
    WEBWORK_API_TOKEN=... python examples/approve_timesheets.py --allow-writes

Without --allow-writes the program only reads, and prints which timesheets it would approve and
reject. `make demo` runs it against the local fake server, with writes allowed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from webwork_tracker import WebWorkError, call, create_client, paginate
from webwork_tracker_api.api.timesheets import approve_timesheet, get_timesheets, reject_timesheet
from webwork_tracker_api.api.workspaces import get_workspaces
from webwork_tracker_api.models import TimesheetRejection, TimesheetStatus, TimesheetTransition

REJECT_REASON = "Hours do not match project requirements"


def review(workspace_id: int | None, per_page: int, allow_writes: bool) -> int:
    """Run the review and print a summary. Return the process exit status."""
    with create_client() as client:
        workspaces = call(get_workspaces, client=client)
        print(f"Workspaces ({len(workspaces)}):")
        for workspace in workspaces:
            print(f"  {workspace.id:>6}  {workspace.workspace_name}  [{workspace.role}]")
        if not workspaces:
            print("No workspace is visible to this token.")
            return 0

        chosen = workspace_id if workspace_id is not None else workspaces[0].id
        submitted = []
        pages = 0
        for page in paginate(get_timesheets, client=client, workspace_id=chosen,
                             status=TimesheetStatus.SUBMITTED, per_page=per_page).pages():
            pages += 1
            submitted.extend(page.items)
        hours = sum(sheet.total_hours or 0 for sheet in submitted)
        members = Counter(sheet.user_id for sheet in submitted)
        print(f"\nSubmitted timesheets in workspace {chosen}: {len(submitted)} across {pages} pages, "
              f"{hours:.1f} hours from {len(members)} members")

        if len(submitted) < 2:
            print("Fewer than two submitted timesheets: nothing to approve and reject.")
            return 0

        to_approve, to_reject = submitted[0], submitted[1]
        if not allow_writes:
            print(f"Read-only run: would approve {to_approve.id} and reject {to_reject.id}. "
                  "Pass --allow-writes to change them.")
            return 0

        call(approve_timesheet, to_approve.id, client=client, body=TimesheetTransition(workspace_id=chosen))
        print(f"Approved {to_approve.id} (user {to_approve.user_id}, {to_approve.total_hours} h)")
        call(reject_timesheet, to_reject.id, client=client,
             body=TimesheetRejection(workspace_id=chosen, reason=REJECT_REASON))
        print(f"Rejected {to_reject.id} (user {to_reject.user_id}): {REJECT_REASON}")

        try:
            call(approve_timesheet, to_approve.id, client=client, body=TimesheetTransition(workspace_id=chosen))
        except WebWorkError as error:
            print(f"Approving {to_approve.id} again fails as expected: {error}")

        remaining = sum(1 for _ in paginate(get_timesheets, client=client, workspace_id=chosen,
                                            status=TimesheetStatus.SUBMITTED, per_page=100))
        print(f"\nSummary: 1 approved, 1 rejected, {remaining} still waiting for review.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Review submitted WebWork timesheets.")
    parser.add_argument("--workspace-id", type=int, help="workspace to review (default: the first one listed)")
    parser.add_argument("--per-page", type=int, default=10, help="timesheets per page, 1 to 100 (default: 10)")
    parser.add_argument("--allow-writes", action="store_true", help="approve and reject for real")
    arguments = parser.parse_args(argv)
    try:
        return review(arguments.workspace_id, arguments.per_page, arguments.allow_writes)
    except WebWorkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Record the 100-item list pages that the benchmark server replays.

Starts the test suite's fake server, whose responses are built and validated with the pydantic
models generated from the spec, tops each list up to 100 items in workspace 1, and saves the
body of `GET /{tag}?workspace_id=1&per_page=100` (tasks also with `project_id=100`) to
benchmarks/recorded/{tag}.json. Timesheets also get the `total_minutes` and `daily_breakdown`
fields of the older documentation, so that each item carries a nested object as real pages do.

Run from the repository root: `python -m benchmarks.record`.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

import spec_models  # noqa: E402

from tests.fake_server import FakeWebWork  # noqa: E402

RECORDED = Path(__file__).resolve().parent / "recorded"
ITEMS = 100
WORKSPACE_ID = 1
TASK_PROJECT_ID = 100
NAMESPACE = uuid.UUID("0b6a3c52-7f0e-4d55-9a51-3a1c3f0f2d44")
PROJECTS = [(11, "Website redesign", 301), (12, "Mobile app", 302), (13, "Internal tools", None)]


def top_up_timesheets(server: FakeWebWork) -> None:
    """Fill workspace 1 to 100 timesheets, each with a daily breakdown over its first week."""
    scope = server.state["timesheets"][WORKSPACE_ID]
    seeded = list(scope.values())
    for index in range(len(seeded), ITEMS):
        template = seeded[index % len(seeded)]
        sheet_id = str(uuid.uuid5(NAMESPACE, f"timesheet-{index}"))
        scope[sheet_id] = template.model_copy(update={"id": uuid.UUID(sheet_id)})

    for sheet_id, sheet in list(scope.items()):
        breakdown = {}
        for offset in range(5):
            day = (sheet.date_from + timedelta(days=offset)).isoformat()
            project_id, project_name, contract_id = PROJECTS[offset % len(PROJECTS)]
            breakdown[day] = [
                {
                    "project_id": project_id,
                    "project_name": project_name,
                    "contract_id": contract_id,
                    "total_minutes": 420 + 15 * offset,
                }
            ]
        fields = sheet.model_dump(mode="json", exclude_unset=True)
        fields["total_minutes"] = round((sheet.total_hours or 0) * 60)
        fields["daily_breakdown"] = breakdown
        scope[sheet_id] = spec_models.Timesheet.model_validate(fields)


def top_up_members(server: FakeWebWork) -> None:
    """Fill workspace 1 to 100 members by copying the seeded ones under new ids and emails."""
    scope = server.state["members"][WORKSPACE_ID]
    seeded = list(scope.values())
    next_id = max(scope) + 1
    for index in range(len(seeded), ITEMS):
        template = seeded[index % len(seeded)]
        email = f"{template.firstname.lower()}.{template.lastname.lower()}{index}@example.com"
        scope[next_id] = template.model_copy(update={"id": next_id, "email": email})
        next_id += 1


def top_up_tasks(server: FakeWebWork) -> None:
    """Fill project 100 to 100 tasks by copying the seeded ones under new ids."""
    scope = server.state["tasks"][TASK_PROJECT_ID]
    seeded = list(scope.values())
    next_id = max(max(tasks) for tasks in server.state["tasks"].values() if tasks) + 1
    for index in range(len(seeded), ITEMS):
        template = seeded[index % len(seeded)]
        scope[next_id] = template.model_copy(update={"id": next_id})
        next_id += 1


TOP_UPS: dict[str, Callable[[FakeWebWork], None]] = {
    "timesheets": top_up_timesheets,
    "members": top_up_members,
    "tasks": top_up_tasks,
}

# Query parameters of each recorded list request, besides per_page.
PARAMS: dict[str, dict[str, int]] = {
    "timesheets": {"workspace_id": WORKSPACE_ID},
    "members": {"workspace_id": WORKSPACE_ID},
    "tasks": {"workspace_id": WORKSPACE_ID, "project_id": TASK_PROJECT_ID},
}


def main() -> None:
    RECORDED.mkdir(exist_ok=True)
    with FakeWebWork() as server:
        headers = {"Authorization": f"Bearer {server.token}"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            for tag, top_up in TOP_UPS.items():
                top_up(server)
                response = http.get(f"/{tag}", params={**PARAMS[tag], "per_page": ITEMS})
                response.raise_for_status()
                count = len(response.json()["data"])
                if count != ITEMS:
                    raise SystemExit(f"{tag}: the fake server returned {count} items, expected {ITEMS}")
                target = RECORDED / f"{tag}.json"
                target.write_bytes(response.content + b"\n")
                print(f"recorded {target.relative_to(ROOT)} ({len(response.content)} bytes)")


if __name__ == "__main__":
    main()

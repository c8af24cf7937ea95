"""Contracts: the list of a workspace's contracts, filtered by project, member and status.

52 contracts are seeded in workspace 1, ids 300-351, joining the seeded members to the seeded
projects. Unlike the other lists, this one sends its pagination at the top level of the body,
next to `meta`, with only the four fields the documentation shows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, int_param, meta, paginate, require_workspace

if TYPE_CHECKING:
    from ..server import FakeWebWork

SEEDED = 52
FIRST_ID = 300
SCREENSHOTS = [("full", "Screenshot on"), ("blurred", "Blurred"), ("no_screenshot", "Screenshot off")]
RATE_TYPES = [1, 2, 3, None]
STATUSES = ["active", "active", "paused"]


def register(server: FakeWebWork) -> None:
    members = server.state["members"]
    projects = server.state["projects"]
    contracts: dict[int, dict[int, spec_models.Contract]] = {workspace_id: {} for workspace_id in members}
    member_list = list(members[1].values())
    project_list = list(projects[1].values())
    for index in range(SEEDED):
        member = member_list[index % len(member_list)]
        project = project_list[index % 9]
        screenshots, label = SCREENSHOTS[index % len(SCREENSHOTS)]
        contracts[1][FIRST_ID + index] = spec_models.Contract(
            id=FIRST_ID + index,
            project_id=project.id,
            project_name=project.name,
            project_icon=project.icon,
            user_id=member.id,
            user_firstname=member.firstname,
            user_lastname=member.lastname,
            user_email=member.email,
            user_role=member.current_role.root,
            weekly_hours_limit=40 if index % 2 else None,
            screenshots=screenshots,
            screenshots_label=label,
            # The rate is hidden on projects that are not billable.
            rate=50 + index if project.is_billable else None,
            rate_type=RATE_TYPES[index % len(RATE_TYPES)],
            status=STATUSES[index % len(STATUSES)],
        )
    server.state["contracts"] = contracts

    def list_contracts(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = contracts[require_workspace(request, request.param("workspace_id"), set(contracts))]
        project_id = int_param(request, "project_id")
        user_id = int_param(request, "user_id")
        status = request.param("status")
        if status not in (None, "active", "paused"):
            raise ApiError(422, "The selected status is invalid.", errors={"status": [f"invalid value {status!r}"]})
        selected = [
            contract for contract in scope.values()
            if project_id in (None, contract.project_id)
            and user_id in (None, contract.user_id)
            and status in (None, contract.status)
        ]
        page, pagination = paginate(selected, request)
        top_level = spec_models.Pagination(
            current_page=pagination.current_page,
            per_page=pagination.per_page,
            total=pagination.total,
            last_page=pagination.last_page,
        )
        body = spec_models.ContractList(
            success=True, message="Contracts retrieved successfully", data=page, meta=meta(), pagination=top_level
        )
        return Reply(200, dump(body))

    server.route("GET", r"/contracts", list_contracts)


def contract_ids(server: FakeWebWork) -> list[int]:
    """Return the ids of workspace 1's contracts, in list order."""
    return list(server.state["contracts"][1])

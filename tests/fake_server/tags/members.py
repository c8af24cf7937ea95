"""Members: list, invite, get, update and archive the people of a workspace."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import spec_models

from ..server import ApiError, RecordedRequest, Reply, dump, meta, paginate, require_workspace, validate_body
from .workspaces import workspace_ids

if TYPE_CHECKING:
    from ..server import FakeWebWork

FIRST_NAMES = ["John", "Maria", "Aram", "Lena", "Kofi", "Yuki", "Sofia", "Omar"]
LAST_NAMES = ["Doe", "Garcia", "Petrosyan", "Novak", "Mensah", "Tanaka", "Rossi", "Haddad"]
ROLES = ["Regular User", "Project manager", "Team manager", "Regular User", "Executive manager"]


def register(server: FakeWebWork) -> None:
    members: dict[int, dict[int, spec_models.Member]] = {workspace_id: {} for workspace_id in workspace_ids(server)}
    for index in range(24):
        member_id = 100 + index
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = LAST_NAMES[(index * 3) % len(LAST_NAMES)]
        members[1][member_id] = spec_models.Member(
            id=member_id,
            email=f"{first.lower()}.{last.lower()}{index}@example.com",
            firstname=first,
            lastname=last,
            avatar="avatar.jpg" if index % 2 else None,
            current_role=ROLES[index % len(ROLES)],
            timezone="America/New_York",
            status="active" if index % 6 else "inactive",
            team_name="Development Team" if index % 3 else None,
        )
    server.state["members"] = members
    next_id = [500]

    def workspace_members(request: RecordedRequest, workspace_id: object) -> dict[int, spec_models.Member]:
        return members[require_workspace(request, workspace_id, set(members))]

    def find(request: RecordedRequest, match: re.Match[str], workspace_id: object) -> spec_models.Member:
        scope = workspace_members(request, workspace_id)
        member = scope.get(int(match["member_id"]))
        if member is None:
            raise ApiError(404, f"Member {match['member_id']} not found", "Not Found")
        return member

    def list_members(request: RecordedRequest, match: re.Match[str]) -> Reply:
        scope = workspace_members(request, request.param("workspace_id"))
        selected = [
            member for member in scope.values()
            if request.param("email") in (None, member.email)
            and request.param("status") in (None, member.status.root)
            and request.param("role") in (None, member.current_role.root)
        ]
        page, pagination = paginate(selected, request)
        return Reply(200, dump(spec_models.MemberList(success=True, data=page, meta=meta(pagination))))

    def invite_member(request: RecordedRequest, match: re.Match[str]) -> Reply:
        invite = validate_body(spec_models.MemberInvite, request)
        scope = workspace_members(request, invite.workspace_id)
        if any(member.email == invite.email for member in scope.values()):
            raise ApiError(422, "The email has already been taken.", errors={"email": ["already taken"]})
        member_id = next_id[0]
        next_id[0] += 1
        scope[member_id] = spec_models.Member(
            id=member_id, email=invite.email, firstname=invite.firstname, lastname=invite.lastname,
            current_role=invite.role, status="inactive",
        )
        body = spec_models.MemberInvitationResult(
            success=True,
            message="Member invited successfully",
            data=spec_models.MemberInvitation(
                user_id=member_id,
                invitation_link=f"https://app.webwork-tracker.com/dashboard/accept-invitation/abc{member_id}",
            ),
            meta=meta(),
        )
        return Reply(201, dump(body))

    def get_member(request: RecordedRequest, match: re.Match[str]) -> Reply:
        member = find(request, match, request.param("workspace_id"))
        body = spec_models.MemberResult(success=True, message="Member retrieved successfully", data=member, meta=meta())
        return Reply(200, dump(body))

    def update_member(request: RecordedRequest, match: re.Match[str]) -> Reply:
        update = validate_body(spec_models.MemberUpdate, request)
        member = find(request, match, update.workspace_id)
        changes = update.model_dump(exclude_unset=True, exclude={"workspace_id", "remove_avatar", "role"})
        if update.role is not None:
            changes["current_role"] = update.role.root
        if update.remove_avatar == 1:
            changes["avatar"] = None
        updated = spec_models.Member.model_validate({**dump(member), **changes})
        workspace_members(request, update.workspace_id)[member.id] = updated
        body = spec_models.ActionResult(success=True, message="Member updated successfully", data=None, meta=meta())
        return Reply(200, dump(body))

    def delete_member(request: RecordedRequest, match: re.Match[str]) -> Reply:
        member = find(request, match, request.param("workspace_id"))
        workspace_members(request, request.param("workspace_id"))[member.id] = member.model_copy(
            update={"status": spec_models.MemberStatus("left")}
        )
        body = spec_models.ActionResult(success=True, message="Member deleted successfully", data=None, meta=meta())
        return Reply(200, dump(body))

    server.route("GET", r"/members", list_members)
    server.route("POST", r"/members", invite_member)
    server.route("GET", r"/members/(?P<member_id>\d+)", get_member)
    server.route("PUT", r"/members/(?P<member_id>\d+)", update_member)
    server.route("DELETE", r"/members/(?P<member_id>\d+)", delete_member)

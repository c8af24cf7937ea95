"""Members over real HTTP against the fake server: every operation of the tag."""

from __future__ import annotations

import pytest
from webwork_tracker import NotFoundError, UnprocessableEntityError, acall, call, paginate
from webwork_tracker_api.api.members import delete_member, get_member, get_members, invite_member, update_member
from webwork_tracker_api.models import (
    ActionResult,
    AssignableRole,
    Member,
    MemberInvitation,
    MemberInvitationResult,
    MemberInvite,
    MemberList,
    MemberResult,
    MemberStatus,
    MemberUpdate,
    MemberUpdateRemoveAvatar,
    Role,
)


def test_get_members_parses_typed_list(client):
    response = get_members.sync_detailed(client=client, workspace_id=1, per_page=5)

    assert isinstance(response.parsed, MemberList)
    assert len(response.parsed.data) == 5
    assert all(isinstance(member, Member) for member in response.parsed.data)
    assert isinstance(response.parsed.data[0].current_role, Role)


def test_get_members_filters_by_status(client):
    members = list(paginate(get_members, client=client, workspace_id=1, status=MemberStatus.INACTIVE))

    assert members
    assert all(member.status is MemberStatus.INACTIVE for member in members)


def test_get_members_sends_filters(client, fake_server):
    get_members.sync_detailed(client=client, workspace_id=1, role=Role.REGULAR_USER, email="john.doe0@example.com")

    request = fake_server.requests[-1]
    assert request.param("role") == "Regular User"
    assert request.param("email") == "john.doe0@example.com"


def test_get_member_parses_member(client):
    response = get_member.sync_detailed(100, client=client, workspace_id=1)

    assert isinstance(response.parsed, MemberResult)
    assert response.parsed.data.id == 100
    assert response.parsed.message == "Member retrieved successfully"


def test_get_member_unknown_id(client):
    with pytest.raises(NotFoundError) as caught:
        call(get_member, 9999, client=client, workspace_id=1)

    assert caught.value.status_code == 404
    assert caught.value.path == "/api/v2/members/9999"
    assert "9999" in caught.value.message


def test_invite_member_returns_invitation(client):
    body = MemberInvite(workspace_id=1, email="new.person@example.com", firstname="New", lastname="Person",
                        role="Regular User")
    response = invite_member.sync_detailed(client=client, body=body)

    assert response.status_code == 201
    assert isinstance(response.parsed, MemberInvitationResult)
    invitation = call(get_member, response.parsed.data.user_id, client=client, workspace_id=1)
    assert invitation.email == "new.person@example.com"
    assert isinstance(response.parsed.data, MemberInvitation)


def test_invite_member_duplicate_email(client):
    body = MemberInvite(workspace_id=1, email="john.doe0@example.com", firstname="John", lastname="Doe",
                        role="Regular User")

    with pytest.raises(UnprocessableEntityError) as caught:
        call(invite_member, client=client, body=body)

    assert caught.value.field_errors == {"email": ["already taken"]}


def test_update_member_changes_role(client):
    body = MemberUpdate(workspace_id=1, role=AssignableRole.PROJECT_MANAGER, weekly_hours_limit=40,
                        remove_avatar=MemberUpdateRemoveAvatar.VALUE_1)
    response = update_member.sync_detailed(101, client=client, body=body)

    assert isinstance(response.parsed, ActionResult)
    assert response.parsed.message == "Member updated successfully"
    member = call(get_member, 101, client=client, workspace_id=1)
    assert member.current_role is Role.PROJECT_MANAGER
    assert member.avatar is None


def test_delete_member_archives(client):
    response = delete_member.sync_detailed(102, client=client, workspace_id=1)

    assert isinstance(response.parsed, ActionResult)
    member = call(get_member, 102, client=client, workspace_id=1)
    assert member.status is MemberStatus.LEFT


async def test_get_member_async(client):
    member = await acall(get_member, 100, client=client, workspace_id=1)

    assert isinstance(member, Member)
    assert member.firstname == "John"

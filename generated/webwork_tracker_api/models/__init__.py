"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_data import ActionResultData
from .assignable_role import AssignableRole
from .error_envelope import ErrorEnvelope
from .member import Member
from .member_invitation import MemberInvitation
from .member_invitation_result import MemberInvitationResult
from .member_invite import MemberInvite
from .member_list import MemberList
from .member_result import MemberResult
from .member_status import MemberStatus
from .member_update import MemberUpdate
from .member_update_rate_status import MemberUpdateRateStatus
from .member_update_remove_avatar import MemberUpdateRemoveAvatar
from .meta import Meta
from .pagination import Pagination
from .role import Role
from .timesheet import Timesheet
from .timesheet_daily_breakdown import TimesheetDailyBreakdown
from .timesheet_day_entry import TimesheetDayEntry
from .timesheet_list import TimesheetList
from .timesheet_member import TimesheetMember
from .timesheet_rejection import TimesheetRejection
from .timesheet_status import TimesheetStatus
from .timesheet_transition import TimesheetTransition
from .workspace import Workspace
from .workspace_list import WorkspaceList

__all__ = (
    "ActionResult",
    "ActionResultData",
    "AssignableRole",
    "ErrorEnvelope",
    "Member",
    "MemberInvitation",
    "MemberInvitationResult",
    "MemberInvite",
    "MemberList",
    "MemberResult",
    "MemberStatus",
    "MemberUpdate",
    "MemberUpdateRateStatus",
    "MemberUpdateRemoveAvatar",
    "Meta",
    "Pagination",
    "Role",
    "Timesheet",
    "TimesheetDailyBreakdown",
    "TimesheetDayEntry",
    "TimesheetList",
    "TimesheetMember",
    "TimesheetRejection",
    "TimesheetStatus",
    "TimesheetTransition",
    "Workspace",
    "WorkspaceList",
)

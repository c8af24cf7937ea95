"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_data_type_0 import ActionResultDataType0
from .assignable_role import AssignableRole
from .current_tracker_data import CurrentTrackerData
from .current_tracker_data_result import CurrentTrackerDataResult
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
from .time_entry import TimeEntry
from .time_entry_create import TimeEntryCreate
from .time_entry_create_result import TimeEntryCreateResult
from .time_entry_created import TimeEntryCreated
from .time_entry_deletion import TimeEntryDeletion
from .time_entry_list import TimeEntryList
from .time_entry_update import TimeEntryUpdate
from .timesheet import Timesheet
from .timesheet_daily_breakdown_type_0 import TimesheetDailyBreakdownType0
from .timesheet_day_entry import TimesheetDayEntry
from .timesheet_list import TimesheetList
from .timesheet_member_type_0 import TimesheetMemberType0
from .timesheet_rejection import TimesheetRejection
from .timesheet_status import TimesheetStatus
from .timesheet_transition import TimesheetTransition
from .tracker_start import TrackerStart
from .tracker_start_result import TrackerStartResult
from .tracker_started import TrackerStarted
from .tracker_stop_result import TrackerStopResult
from .tracker_stopped import TrackerStopped
from .workspace import Workspace
from .workspace_list import WorkspaceList

__all__ = (
    "ActionResult",
    "ActionResultDataType0",
    "AssignableRole",
    "CurrentTrackerData",
    "CurrentTrackerDataResult",
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
    "TimeEntry",
    "TimeEntryCreate",
    "TimeEntryCreateResult",
    "TimeEntryCreated",
    "TimeEntryDeletion",
    "TimeEntryList",
    "TimeEntryUpdate",
    "Timesheet",
    "TimesheetDailyBreakdownType0",
    "TimesheetDayEntry",
    "TimesheetList",
    "TimesheetMemberType0",
    "TimesheetRejection",
    "TimesheetStatus",
    "TimesheetTransition",
    "TrackerStart",
    "TrackerStartResult",
    "TrackerStarted",
    "TrackerStopResult",
    "TrackerStopped",
    "Workspace",
    "WorkspaceList",
)

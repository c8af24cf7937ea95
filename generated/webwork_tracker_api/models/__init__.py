"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_data import ActionResultData
from .activity_level_report_list import ActivityLevelReportList
from .activity_level_user import ActivityLevelUser
from .assignable_role import AssignableRole
from .attendance_status import AttendanceStatus
from .attendance_status_filter import AttendanceStatusFilter
from .contract import Contract
from .contract_create import ContractCreate
from .contract_list import ContractList
from .contract_rate_type import ContractRateType
from .contract_result import ContractResult
from .contract_scope import ContractScope
from .contract_status import ContractStatus
from .contract_update import ContractUpdate
from .contract_user_role import ContractUserRole
from .current_tracker_data import CurrentTrackerData
from .current_tracker_data_result import CurrentTrackerDataResult
from .daily_attendance_report_list import DailyAttendanceReportList
from .daily_attendance_user import DailyAttendanceUser
from .daily_timeline_report_list import DailyTimelineReportList
from .daily_timeline_user import DailyTimelineUser
from .error_envelope import ErrorEnvelope
from .error_envelope_errors import ErrorEnvelopeErrors
from .expense import Expense
from .expense_create import ExpenseCreate
from .expense_list import ExpenseList
from .expense_result import ExpenseResult
from .expense_type import ExpenseType
from .expense_update import ExpenseUpdate
from .leave import Leave
from .leave_balance import LeaveBalance
from .leave_balance_list import LeaveBalanceList
from .leave_list import LeaveList
from .leave_paid_flag import LeavePaidFlag
from .leave_period import LeavePeriod
from .leave_request_create import LeaveRequestCreate
from .leave_status import LeaveStatus
from .leave_type_balance import LeaveTypeBalance
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
from .project import Project
from .project_create import ProjectCreate
from .project_list import ProjectList
from .project_result import ProjectResult
from .project_tag import ProjectTag
from .project_update import ProjectUpdate
from .project_update_result import ProjectUpdateResult
from .project_viewer import ProjectViewer
from .project_viewer_assignment import ProjectViewerAssignment
from .project_viewer_create import ProjectViewerCreate
from .project_viewer_list import ProjectViewerList
from .project_viewer_project import ProjectViewerProject
from .project_viewer_result import ProjectViewerResult
from .project_viewer_scope import ProjectViewerScope
from .project_viewer_status import ProjectViewerStatus
from .role import Role
from .screenshot_mode import ScreenshotMode
from .task import Task
from .task_assignee import TaskAssignee
from .task_assignee_list import TaskAssigneeList
from .task_assignment import TaskAssignment
from .task_assignment_result import TaskAssignmentResult
from .task_create import TaskCreate
from .task_list import TaskList
from .task_priority import TaskPriority
from .task_report_list import TaskReportList
from .task_report_user import TaskReportUser
from .task_result import TaskResult
from .task_scope import TaskScope
from .task_status import TaskStatus
from .task_update import TaskUpdate
from .time_entry import TimeEntry
from .time_entry_create import TimeEntryCreate
from .time_entry_create_result import TimeEntryCreateResult
from .time_entry_created import TimeEntryCreated
from .time_entry_deletion import TimeEntryDeletion
from .time_entry_list import TimeEntryList
from .time_entry_update import TimeEntryUpdate
from .time_request import TimeRequest
from .time_request_approval import TimeRequestApproval
from .time_request_create import TimeRequestCreate
from .time_request_list import TimeRequestList
from .time_request_rejection import TimeRequestRejection
from .time_request_result import TimeRequestResult
from .time_request_status import TimeRequestStatus
from .timesheet import Timesheet
from .timesheet_daily_breakdown import TimesheetDailyBreakdown
from .timesheet_day_entry import TimesheetDayEntry
from .timesheet_list import TimesheetList
from .timesheet_member import TimesheetMember
from .timesheet_rejection import TimesheetRejection
from .timesheet_status import TimesheetStatus
from .timesheet_transition import TimesheetTransition
from .tracked_hours_report import TrackedHoursReport
from .tracked_hours_report_result import TrackedHoursReportResult
from .tracker_start import TrackerStart
from .tracker_start_result import TrackerStartResult
from .tracker_started import TrackerStarted
from .tracker_stop_result import TrackerStopResult
from .tracker_stopped import TrackerStopped
from .webhook import Webhook
from .webhook_create import WebhookCreate
from .webhook_deletion import WebhookDeletion
from .webhook_event import WebhookEvent
from .webhook_list import WebhookList
from .webhook_result import WebhookResult
from .webhook_update import WebhookUpdate
from .workspace import Workspace
from .workspace_list import WorkspaceList

__all__ = (
    "ActionResult",
    "ActionResultData",
    "ActivityLevelReportList",
    "ActivityLevelUser",
    "AssignableRole",
    "AttendanceStatus",
    "AttendanceStatusFilter",
    "Contract",
    "ContractCreate",
    "ContractList",
    "ContractRateType",
    "ContractResult",
    "ContractScope",
    "ContractStatus",
    "ContractUpdate",
    "ContractUserRole",
    "CurrentTrackerData",
    "CurrentTrackerDataResult",
    "DailyAttendanceReportList",
    "DailyAttendanceUser",
    "DailyTimelineReportList",
    "DailyTimelineUser",
    "ErrorEnvelope",
    "ErrorEnvelopeErrors",
    "Expense",
    "ExpenseCreate",
    "ExpenseList",
    "ExpenseResult",
    "ExpenseType",
    "ExpenseUpdate",
    "Leave",
    "LeaveBalance",
    "LeaveBalanceList",
    "LeaveList",
    "LeavePaidFlag",
    "LeavePeriod",
    "LeaveRequestCreate",
    "LeaveStatus",
    "LeaveTypeBalance",
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
    "Project",
    "ProjectCreate",
    "ProjectList",
    "ProjectResult",
    "ProjectTag",
    "ProjectUpdate",
    "ProjectUpdateResult",
    "ProjectViewer",
    "ProjectViewerAssignment",
    "ProjectViewerCreate",
    "ProjectViewerList",
    "ProjectViewerProject",
    "ProjectViewerResult",
    "ProjectViewerScope",
    "ProjectViewerStatus",
    "Role",
    "ScreenshotMode",
    "Task",
    "TaskAssignee",
    "TaskAssigneeList",
    "TaskAssignment",
    "TaskAssignmentResult",
    "TaskCreate",
    "TaskList",
    "TaskPriority",
    "TaskReportList",
    "TaskReportUser",
    "TaskResult",
    "TaskScope",
    "TaskStatus",
    "TaskUpdate",
    "TimeEntry",
    "TimeEntryCreate",
    "TimeEntryCreateResult",
    "TimeEntryCreated",
    "TimeEntryDeletion",
    "TimeEntryList",
    "TimeEntryUpdate",
    "TimeRequest",
    "TimeRequestApproval",
    "TimeRequestCreate",
    "TimeRequestList",
    "TimeRequestRejection",
    "TimeRequestResult",
    "TimeRequestStatus",
    "Timesheet",
    "TimesheetDailyBreakdown",
    "TimesheetDayEntry",
    "TimesheetList",
    "TimesheetMember",
    "TimesheetRejection",
    "TimesheetStatus",
    "TimesheetTransition",
    "TrackedHoursReport",
    "TrackedHoursReportResult",
    "TrackerStart",
    "TrackerStartResult",
    "TrackerStarted",
    "TrackerStopResult",
    "TrackerStopped",
    "Webhook",
    "WebhookCreate",
    "WebhookDeletion",
    "WebhookEvent",
    "WebhookList",
    "WebhookResult",
    "WebhookUpdate",
    "Workspace",
    "WorkspaceList",
)

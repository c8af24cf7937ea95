"""Contains all the data models used in inputs/outputs.

Each model is imported on first access, because every operation module imports this package
and most programs use a few of its models.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Model name -> module that defines it, relative to this package.
_MODULES = {
    "ActionResult": ".action_result",
    "ActionResultData": ".action_result_data",
    "ActivityLevelReportList": ".activity_level_report_list",
    "ActivityLevelUser": ".activity_level_user",
    "AssignableRole": ".assignable_role",
    "AttendanceStatus": ".attendance_status",
    "AttendanceStatusFilter": ".attendance_status_filter",
    "Contract": ".contract",
    "ContractCreate": ".contract_create",
    "ContractList": ".contract_list",
    "ContractRateType": ".contract_rate_type",
    "ContractResult": ".contract_result",
    "ContractScope": ".contract_scope",
    "ContractStatus": ".contract_status",
    "ContractUpdate": ".contract_update",
    "ContractUserRole": ".contract_user_role",
    "CurrentTrackerData": ".current_tracker_data",
    "CurrentTrackerDataResult": ".current_tracker_data_result",
    "DailyAttendanceReportList": ".daily_attendance_report_list",
    "DailyAttendanceUser": ".daily_attendance_user",
    "DailyTimelineReportList": ".daily_timeline_report_list",
    "DailyTimelineUser": ".daily_timeline_user",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeErrors": ".error_envelope_errors",
    "Expense": ".expense",
    "ExpenseCreate": ".expense_create",
    "ExpenseList": ".expense_list",
    "ExpenseResult": ".expense_result",
    "ExpenseType": ".expense_type",
    "ExpenseUpdate": ".expense_update",
    "Leave": ".leave",
    "LeaveBalance": ".leave_balance",
    "LeaveBalanceList": ".leave_balance_list",
    "LeaveList": ".leave_list",
    "LeavePaidFlag": ".leave_paid_flag",
    "LeavePeriod": ".leave_period",
    "LeaveRequestCreate": ".leave_request_create",
    "LeaveStatus": ".leave_status",
    "LeaveTypeBalance": ".leave_type_balance",
    "Member": ".member",
    "MemberInvitation": ".member_invitation",
    "MemberInvitationResult": ".member_invitation_result",
    "MemberInvite": ".member_invite",
    "MemberList": ".member_list",
    "MemberResult": ".member_result",
    "MemberStatus": ".member_status",
    "MemberUpdate": ".member_update",
    "MemberUpdateRateStatus": ".member_update_rate_status",
    "MemberUpdateRemoveAvatar": ".member_update_remove_avatar",
    "Meta": ".meta",
    "Pagination": ".pagination",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectList": ".project_list",
    "ProjectResult": ".project_result",
    "ProjectTag": ".project_tag",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateResult": ".project_update_result",
    "ProjectViewer": ".project_viewer",
    "ProjectViewerAssignment": ".project_viewer_assignment",
    "ProjectViewerCreate": ".project_viewer_create",
    "ProjectViewerList": ".project_viewer_list",
    "ProjectViewerProject": ".project_viewer_project",
    "ProjectViewerResult": ".project_viewer_result",
    "ProjectViewerScope": ".project_viewer_scope",
    "ProjectViewerStatus": ".project_viewer_status",
    "Role": ".role",
    "ScreenshotMode": ".screenshot_mode",
    "Task": ".task",
    "TaskAssignee": ".task_assignee",
    "TaskAssigneeList": ".task_assignee_list",
    "TaskAssignment": ".task_assignment",
    "TaskAssignmentResult": ".task_assignment_result",
    "TaskCreate": ".task_create",
    "TaskList": ".task_list",
    "TaskPriority": ".task_priority",
    "TaskReportList": ".task_report_list",
    "TaskReportUser": ".task_report_user",
    "TaskResult": ".task_result",
    "TaskScope": ".task_scope",
    "TaskStatus": ".task_status",
    "TaskUpdate": ".task_update",
    "TimeEntry": ".time_entry",
    "TimeEntryCreate": ".time_entry_create",
    "TimeEntryCreateResult": ".time_entry_create_result",
    "TimeEntryCreated": ".time_entry_created",
    "TimeEntryDeletion": ".time_entry_deletion",
    "TimeEntryList": ".time_entry_list",
    "TimeEntryUpdate": ".time_entry_update",
    "TimeRequest": ".time_request",
    "TimeRequestApproval": ".time_request_approval",
    "TimeRequestCreate": ".time_request_create",
    "TimeRequestList": ".time_request_list",
    "TimeRequestRejection": ".time_request_rejection",
    "TimeRequestResult": ".time_request_result",
    "TimeRequestStatus": ".time_request_status",
    "Timesheet": ".timesheet",
    "TimesheetDailyBreakdown": ".timesheet_daily_breakdown",
    "TimesheetDayEntry": ".timesheet_day_entry",
    "TimesheetList": ".timesheet_list",
    "TimesheetMember": ".timesheet_member",
    "TimesheetRejection": ".timesheet_rejection",
    "TimesheetStatus": ".timesheet_status",
    "TimesheetTransition": ".timesheet_transition",
    "TrackedHoursReport": ".tracked_hours_report",
    "TrackedHoursReportResult": ".tracked_hours_report_result",
    "TrackerStart": ".tracker_start",
    "TrackerStartResult": ".tracker_start_result",
    "TrackerStarted": ".tracker_started",
    "TrackerStopResult": ".tracker_stop_result",
    "TrackerStopped": ".tracker_stopped",
    "Webhook": ".webhook",
    "WebhookCreate": ".webhook_create",
    "WebhookDeletion": ".webhook_deletion",
    "WebhookEvent": ".webhook_event",
    "WebhookList": ".webhook_list",
    "WebhookResult": ".webhook_result",
    "WebhookUpdate": ".webhook_update",
    "Workspace": ".workspace",
    "WorkspaceList": ".workspace_list",
}

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


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

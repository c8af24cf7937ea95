"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .action_result_data import ActionResultData
from .assignable_role import AssignableRole
from .contract import Contract
from .contract_create import ContractCreate
from .contract_list import ContractList
from .contract_rate_type import ContractRateType
from .contract_result import ContractResult
from .contract_scope import ContractScope
from .contract_status import ContractStatus
from .contract_update import ContractUpdate
from .contract_user_role import ContractUserRole
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
from .task_result import TaskResult
from .task_scope import TaskScope
from .task_status import TaskStatus
from .task_update import TaskUpdate
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
    "Contract",
    "ContractCreate",
    "ContractList",
    "ContractRateType",
    "ContractResult",
    "ContractScope",
    "ContractStatus",
    "ContractUpdate",
    "ContractUserRole",
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
    "TaskResult",
    "TaskScope",
    "TaskStatus",
    "TaskUpdate",
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

from enum import StrEnum


class AssignableRole(StrEnum):
    EXECUTIVE_MANAGER = "Executive manager"
    PROJECT_MANAGER = "Project manager"
    PROJECT_VIEWER = "Project viewer"
    REGULAR_USER = "Regular User"
    TEAM_MANAGER = "Team manager"

    def __str__(self) -> str:
        return str(self.value)

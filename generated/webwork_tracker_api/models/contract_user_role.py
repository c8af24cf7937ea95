from enum import StrEnum


class ContractUserRole(StrEnum):
    CLIENT = "Client"
    EXECUTIVE_MANAGER = "Executive manager"
    OWNER = "Owner"
    PROJECT_MANAGER = "Project manager"
    PROJECT_VIEWER = "Project viewer"
    REGULAR_USER = "Regular User"
    TEAM_MANAGER = "Team manager"

    def __str__(self) -> str:
        return str(self.value)

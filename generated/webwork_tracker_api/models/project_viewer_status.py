from enum import StrEnum


class ProjectViewerStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LEFT = "left"

    def __str__(self) -> str:
        return str(self.value)

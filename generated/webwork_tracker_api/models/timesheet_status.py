from enum import StrEnum


class TimesheetStatus(StrEnum):
    APPROVED = "approved"
    OPEN = "open"
    REJECTED = "rejected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)

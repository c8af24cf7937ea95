from enum import StrEnum


class MemberStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LEFT = "left"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

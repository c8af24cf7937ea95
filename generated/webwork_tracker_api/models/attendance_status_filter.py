from enum import StrEnum


class AttendanceStatusFilter(StrEnum):
    ABSENT = "absent"
    LATE = "late"
    LEFT_EARLY = "left_early"
    ON_LEAVE = "on_leave"
    TRACKED_LESS = "tracked_less"

    def __str__(self) -> str:
        return str(self.value)

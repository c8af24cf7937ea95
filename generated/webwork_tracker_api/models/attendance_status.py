from enum import StrEnum


class AttendanceStatus(StrEnum):
    ABSENT = "Absent"
    HOLIDAY = "Holiday"
    LATE = "Late"
    LEFT_EARLY = "Left early"
    ON_LEAVE = "On leave"
    PRESENT = "Present"
    TRACKED_LESS = "Tracked less"

    def __str__(self) -> str:
        return str(self.value)

from enum import IntEnum


class LeavePeriod(IntEnum):
    FULL_DAY = 0
    FIRST_HALF = 1
    SECOND_HALF = 2

    def __str__(self) -> str:
        return str(self.value)

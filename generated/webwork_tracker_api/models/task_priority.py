from enum import IntEnum


class TaskPriority(IntEnum):
    URGENT = 10
    HIGH = 20
    NORMAL = 30
    LOW = 40

    def __str__(self) -> str:
        return str(self.value)

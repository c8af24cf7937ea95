from enum import IntEnum


class TaskStatus(IntEnum):
    INCOMPLETE = 0
    DOING = 10
    DONE = 20
    COMPLETED = 30

    def __str__(self) -> str:
        return str(self.value)

from enum import IntEnum


class ContractRateType(IntEnum):
    CUSTOM_RATE = 1
    MEMBER_RATE = 2
    PROJECT_RATE = 3

    def __str__(self) -> str:
        return str(self.value)

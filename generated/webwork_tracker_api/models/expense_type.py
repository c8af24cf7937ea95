from enum import StrEnum


class ExpenseType(StrEnum):
    BILLABLE = "billable"
    NON_BILLABLE = "non-billable"

    def __str__(self) -> str:
        return str(self.value)

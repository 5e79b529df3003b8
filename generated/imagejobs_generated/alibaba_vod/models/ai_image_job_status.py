from enum import StrEnum


class AIImageJobStatus(StrEnum):
    FAIL = "fail"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

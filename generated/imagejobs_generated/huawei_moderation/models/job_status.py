from enum import StrEnum


class JobStatus(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    FINISH = "finish"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

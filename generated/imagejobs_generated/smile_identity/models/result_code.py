from enum import StrEnum


class ResultCode(StrEnum):
    ENROLLED_USER_DISABLED = "2307"
    INVALID_JSON = "2303"
    INVALID_SEC_KEY = "2305"
    JOB_NOT_FOUND = "2304"
    MISSING_REQUIRED_PARAMETERS = "2313"
    NO_ENROLLED_USER_FOUND = "2310"
    SUCCESS = "2302"
    SYSTEM_ERROR = "2301"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class JobErrorCode(StrEnum):
    FAILED_TO_FETCH_FROM_URL = "failed_to_fetch_from_url"
    IMAGE_ALREADY_PROTECTED = "image_already_protected"
    IMAGE_LOAD_FAILED = "image_load_failed"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    INTERNAL = "internal"
    UNSUPPORTED_FORMAT = "unsupported_format"

    def __str__(self) -> str:
        return str(self.value)

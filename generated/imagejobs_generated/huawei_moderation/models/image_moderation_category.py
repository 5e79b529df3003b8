from enum import StrEnum


class ImageModerationCategory(StrEnum):
    POLITICS = "politics"
    PORN = "porn"
    TERRORISM = "terrorism"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AIImageFormat(StrEnum):
    GIF = "gif"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)

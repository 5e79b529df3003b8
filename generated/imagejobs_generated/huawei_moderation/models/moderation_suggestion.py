from enum import StrEnum


class ModerationSuggestion(StrEnum):
    BLOCK = "block"
    PASS = "pass"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class JobType(StrEnum):
    EMBED_SIGNATURE = "embed-signature"
    LOOKUP_SIGNATURE = "lookup-signature"

    def __str__(self) -> str:
        return str(self.value)

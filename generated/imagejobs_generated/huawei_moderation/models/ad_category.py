from enum import StrEnum


class AdCategory(StrEnum):
    ABUSE = "abuse"
    AD = "ad"
    CONTRABAND = "contraband"
    POLITICS = "politics"
    PORN = "porn"
    QR_CODE = "qr_code"

    def __str__(self) -> str:
        return str(self.value)

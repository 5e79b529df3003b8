"""Smile Identity ``job_status`` sandbox: signed requests in, signed answers out, seeded jobs.

Smile jobs come from its other products, so nothing is submitted here: the sandbox seeds ``SMILE_SEEDED`` when it
starts and they complete over the timings like every other job (the last one with ``job_success`` false). Both
schemes are served: the current ``signature`` (HMAC with the demo API key) and the legacy ``sec_key`` (RSA, with a key
pair the sandbox makes; its public key, base64 PEM, is the legacy API key). Each answer is signed in the scheme of
its request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from imagejobs._extras import require
from imagejobs.smile_identity import generate_signature, verify_signature
from imagejobs_generated.normalized_job import JobRef, Vendor

from ._base import Timeline, VendorSandbox, iso, json_answer, json_body

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

#: What needs the [smile-legacy] extra here: only the legacy scheme (RSA), so the sandbox runs without it.
_LEGACY = "the Smile sandbox's legacy sec_key scheme"

_FRESHNESS = 15 * 60  # how old (or how far ahead) a request's timestamp may be, in seconds

#: (job_id, user_id) of the jobs the sandbox seeds; the first pair is the seed page's example.
SMILE_SEEDED: Final[list[tuple[str, str]]] = [
    ("52d0de86-be3b-4219-9e96-8195b0018944", "e54e0e98-8b8c-4215-89f5-7f9ea42bf650"),
    ("7c1f6a0e-3b2d-4e8a-9f41-2d5c8b7a6e13", "a4e2c9d1-58f7-4b06-8e3a-1f9d7c2b5e80"),
    ("e0b9d4c2-6a1f-4f3e-b8d5-9c7a2e1f4b36", "3f8a1d6c-2e9b-4c7a-a5d0-8b6e4f2c1d97"),
]


@dataclass(frozen=True)
class _Seed:
    job_id: str
    user_id: str
    job_type: int | str  # Smile sends it as a number or as a string
    smile_job_id: str
    final: tuple[str, str, str, str]  # ResultCode, ResultText, ResultType, ConfidenceValue
    success: bool


_SEEDS = (
    _Seed(*SMILE_SEEDED[0], 4, "0000001897", ("0810", "Enroll User", "SAIA", "100"), True),
    _Seed(*SMILE_SEEDED[1], "1", "0000000857", ("1210", "Enroll User", "DIVA", "99.500000"), True),
    # [I] "0811 Failed Enroll": a plausible SmartSelfie failure code, not one on the seed page.
    _Seed(*SMILE_SEEDED[2], 4, "0000002044", ("0811", "Failed Enroll", "SAIA", "0"), False),
)
_PROVISIONAL = ("0814", "Provisional Enroll - Under Review", "SAIA", "97.000000")  # from the seed page's history


def _error(status: int, code: str, message: str) -> Response:
    return json_answer({"code": code, "error": message}, status)


def _sec_key_hash(partner_id: str, timestamp: int) -> str:
    return hashlib.sha256(f"{int(partner_id)}:{timestamp}".encode()).hexdigest()


def _private_encrypt(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """RSA PKCS#1 v1.5 type-1 "private encrypt" of raw data (no DigestInfo), as the legacy scheme signs answers."""
    numbers = key.private_numbers()
    n, d = numbers.public_numbers.n, numbers.d
    size = (n.bit_length() + 7) // 8
    block = b"\x00\x01" + b"\xff" * (size - len(data) - 3) + b"\x00" + data
    return pow(int.from_bytes(block, "big"), d, n).to_bytes(size, "big")


def _age(timestamp: object, now: float) -> float | None:
    """Seconds between a request timestamp (ISO 8601 text or integer seconds) and now; None if unreadable."""
    try:
        if isinstance(timestamp, str) and not timestamp.strip().isdigit():
            moment = datetime.fromisoformat(timestamp.strip())
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return abs(now - moment.timestamp())
        if isinstance(timestamp, int | str) and not isinstance(timestamp, bool):
            return abs(now - int(timestamp))
    except (ValueError, OverflowError):
        return None
    return None


class SmileIdentitySandbox(VendorSandbox):
    vendor = "smile_identity"
    extra_faults: ClassVar[frozenset[str]] = frozenset({"bad_signature", "stale_signature"})
    credentials: ClassVar[Mapping[str, str]] = {"partner_id": "085", "api_key": "sandbox-smile-api-key-7d1e"}
    base_path: ClassVar[str] = "/v1"

    @classmethod
    def seeded(cls) -> list[JobRef]:
        from imagejobs_generated.normalized_job import JobRef

        return [JobRef(vendor=Vendor(cls.vendor), job_id=j, extra={"user_id": u}) for j, u in SMILE_SEEDED]

    @classmethod
    def error_body(cls, status: int) -> dict[str, Any]:
        return {"code": str(2000 + status), "error": f"sandbox fault: HTTP {status}"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        started = self.timeline()
        self._jobs = {(seed.job_id, seed.user_id): (seed, started) for seed in _SEEDS}
        self._key: rsa.RSAPrivateKey | None = None
        self._key_lock = threading.Lock()

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        require("smile-legacy", _LEGACY)
        from cryptography.hazmat.primitives.asymmetric import rsa

        with self._key_lock:  # made on first use: only the legacy scheme needs it
            if self._key is None:
                self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            return self._key

    @property
    def legacy_api_key(self) -> str:
        """The public key of the legacy scheme, base64 PEM, as Smile hands it to a partner."""
        from cryptography.hazmat.primitives import serialization

        pem = self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return base64.b64encode(pem).decode("ascii")

    def too_many_requests(self, request: Request, retry_after: int) -> Response:
        # [I] Smile documents no rate limit; a plain 429 with its usual error key.
        return json_answer({"error": "Too many requests"}, 429, {"Retry-After": str(retry_after)})

    def invalid_request(self, request: Request, operation: str, problems: list[str]) -> Response:
        return _error(400, "2313", "Missing required parameters")  # Smile's one answer to a malformed request

    def no_route(self, request: Request, status: int) -> Response:
        return json_answer({"error": "Not Found"}, status)

    # --- credentials ----------------------------------------------------------------------------------------------

    def _legacy_ok(self, partner_id: str, timestamp: object, sec_key: str) -> bool:
        key = self.private_key  # first: it checks that the extra is there
        from cryptography.hazmat.primitives.asymmetric import padding

        encrypted, _, claimed = sec_key.partition("|")
        try:
            expected = _sec_key_hash(partner_id, int(str(timestamp)))
            plain = key.decrypt(base64.b64decode(encrypted, validate=True), padding.PKCS1v15())
        except (ValueError, TypeError, binascii.Error):
            return False
        return hmac.compare_digest(plain, expected.encode()) and hmac.compare_digest(claimed, expected)

    def _authentic(self, body: dict[str, Any]) -> str | None:
        """The request's scheme ("signature" or "sec_key") when its credentials verify, else None."""
        demo = self.credentials
        partner_id, timestamp = str(body.get("partner_id")), body.get("timestamp")
        age = _age(timestamp, self.now())
        if partner_id != demo["partner_id"] or age is None or age > _FRESHNESS:
            return None
        signature, sec_key = body.get("signature"), body.get("sec_key")
        if isinstance(signature, str) and isinstance(timestamp, str):
            return "signature" if verify_signature(demo["api_key"], partner_id, timestamp, signature) else None
        if isinstance(sec_key, str) and partner_id.isdigit():
            return "sec_key" if self._legacy_ok(partner_id, timestamp, sec_key) else None
        return None

    def _signed(self, scheme: str) -> dict[str, Any]:
        """The answer's own timestamp and signature, in the scheme of the request."""
        partner_id = self.credentials["partner_id"]
        if scheme == "sec_key":
            timestamp = int(self.now())
            digest = _sec_key_hash(partner_id, timestamp)
            sealed = base64.b64encode(_private_encrypt(self.private_key, digest.encode())).decode("ascii")
            return {"timestamp": timestamp, "signature": f"{sealed}|{digest}"}
        stamp = iso(self.now(), millis=True)
        return {"timestamp": stamp, "signature": generate_signature(self.credentials["api_key"], partner_id, stamp)}

    # --- job_status -----------------------------------------------------------------------------------------------

    def _result(self, seed: _Seed, outcome: tuple[str, str, str, str], final: bool) -> dict[str, Any]:
        code, text, kind, confidence = outcome
        return {
            "ResultCode": code,
            "ResultText": text,
            "ResultType": kind,
            "SmileJobID": seed.smile_job_id,
            "JSONVersion": "1.0.0",
            "IsFinalResult": "true" if final else "false",
            "PartnerParams": {"job_id": seed.job_id, "user_id": seed.user_id, "job_type": seed.job_type},
            "ConfidenceValue": confidence,
            "IsMachineResult": "true",
        }

    def _status(self, seed: _Seed, timeline: Timeline, body: dict[str, Any]) -> dict[str, Any]:
        phase = timeline.phase(self.now())
        history = []
        if phase != "first":
            history.append(self._result(seed, _PROVISIONAL, False))
        if phase == "final":
            history.append(self._result(seed, seed.final, True))
        answer: dict[str, Any] = {
            "job_complete": phase == "final",
            "job_success": phase == "final" and seed.success,
            # Before anything is uploaded Smile answers a free-form text (as its Android SDK parses it).
            "result": history[-1] if history else "No zip uploaded yet",
            "code": "2302",
        }
        if body.get("image_links") in (True, "true") and history:
            answer["image_links"] = {
                "selfie_image": f"https://smile-fr-results.s3.us-west-2.amazonaws.com/test/000085/{seed.smile_job_id}"
                f"/SID_Preview_FULL.jpg?X-Amz-Expires=3600&X-Amz-Signature={seed.job_id.replace('-', '')}"
            }
        if body.get("history") in (True, "true"):
            answer["history"] = history
        return answer

    async def _job_status(self, request: Request) -> Response:
        try:
            body = await json_body(request)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _error(400, "2303", "Invalid JSON")
        required = ("job_id", "user_id", "partner_id", "timestamp")
        if any(body.get(name) in (None, "") for name in required):
            return _error(400, "2313", "Missing required parameters")
        scheme = self._authentic(body)
        if scheme is None:
            return _error(401, "2305", "Invalid sec_key")
        found = self._jobs.get((str(body["job_id"]), str(body["user_id"])))
        if found is None:
            # Not HTTP 200: the official client reads every 200 as a signed job status (its timestamp, signature)
            return _error(404, "2304", "Job not found")
        return json_answer(self._signed(scheme) | self._status(*found, body))

    def routes(self) -> list[BaseRoute]:
        return [self.operation("/v1/job_status", "POST", "getJobStatus", self._job_status)]


SANDBOX = SmileIdentitySandbox

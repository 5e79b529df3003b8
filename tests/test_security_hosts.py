"""Issue 13, points 1 to 3: credentials go only to the configured origin, over TLS, and never follow a redirect away.

Every test runs real loopback servers that record each request: the vendor's, and an attacker's. After each attack,
where every credential went is read off what the servers received (origin, header, query, body).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from _loopback import LoopbackServer, Received, Reply, serve

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs_generated.alibaba_vod.api.jobs import get_ai_image_jobs
from imagejobs_generated.huawei_moderation.api.image_batch_jobs import list_image_batch_jobs
from imagejobs_generated.sasha.api.jobs import list_jobs
from imagejobs_generated.smile_identity.api.utilities import get_job_status
from imagejobs_generated.smile_identity.models import JobStatusRequest
from imagejobs_generated.tic_lens.api.jobs import get_job as lens_get_job

SECRETS = {
    "sasha": "S3CRET-hosts-sasha-client-secret",
    "sasha_token": "S3CRET-hosts-sasha-bearer",
    "huawei_token": "S3CRET-hosts-huawei-token",
    "huawei_sk": "S3CRET-hosts-huawei-sk",
    "huawei_sts": "S3CRET-hosts-huawei-sts",
    "smile": "S3CRET-hosts-smile-api-key",
    "alibaba": "S3CRET-hosts-alibaba-secret",
    "alibaba_sts": "S3CRET-hosts-alibaba-sts",
    "lens": "S3CRET-hosts-lens-key",
}
GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
LENS_JOB = {"sentinelJobGuid": GUID, "status": "completed"}


def leaks(server: LoopbackServer) -> list[str]:
    """Every credential (and anything signed) the server received: its origin saw them."""
    found = []
    for received in server.received:
        text = received.target + "\n" + "\n".join(f"{k}: {v}" for k, v in received.headers) + "\n"
        text += received.body.decode("utf-8", "replace")
        found += [name for name, secret in SECRETS.items() if secret in text]
        lowered = {k.lower() for k, _ in received.headers}
        found += sorted(lowered & {"authorization", "x-auth-token", "x-security-token", "x-acs-security-token",
                                   "x-api-key"})  # fmt: skip
        if "signature" in received.body.decode("utf-8", "replace") or "Signature=" in received.target:
            found.append("signature")
    return found


def clients(url: str, **extra: Any) -> dict[str, Any]:
    """One client per vendor and scheme, every credential a recognisable secret."""
    return {
        "sasha": sasha.client(client_id="cid", client_secret=SECRETS["sasha"], base_url=url, **extra),
        "huawei_token": huawei_moderation.client(project_id="p", token=SECRETS["huawei_token"], base_url=url, **extra),
        "huawei_aksk": huawei_moderation.client(
            project_id="p", ak="AK", sk=SECRETS["huawei_sk"], security_token=SECRETS["huawei_sts"], base_url=url,
            **extra,
        ),
        "smile": smile_identity.client(partner_id="085", api_key=SECRETS["smile"], base_url=url, **extra),
        "alibaba_v1": alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba"], security_token=SECRETS["alibaba_sts"],
            signature="v1", base_url=url, **extra,
        ),
        "alibaba_acs3": alibaba_vod.client(
            access_key_id="AK", access_key_secret=SECRETS["alibaba"], security_token=SECRETS["alibaba_sts"],
            base_url=url, **extra,
        ),
        "lens": tic_lens.client(api_key=SECRETS["lens"], base_url=url, **extra),
    }  # fmt: skip


def call(name: str, client: Any) -> Any:
    """The vendor's plain read, sync."""
    if name == "sasha":
        return list_jobs.sync(client=client)
    if name.startswith("huawei"):
        return list_image_batch_jobs.sync(client=client)
    if name == "smile":
        return get_job_status.sync(client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    if name.startswith("alibaba"):
        return get_ai_image_jobs.sync(client=client, job_ids="a")
    return lens_get_job.sync(UUID(GUID), client=client)


async def acall(name: str, client: Any) -> Any:
    """The same read, async; the async client is closed after it (each test makes it once per loop)."""
    try:
        return await _acall(name, client)
    finally:
        await client.get_async_httpx_client().aclose()


async def _acall(name: str, client: Any) -> Any:
    if name == "sasha":
        return await list_jobs.asyncio(client=client)
    if name.startswith("huawei"):
        return await list_image_batch_jobs.asyncio(client=client)
    if name == "smile":
        return await get_job_status.asyncio(client=client, body=JobStatusRequest(job_id="j", user_id="u"))
    if name.startswith("alibaba"):
        return await get_ai_image_jobs.asyncio(client=client, job_ids="a")
    return await lens_get_job.asyncio(UUID(GUID), client=client)


def token_then(reply: Callable[[Received], Reply]) -> Callable[[Received], Reply]:
    """A vendor that hands out SASHA tokens, then answers everything else with ``reply``."""

    def handler(received: Received) -> Reply:
        if received.path == "/oauth/token":
            return Reply(200, {"access_token": SECRETS["sasha_token"], "expires_in": 3600})
        return reply(received)

    return handler


def nothing(received: Received) -> Reply:
    return Reply(500, {"unexpected": received.target})


# --- point 1: hosts -------------------------------------------------------------------------------------------------


HOSTILE_REGIONS = ["x@{evil}#", "x@{evil}/", "{evil}#", "evil.example", "cn-shanghai.{evil}", "CN-SHANGHAI", "cn_sh",
                   "a b", "-cn", "cn-", "cn--sh", "x:1", "x/y", "x?y", "", " ", "x" * 65]  # fmt: skip


@pytest.mark.parametrize("region", HOSTILE_REGIONS)
@pytest.mark.parametrize("vendor", ["huawei_moderation", "alibaba_vod"])
def test_a_hostile_region_is_refused_before_anything_is_sent(
    vendor: str, region: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve(nothing) as evil:
        hostile = region.format(evil=evil.url.removeprefix("http://"))
        for via_environment in (False, True) if hostile.strip() else (False,):  # an empty variable counts as unset
            with pytest.raises(imagejobs.CredentialsError, match="region") as err:
                if via_environment:
                    monkeypatch.setenv(f"IMAGEJOBS_{vendor.upper()}_REGION", hostile)
                    given = None
                else:
                    given = hostile
                if vendor == "huawei_moderation":
                    huawei_moderation.client(project_id="p", token=SECRETS["huawei_token"], region=given)
                else:
                    alibaba_vod.client(access_key_id="AK", access_key_secret=SECRETS["alibaba"], region=given)
            assert evil.url.removeprefix("http://") not in str(err.value)  # the message never repeats the value
        assert evil.received == []


@pytest.mark.parametrize("region", ["cn-shanghai", "ap-southeast-1", "eu-west-101", "cn-north-4"])
def test_real_region_names_make_the_vendor_hosts(region: str) -> None:
    huawei = huawei_moderation.client(project_id="p", token=SECRETS["huawei_token"], region=region)
    alibaba = alibaba_vod.client(access_key_id="AK", access_key_secret=SECRETS["alibaba"], region=region)
    assert huawei.get_httpx_client().base_url.host == f"moderation.{region}.myhuaweicloud.com"
    assert alibaba.get_httpx_client().base_url.host == f"vod.{region}.aliyuncs.com"


@pytest.mark.parametrize("project_id", ["p/../../x", "p?x=1", "p#", "p@{evil}", "{evil}/v2/p", "..", "p q"])
def test_a_hostile_project_id_is_refused(project_id: str) -> None:
    with serve(nothing) as vendor, serve(nothing) as evil:
        hostile = project_id.format(evil=evil.url.removeprefix("http://"))
        with pytest.raises(imagejobs.CredentialsError, match="project_id"):
            huawei_moderation.client(project_id=hostile, token=SECRETS["huawei_token"], base_url=vendor.url)
        assert vendor.received == [] and evil.received == []


def test_a_hostile_smile_environment_is_refused() -> None:
    for environment in ("x@evil.example#", "production.evil", "Production", ""):
        with pytest.raises(imagejobs.CredentialsError, match="environment"):
            smile_identity.client(partner_id="085", api_key=SECRETS["smile"], environment=environment)  # type: ignore[arg-type]


HOSTILE_BASE_URLS = [
    ("http://user:S3CRET-hosts-password@{host}", "user name or password"),
    ("https://user@{host}", "user name or password"),
    ("ftp://{host}/", "https://"),
    ("file:///etc/passwd", "https://"),
    ("//{host}/v1", "https://"),
    ("{host}", "https://"),
    ("https://{host}/v1?x=1", "query"),
    ("https://{host}/v1#frag", "fragment"),
    ("http://evil.example", "plain http"),
    ("http://10.0.0.1:8080", "plain http"),
    ("http://127.0.0.1.evil.example", "plain http"),
    ("https://", "https://"),
    ("https://[::1", "valid URL"),
]


@pytest.mark.parametrize(("url", "reason"), HOSTILE_BASE_URLS)
@pytest.mark.parametrize("vendor", imagejobs.VENDORS)
def test_a_hostile_base_url_is_refused_before_anything_is_sent(vendor: str, url: str, reason: str) -> None:
    with serve(nothing) as evil:
        hostile = url.format(host=evil.url.removeprefix("http://"))
        module = getattr(imagejobs, vendor)
        credentials = {
            "sasha": {"client_id": "c", "client_secret": SECRETS["sasha"]},
            "huawei_moderation": {"project_id": "p", "token": SECRETS["huawei_token"]},
            "smile_identity": {"partner_id": "085", "api_key": SECRETS["smile"]},
            "alibaba_vod": {"access_key_id": "AK", "access_key_secret": SECRETS["alibaba"]},
            "tic_lens": {"api_key": SECRETS["lens"]},
        }[vendor]
        with pytest.raises(imagejobs.CredentialsError, match=reason) as err:
            module.client(**credentials, base_url=hostile)
        assert "S3CRET-hosts-password" not in str(err.value) + repr(err.value)
        assert evil.received == []


def test_huawei_iam_url_is_held_to_the_same_rules() -> None:
    for iam_url in ("http://iam.evil.example", "https://u:p@iam.example.com", "https://iam.example.com/?x"):
        with pytest.raises(imagejobs.CredentialsError, match="iam_url"):
            huawei_moderation.client(project_id="p", username="u", password="S3CRET-pw-1", domain_name="d",
                                     iam_url=iam_url)  # fmt: skip


@pytest.mark.parametrize("url", ["http://127.0.0.1:9", "http://127.8.9.10", "http://localhost:8000/v1",
                                 "http://[::1]:8000", "https://vendor.example.com/prefix"])  # fmt: skip
def test_loopback_and_https_base_urls_are_accepted(url: str) -> None:
    client = tic_lens.client(api_key=SECRETS["lens"], base_url=url)
    assert str(client.get_httpx_client().base_url).startswith(url)


# --- point 1: the send path ------------------------------------------------------------------------------------------


def test_a_request_to_another_origin_is_refused_before_signing_sync_and_async() -> None:
    async def araw(client: Any, url: str) -> None:
        await client.get_async_httpx_client().post(url, json={"x": 1})

    with serve(token_then(lambda r: Reply(200, {}))) as vendor, serve(nothing) as evil:
        for client in clients(vendor.url).values():
            for target in (f"{evil.url}/steal", evil.url.replace("http://", "https://") + "/x",
                           vendor.url.replace("127.0.0.1", "localhost") + "/same-host-other-name"):  # fmt: skip
                with pytest.raises(imagejobs.UsageError, match="credentials only to"):
                    client.get_httpx_client().post(target, json={"x": 1})
                with pytest.raises(imagejobs.UsageError, match="credentials only to"):
                    asyncio.run(araw(client, target))
        assert evil.received == []
        assert vendor.received == []  # refused before the auth flow: not even a token was fetched


# --- point 2: TLS ----------------------------------------------------------------------------------------------------


def test_plain_http_to_a_real_host_needs_the_explicit_opt_in() -> None:
    with pytest.raises(imagejobs.CredentialsError, match="allow_insecure_http"):
        tic_lens.client(api_key=SECRETS["lens"], base_url="http://api.tic.io")
    client = tic_lens.client(api_key=SECRETS["lens"], base_url="http://api.tic.io", allow_insecure_http=True)
    assert client.get_httpx_client().base_url.scheme == "http"


def _self_signed(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "imagejobs test CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@contextmanager
def tls_server(cert: Path, key: Path) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            import json

            payload = json.dumps(LENS_JOB).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _sync_and_async(url: str) -> list[str]:
    """The outcome of one GET by a sync and by an async client: 'ok' or the error's class name."""
    outcomes = []
    client = tic_lens.client(api_key=SECRETS["lens"], base_url=url, retries=imagejobs.RetryPolicy.off())
    try:
        lens_get_job.sync(UUID(GUID), client=client)
        outcomes.append("ok")
    except imagejobs.ImageJobsError as exc:
        outcomes.append(type(exc).__name__)

    async def main() -> str:
        client = tic_lens.client(api_key=SECRETS["lens"], base_url=url, retries=imagejobs.RetryPolicy.off())
        try:
            async with client.get_async_httpx_client():
                await lens_get_job.asyncio(UUID(GUID), client=client)
            return "ok"
        except imagejobs.ImageJobsError as exc:
            return type(exc).__name__

    outcomes.append(asyncio.run(main()))
    return outcomes


@pytest.mark.parametrize("async_transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("variable", ["SSL_CERT_FILE", "SSL_CERT_DIR"])
def test_sync_and_async_clients_share_one_trust_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, async_transport: str
) -> None:
    if async_transport == "httpx":  # as without the [aiohttp] extra: httpx's own async transport
        import imagejobs._client

        monkeypatch.setattr(imagejobs._client, "installed", lambda extra: extra != "aiohttp")
    cert, key = _self_signed(tmp_path)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with tls_server(cert, key) as url:
        assert _sync_and_async(url) == ["APIConnectionError", "APIConnectionError"]  # unknown CA: refused alike
        if variable == "SSL_CERT_FILE":
            monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        else:
            hashed = tmp_path / "certs"
            hashed.mkdir()
            import subprocess

            digest = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(cert)], capture_output=True,
                                    text=True, check=False).stdout.strip()  # fmt: skip
            if not digest:
                pytest.skip("openssl is not available to hash the certificate directory")
            (hashed / f"{digest}.0").write_bytes(cert.read_bytes())
            monkeypatch.setenv("SSL_CERT_DIR", str(hashed))
        assert _sync_and_async(url) == ["ok", "ok"]  # both trust what the environment names


def test_turning_verification_off_warns_once_per_client(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="imagejobs")
    client = tic_lens.client(api_key=SECRETS["lens"], base_url="https://lens.example.com",
                             httpx_args={"verify": False})  # fmt: skip
    client.get_httpx_client()
    client.get_async_httpx_client()
    warnings = [r for r in caplog.records if "verification is OFF" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    tic_lens.client(api_key=SECRETS["lens"], base_url="https://lens.example.com")
    assert len([r for r in caplog.records if "verification is OFF" in r.getMessage()]) == 1


# --- point 3: redirects ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("follow", [True, False])
def test_a_redirect_to_another_origin_is_refused_sync_and_async(status: int, follow: bool) -> None:
    with serve(nothing) as evil:
        location = f"{evil.url}/collect?SecurityToken={SECRETS['alibaba_sts']}&x=1"
        with serve(token_then(lambda r: Reply(status, {}, {"Location": location}))) as vendor:
            for name, client in clients(vendor.url, httpx_args={"follow_redirects": follow}).items():
                with pytest.raises(imagejobs.CrossOriginRedirectError) as err:
                    call(name, client)
                assert err.value.status_code == status and evil.url.removeprefix("http://") in err.value.location
                for text in (str(err.value), repr(err.value), err.value.location, str(err.value.headers)):
                    assert SECRETS["alibaba_sts"] not in text, name
                with pytest.raises(imagejobs.CrossOriginRedirectError):
                    asyncio.run(acall(name, client))
    assert evil.received == [] and leaks(evil) == []


def test_a_relative_scheme_redirect_and_a_port_change_are_other_origins() -> None:
    with serve(nothing) as evil:
        for location in (f"//{evil.url.removeprefix('http://')}/x", evil.url.replace("http", "https") + "/x"):
            with serve(lambda r, location=location: Reply(302, {}, {"Location": location})) as vendor:
                client = tic_lens.client(api_key=SECRETS["lens"], base_url=vendor.url,
                                         httpx_args={"follow_redirects": True})  # fmt: skip
                with pytest.raises(imagejobs.CrossOriginRedirectError):
                    call("lens", client)
    assert evil.received == []


def _moving_vendor(received: Received) -> Reply:
    """Answers the documented paths with a same-origin redirect, and the moved ones as the vendor would."""
    if received.path == "/oauth/token":
        return Reply(200, {"access_token": SECRETS["sasha_token"], "expires_in": 3600})
    if not received.path.startswith("/moved"):
        status = 307 if received.method == "POST" else 302
        return Reply(status, {}, {"Location": "/moved" + received.target})
    if received.path.endswith("/job_status"):
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        signature = smile_identity.generate_signature(SECRETS["smile"], "085", stamp)
        result = {"PartnerParams": {"job_id": "j", "user_id": "u"}}
        return Reply(200, {"code": "2302", "job_complete": False, "job_success": False, "timestamp": stamp,
                           "signature": signature, "result": result})  # fmt: skip
    if received.path.startswith("/moved/sentinel"):
        return Reply(200, LENS_JOB)
    return Reply(200, {"jobs": []})


def test_same_origin_redirects_are_followed_and_signed_afresh_sync_and_async() -> None:
    with serve(_moving_vendor) as vendor:
        chosen = {k: v for k, v in clients(vendor.url, httpx_args={"follow_redirects": True}).items()
                  if k in ("sasha", "smile", "lens")}  # fmt: skip
        for name, client in chosen.items():
            assert call(name, client) is not None
            assert asyncio.run(acall(name, client)) is not None
    moved = [r for r in vendor.received if r.path.startswith("/moved")]
    assert len(moved) == 6
    smile_bodies = [r.json() for r in moved if r.path.endswith("/job_status")]
    assert len(smile_bodies) == 2 and all(b["signature"] and b["job_id"] == "j" for b in smile_bodies)  # 307: kept
    assert all(r.header("x-api-key") == SECRETS["lens"] for r in moved if "sentinel" in r.path)


def test_a_same_origin_redirect_is_not_followed_unless_asked() -> None:
    with serve(_moving_vendor) as vendor:
        client = tic_lens.client(api_key=SECRETS["lens"], base_url=vendor.url)
        with pytest.raises(imagejobs.APIStatusError) as err:
            call("lens", client)
        assert err.value.status_code == 302 and not isinstance(err.value, imagejobs.CrossOriginRedirectError)
    assert [r.path for r in vendor.received] == [f"/sentinel/jobs/{GUID}"]


def test_a_redirect_loop_on_the_same_origin_ends_in_a_typed_error() -> None:
    with serve(lambda r: Reply(302, {}, {"Location": "/again"})) as vendor:
        client = tic_lens.client(api_key=SECRETS["lens"], base_url=vendor.url, httpx_args={"follow_redirects": True})
        with pytest.raises(imagejobs.APIStatusError):
            call("lens", client)
        assert 2 <= len(vendor.received) <= 21


def test_raw_httpx_requests_are_held_to_the_same_rules() -> None:
    with serve(nothing) as evil, serve(lambda r: Reply(307, {}, {"Location": evil.url + "/x"})) as vendor:
        client = tic_lens.client(api_key=SECRETS["lens"], base_url=vendor.url)
        with pytest.raises(imagejobs.CrossOriginRedirectError):
            client.get_httpx_client().get("/anything", follow_redirects=True)
        with pytest.raises(imagejobs.CrossOriginRedirectError):
            client.get_httpx_client().send(client.get_httpx_client().build_request("GET", "/x"), stream=True)
    assert evil.received == []
    assert isinstance(httpx.URL(vendor.url).port, int)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_token_endpoint_redirecting_away_is_refused_sync_and_async(status: int) -> None:
    """SASHA's token call carries the client secret (Basic), Huawei IAM's the password: neither follows a redirect."""
    with serve(nothing) as evil:
        away = Reply(status, {}, {"Location": f"{evil.url}/token"})
        with serve(lambda r: away if r.path in ("/oauth/token", "/v3/auth/tokens") else Reply(200, {})) as vendor:
            made = [
                sasha.client(client_id="cid", client_secret=SECRETS["sasha"], base_url=vendor.url,
                             httpx_args={"follow_redirects": True}),
                huawei_moderation.client(project_id="p", username="u", password="S3CRET-hosts-iam-pw", domain_name="d",
                                         iam_url=vendor.url, base_url=vendor.url,
                                         httpx_args={"follow_redirects": True}),
            ]  # fmt: skip
            for client, name in zip(made, ("sasha", "huawei_iam"), strict=True):
                with pytest.raises(imagejobs.CrossOriginRedirectError, match="redirect to another origin"):
                    call(name, client)
                with pytest.raises(imagejobs.CrossOriginRedirectError):
                    asyncio.run(acall(name, client))
    assert evil.received == []

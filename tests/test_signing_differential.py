"""Our signers against the official vendor SDKs (test-only dependencies), byte for byte, on generated inputs.

Each test drives our real auth flow over an ``httpx.Request`` and asks the vendor's SDK to sign the same logical
request (method, host, path, query, headers, body, date, nonce); the two must agree exactly.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from types import SimpleNamespace
from urllib.parse import quote

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imagejobs import AccessKey, alibaba_vod, huawei_moderation, smile_identity

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Unicode, spaces and the characters that encoders disagree on: * ~ / + % and friends.
_TRICKY = st.sampled_from(list(" *~/+%&=?#:;,'\"!$()@[]^`{|}\\é漢字😀-_."))
text = st.text(st.one_of(_TRICKY, st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])), max_size=12)
header_text = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=16)
segments = st.lists(st.text(st.one_of(_TRICKY, st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])),
                            min_size=1, max_size=8).filter(lambda s: "/" not in s and s not in (".", "..")),
                    min_size=0, max_size=3)  # fmt: skip
query_pairs = st.lists(st.tuples(text.filter(bool), text), max_size=5)  # repeated keys and empty values included
bodies = st.one_of(st.just(b""), st.binary(max_size=64), st.text(max_size=30).map(str.encode))
dates = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1)).map(
    lambda d: d.replace(microsecond=0, tzinfo=UTC)
)


def _run_flow(auth: httpx.Auth, request: httpx.Request) -> httpx.Request:
    flow = auth.sync_auth_flow(request)
    return next(flow)


# --- Huawei: huaweicloudsdkcore's Signer ------------------------------------------------------------------------


@SETTINGS
@given(
    method=st.sampled_from(["GET", "POST", "DELETE", "PUT"]),
    path=segments,
    query=query_pairs,
    body=bodies,
    content_type=st.sampled_from([None, "application/json", "application/json;charset=utf8", "text/plain"]),
    extra=st.dictionaries(st.sampled_from(["x-custom", "x-trace", "accept", "x_ignored"]), header_text, max_size=2),
    ak=header_text,
    sk=text.filter(bool),
    security_token=st.one_of(st.none(), header_text),
    project_id=st.one_of(st.none(), header_text),
    when=dates,
)
def test_huawei_matches_official_signer(
    method, path, query, body, content_type, extra, ak, sk, security_token, project_id, when
) -> None:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest

    host = "moderation.ap-southeast-1.myhuaweicloud.com"
    encoded_path = "/" + "/".join(quote(s, safe="") for s in path)
    headers = dict(extra)
    if content_type:
        headers["Content-Type"] = content_type
    request = httpx.Request(method, f"https://{host}{encoded_path}", params=query, headers=headers, content=body)
    auth = huawei_moderation.AKSKAuth(
        AccessKey.of(ak, sk, security_token), project_id=project_id, now=lambda: when.replace()
    )
    ours = _run_flow(auth, request)

    sdk_headers = {"Host": host, "X-Sdk-Date": when.strftime("%Y%m%dT%H%M%SZ"), **headers}
    sdk_request = SdkRequest(
        method=method,
        schema="https",
        host=host,
        resource_path=encoded_path,
        query_params=list(query),
        header_params=sdk_headers,
        body=body,
    )
    credentials = BasicCredentials(ak, sk, project_id)
    if security_token is not None:
        credentials = credentials.with_security_token(security_token)
    credentials.sign_request(sdk_request)
    assert ours.headers["Authorization"] == sdk_request.header_params["Authorization"]
    # and the query on the wire is the one the SDK sends (its canonical query)
    assert ours.url.query.decode() == sdk_request.uri.partition("?")[2]


# --- Alibaba: alibabacloud-tea-openapi --------------------------------------------------------------------------

action_params = st.lists(
    st.tuples(st.from_regex(r"\A[A-Z][A-Za-z0-9]{0,10}\Z"), text), max_size=5, unique_by=lambda kv: kv[0]
).filter(lambda kv: all(k not in {"Action", "Version", "Format", "Signature", "Timestamp"} for k, _ in kv))


@SETTINGS
@given(
    method=st.sampled_from(["GET", "POST"]),
    params=action_params,
    secret=text.filter(bool),
    key_id=header_text,
    token=st.one_of(st.none(), header_text),
    nonce=header_text,
    when=dates,
)
def test_alibaba_rpc_v1_matches_get_rpcsignature(method, params, secret, key_id, token, nonce, when) -> None:
    from alibabacloud_tea_openapi.utils import Utils

    request = httpx.Request(method, "https://vod.cn-shanghai.aliyuncs.com/GetAIImageJobs", params=params)
    auth = alibaba_vod.AlibabaAuth(
        AccessKey.of(key_id, secret, token), signature="v1", now=lambda: when, nonce=lambda: nonce
    )
    sent = _run_flow(auth, request)
    wire = dict(httpx.QueryParams(sent.url.query.decode()).multi_items())  # RFC 3986 decoding of what is sent
    assert sent.url.path == "/" and wire["Action"] == "GetAIImageJobs"
    signature = wire.pop("Signature")
    expected = dict(params) | {
        "Action": "GetAIImageJobs",
        "Version": "2017-03-21",
        "Format": "JSON",
        "AccessKeyId": key_id,
        "SignatureMethod": "HMAC-SHA1",
        "Timestamp": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "SignatureVersion": "1.0",
        "SignatureNonce": nonce,
    }
    if token is not None:
        expected["SecurityToken"] = token
    assert wire == expected
    assert signature == Utils.get_rpcsignature(expected, method, secret)
    assert " " not in sent.url.query.decode() and "+" not in sent.url.query.decode().replace("%2B", "")


@SETTINGS
@given(
    method=st.sampled_from(["GET", "POST"]),
    # the SDK does not percent-encode query *names* (only values), so names here stay within RFC 3986's unreserved
    params=action_params,
    body=bodies,
    content_type=st.sampled_from([None, "application/json", "application/x-www-form-urlencoded"]),
    secret=text.filter(bool),
    key_id=header_text,
    token=st.one_of(st.none(), header_text),
    nonce=header_text,
    when=dates,
)
def test_alibaba_acs3_matches_get_authorization(method, params, body, content_type, secret, key_id, token, nonce, when):
    from alibabacloud_tea_openapi.utils import Utils

    headers = {"User-Agent": "imagejobs/test"}
    if content_type:
        headers["Content-Type"] = content_type
    host = "vod.cn-shanghai.aliyuncs.com"
    request = httpx.Request(method, f"https://{host}/SubmitAIImageJob", params=params, headers=headers, content=body)
    auth = alibaba_vod.AlibabaAuth(
        AccessKey.of(key_id, secret, token), signature="acs3", now=lambda: when, nonce=lambda: nonce
    )
    sent = _run_flow(auth, request)
    payload = hashlib.sha256(body).hexdigest()
    sdk_headers = {
        "host": host,
        "x-acs-action": "SubmitAIImageJob",
        "x-acs-version": "2017-03-21",
        "x-acs-date": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "x-acs-signature-nonce": nonce,
        "x-acs-content-sha256": payload,
        "user-agent": "imagejobs/test",
    }
    if content_type:
        sdk_headers["content-type"] = content_type
    if token is not None:
        sdk_headers["x-acs-accesskey-id"] = key_id
        sdk_headers["x-acs-security-token"] = token
    sdk_request = SimpleNamespace(pathname="/", method=method, query=dict(params), headers=sdk_headers)
    assert sent.headers["Authorization"] == Utils.get_authorization(
        sdk_request, "ACS3-HMAC-SHA256", payload, key_id, secret
    )
    assert sent.url.path == "/"


# --- Smile: smile-id-core ---------------------------------------------------------------------------------------


@SETTINGS
@given(
    partner_id=st.one_of(st.from_regex(r"\A0{0,3}[0-9]{1,6}\Z"), text.filter(bool)),
    api_key=text.filter(bool),
    timestamp=st.one_of(dates.map(lambda d: d.isoformat()), text.filter(bool)),
)
def test_smile_signature_matches_smile_id_core(partner_id, api_key, timestamp) -> None:
    from smile_id_core.Signature import Signature

    official = Signature(partner_id, api_key)
    ours = smile_identity.generate_signature(api_key, partner_id, timestamp)
    assert ours == official.generate_signature(timestamp)["signature"]
    assert official.confirm_signature(timestamp, ours)
    assert smile_identity.verify_signature(api_key, partner_id, timestamp, ours)


# The legacy sec_key scheme: smile-id-core 1.0.9 (the last version with it) shares the import name `smile_id_core`
# with 3.x, so it cannot be installed beside it. Instead: a decrypt-check with a key pair generated here, for the
# request side, and public-key recovery (the JavaScript SDK's check) for the response side.


def _key_pair():  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, base64.b64encode(pem).decode()


PRIVATE_KEY, PUBLIC_KEY_B64 = _key_pair()


def private_encrypt(private_key, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    """RSA PKCS#1 v1.5 type-1 'private encrypt' (node's crypto.privateEncrypt), as Smile signs legacy answers."""
    numbers = private_key.private_numbers()
    n, d = numbers.public_numbers.n, numbers.d
    size = (n.bit_length() + 7) // 8
    padded = b"\x00\x01" + b"\xff" * (size - len(data) - 3) + b"\x00" + data
    return pow(int.from_bytes(padded, "big"), d, n).to_bytes(size, "big")


@settings(max_examples=25, deadline=None)
@given(partner_id=st.from_regex(r"\A0{0,2}[1-9][0-9]{0,5}\Z"), timestamp=st.integers(0, 2**32))
def test_smile_legacy_sec_key_decrypts_to_the_documented_hash(partner_id: str, timestamp: int) -> None:
    from cryptography.hazmat.primitives.asymmetric import padding

    sec_key = smile_identity.generate_sec_key(PUBLIC_KEY_B64, partner_id, timestamp)
    encrypted, _, digest = sec_key.partition("|")
    expected = hashlib.sha256(f"{int(partner_id)}:{timestamp}".encode()).hexdigest()
    assert digest == expected
    assert PRIVATE_KEY.decrypt(base64.b64decode(encrypted), padding.PKCS1v15()) == expected.encode()


@settings(max_examples=10, deadline=None)
@given(partner_id=st.from_regex(r"\A[1-9][0-9]{0,5}\Z"), timestamp=st.integers(0, 2**32))
def test_smile_legacy_response_verified_by_public_key_recovery(partner_id: str, timestamp: int) -> None:
    digest = hashlib.sha256(f"{int(partner_id)}:{timestamp}".encode()).hexdigest()
    sec_key = base64.b64encode(private_encrypt(PRIVATE_KEY, digest.encode())).decode() + "|" + digest
    assert smile_identity.verify_sec_key(PUBLIC_KEY_B64, partner_id, timestamp, sec_key)
    assert not smile_identity.verify_sec_key(PUBLIC_KEY_B64, partner_id, timestamp + 1, sec_key)
    forged = base64.b64encode(b"\x00" * 256).decode() + "|" + digest
    assert not smile_identity.verify_sec_key(PUBLIC_KEY_B64, partner_id, timestamp, forged)

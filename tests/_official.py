"""Server-side checks built on the vendors' official SDKs: they re-verify a request from the bytes received."""

from __future__ import annotations

import hashlib
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

from _loopback import Received


def _authorization_fields(value: str) -> dict[str, str]:
    scheme, _, rest = value.partition(" ")
    fields = {"scheme": scheme}
    for part in re.split(r",\s*", rest):
        key, _, val = part.partition("=")
        fields[key.strip()] = val.strip()
    return fields


def huawei_signature_ok(received: Received, *, ak: str, sk: str) -> bool:
    """Recompute the SDK-HMAC-SHA256 signature with huaweicloudsdkcore's own Signer."""
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.sdk_request import SdkRequest
    from huaweicloudsdkcore.signer.signer import Signer

    authorization = received.header("Authorization") or ""
    fields = _authorization_fields(authorization)
    if fields.get("scheme") != "SDK-HMAC-SHA256" or fields.get("Access") != ak:
        return False
    signed = fields.get("SignedHeaders", "").split(";")
    headers = {name: received.header(name) or "" for name in signed}
    request = SdkRequest(
        method=received.method,
        schema="http",
        host=received.header("Host"),
        resource_path=urlsplit(received.target).path,
        query_params=received.query,
        header_params=headers,
        body=received.body,
    )
    Signer(BasicCredentials(ak, sk)).sign(request)
    return request.header_params["Authorization"] == authorization


def alibaba_v1_signature_ok(received: Received, *, secret: str) -> bool:
    from alibabacloud_tea_openapi.utils import Utils

    params = dict(received.query)
    signature = params.pop("Signature", None)
    return signature is not None and Utils.get_rpcsignature(params, received.method, secret) == signature


def alibaba_acs3_signature_ok(received: Received, *, access_key_id: str, secret: str) -> bool:
    from alibabacloud_tea_openapi.utils import Utils

    authorization = received.header("Authorization") or ""
    fields = _authorization_fields(authorization)
    if fields.get("scheme") != "ACS3-HMAC-SHA256" or fields.get("Credential") != access_key_id:
        return False
    payload = hashlib.sha256(received.body).hexdigest()
    if received.header("x-acs-content-sha256") != payload:
        return False
    signed = fields.get("SignedHeaders", "").split(";")
    request = SimpleNamespace(
        pathname=urlsplit(received.target).path,
        method=received.method,
        query=dict(received.query),
        headers={name: received.header(name) for name in signed},
    )
    return Utils.get_authorization(request, "ACS3-HMAC-SHA256", payload, access_key_id, secret) == authorization


def smile_signature_ok(body: dict[str, object], *, partner_id: str, api_key: str) -> bool:
    from smile_id_core.Signature import Signature

    timestamp, signature = body.get("timestamp"), body.get("signature")
    if not isinstance(timestamp, str) or not isinstance(signature, str) or body.get("partner_id") != partner_id:
        return False
    return Signature(partner_id, api_key).confirm_signature(timestamp, signature)

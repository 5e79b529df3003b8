"""The vendors' documented test vectors, reproduced exactly (the vendors' pages and the facts kept with the specs)."""

from __future__ import annotations

import hashlib

from imagejobs import alibaba_vod, huawei_moderation, smile_identity


def test_alibaba_rpc_v1_documented_vector() -> None:
    params = {
        "AccessKeyId": "testid",
        "Action": "DescribeRegions",
        "Format": "XML",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        "SignatureVersion": "1.0",
        "Timestamp": "2016-02-23T12:46:24Z",
        "Version": "2014-05-26",
    }
    assert alibaba_vod.rpc_signature("GET", params.items(), "testsecret") == "OLeaidS1JvxuMvnyHOwuJ+uX5qY="


def test_alibaba_acs3_documented_vector() -> None:
    empty = hashlib.sha256(b"").hexdigest()
    headers = {
        "host": "ecs.cn-shanghai.aliyuncs.com",
        "x-acs-action": "RunInstances",
        "x-acs-version": "2014-05-26",
        "x-acs-date": "2023-10-26T10:22:32Z",
        "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
        "x-acs-content-sha256": empty,
    }
    query = [("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"), ("RegionId", "cn-shanghai")]
    authorization = alibaba_vod.acs3_authorization(
        "POST", "/", query, headers, empty, access_key_id="YourAccessKeyId", secret="YourAccessKeySecret"
    )
    assert authorization.endswith("Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")
    assert "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version," in (
        authorization
    )


def test_huawei_documented_vector() -> None:
    headers = {
        "Content-Type": "application/json",
        "Host": "service.region.example.com",
        "X-Sdk-Date": "20191115T033655Z",
    }
    path = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
    query = [("limit", "2"), ("marker", "13551d6b-755d-4757-b956-536f674975c0")]
    canonical, _signed = huawei_moderation.canonical_request("GET", path, query, headers, b"")
    assert hashlib.sha256(canonical.encode()).hexdigest() == (
        "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"
    )
    authorization = huawei_moderation.sign(
        "GET", path, query, headers, b"", access_key="AK", secret_key="MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"
    )
    assert authorization == (
        "SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, "
        "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"
    )


def test_smile_signature_vector() -> None:
    signature = smile_identity.generate_signature("test-api-key", "085", "2024-01-01T00:00:00.000Z")
    assert signature == "xrmz+m4KBT88bYAM+RCRIlfcyZF3DpAxrgvkyFzZZFE="
    assert smile_identity.verify_signature("test-api-key", "085", "2024-01-01T00:00:00.000Z", signature)
    assert not smile_identity.verify_signature("test-api-key", "85", "2024-01-01T00:00:00.000Z", signature)

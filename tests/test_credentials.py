"""Missing or malformed credentials: a clear CredentialsError naming what is missing, before any request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from _loopback import Received, Reply, serve

import imagejobs
from imagejobs import alibaba_vod, huawei_moderation, sasha, smile_identity, tic_lens
from imagejobs_generated.tic_lens.api.capabilities import get_capabilities


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("IMAGEJOBS_"):
            monkeypatch.delenv(name)


def _no_network() -> dict[str, Any]:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.url}")

    return {"transport": httpx.MockTransport(refuse)}


MISSING: list[tuple[Callable[..., Any], tuple[str, ...]]] = [
    (sasha.client, ("client_id", "client_secret")),
    (huawei_moderation.client, ("project_id", "token")),
    (smile_identity.client, ("partner_id", "api_key")),
    (alibaba_vod.client, ("access_key_id", "access_key_secret")),
    (tic_lens.client, ("api_key",)),
]


@pytest.mark.parametrize(("factory", "missing"), MISSING, ids=lambda v: getattr(v, "__module__", ""))
def test_missing_credentials_are_named(factory: Callable[..., Any], missing: tuple[str, ...]) -> None:
    with pytest.raises(imagejobs.CredentialsError) as err:
        factory(httpx_args=_no_network())
    assert err.value.missing == missing
    vendor = factory.__module__.split(".")[-1]
    for name in missing:
        assert f"{name} (or IMAGEJOBS_{vendor.upper()}_{name.upper()})" in str(err.value)


def test_huawei_ak_without_sk_names_sk() -> None:
    with pytest.raises(imagejobs.CredentialsError) as err:
        huawei_moderation.client(project_id="p", ak="AK")
    assert err.value.missing == ("sk",)


def test_huawei_password_without_domain_names_domain() -> None:
    with pytest.raises(imagejobs.CredentialsError) as err:
        huawei_moderation.client(project_id="p", username="u", password="pw")
    assert err.value.missing == ("domain_name",)


@pytest.mark.parametrize(
    ("factory", "kwargs", "reason"),
    [
        (sasha.client, {"client_id": "c", "client_secret": "line\r\nbreak"}, "client_secret is empty or holds control"),
        (tic_lens.client, {"api_key": "   "}, "api_key is empty"),
        (smile_identity.client, {"partner_id": "1", "api_key": "k", "environment": "staging"}, "environment must be"),
        (
            smile_identity.client,
            {"partner_id": "abc", "api_key": "k", "scheme": "sec_key"},
            "partner_id must be numeric",
        ),
        (smile_identity.client, {"partner_id": "1", "api_key": "not-a-key", "scheme": "sec_key"}, "not an RSA public"),
        (alibaba_vod.client, {"access_key_id": "a", "access_key_secret": "b", "signature": "v2"}, "signature must be"),
        *[
            (huawei_moderation.client, {"project_id": bad, "ak": "a", "sk": "b"}, "project_id must be")
            for bad in ("..", ".", "p/q", "p?x", "p#x", "p q")
        ],
    ],
)
def test_malformed_credentials_are_explained(factory: Callable[..., Any], kwargs: dict[str, Any], reason: str) -> None:
    with pytest.raises(imagejobs.CredentialsError) as err:
        factory(**kwargs, httpx_args=_no_network())
    assert reason in str(err.value)
    for name in ("client_secret", "api_key", "access_key_secret"):  # a secret's value is never echoed
        if len(kwargs.get(name, "").strip()) > 3:
            assert kwargs[name] not in str(err.value)


def test_environment_variables_supply_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    def handler(received: Received) -> Reply:
        if received.header("x-api-key") != "from-env":
            return Reply(401, {"title": "Unauthorized"})
        return Reply(200, {"analyzers": [], "gpuAvailable": False})

    with serve(handler) as server:
        monkeypatch.setenv("IMAGEJOBS_TIC_LENS_API_KEY", "from-env")
        monkeypatch.setenv("IMAGEJOBS_TIC_LENS_BASE_URL", server.url)
        capabilities = get_capabilities.sync(client=tic_lens.client())
    assert capabilities.gpu_available is False


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMAGEJOBS_ALIBABA_VOD_ACCESS_KEY_ID", "env-id")
    monkeypatch.setenv("IMAGEJOBS_ALIBABA_VOD_ACCESS_KEY_SECRET", "env-secret")
    monkeypatch.setenv("IMAGEJOBS_ALIBABA_VOD_REGION", "cn-beijing")
    client = alibaba_vod.client(access_key_id="arg-id")
    assert client.get_httpx_client().base_url == httpx.URL("https://vod.cn-beijing.aliyuncs.com")
    assert "arg-id" in repr(client.get_httpx_client().auth)


def test_huawei_region_and_project_make_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMAGEJOBS_HUAWEI_MODERATION_PROJECT_ID", "0123abc")
    client = huawei_moderation.client(region="cn-north-4", token="t")
    assert str(client.get_httpx_client().base_url) == "https://moderation.cn-north-4.myhuaweicloud.com/v2/0123abc/"


def test_smile_environments() -> None:
    test = smile_identity.client(partner_id="1", api_key="k")
    production = smile_identity.client(partner_id="1", api_key="k", environment="production")
    assert str(test.get_httpx_client().base_url) == "https://testapi.smileidentity.com/v1/"
    assert str(production.get_httpx_client().base_url) == "https://api.smileidentity.com/v1/"


def test_failing_provider_is_a_credentials_error_without_its_message() -> None:
    def provider() -> imagejobs.AccessKey:
        raise RuntimeError("vault said: secret=hunter2")

    client = alibaba_vod.client(credentials=provider, httpx_args=_no_network())
    with pytest.raises(imagejobs.CredentialsError) as err:
        client.get_httpx_client().post("/GetAIImageJobs", params={"JobIds": "a"})
    assert "hunter2" not in str(err.value) and "RuntimeError" in str(err.value)


def test_provider_returning_nothing_usable_is_a_credentials_error() -> None:
    client = huawei_moderation.client(
        project_id="p", credentials=lambda: imagejobs.AccessKey.of("", ""), httpx_args=_no_network()
    )
    with pytest.raises(imagejobs.CredentialsError):
        client.get_httpx_client().get("/moderation/image/batch/jobs")


def test_httpx_args_may_not_replace_auth() -> None:
    with pytest.raises(imagejobs.UsageError, match="httpx_args"):
        tic_lens.client(api_key="k", httpx_args={"auth": ("u", "p")})

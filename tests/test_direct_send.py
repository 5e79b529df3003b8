"""The short paths in imagejobs/_http.py: the direct send (what httpx's ``send`` would do still happens; what it does
not cover, event hooks and proxies from the environment, goes through httpx's own machinery) and the one-parse URL join
(the same URL httpx builds)."""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any

import httpx
import pytest
from _loopback import Received, Reply, serve
from hypothesis import example, given, settings
from hypothesis import strategies as st

from imagejobs import sasha, tic_lens
from imagejobs._auth import canonical_query, with_raw_query
from imagejobs._http import ImageJobsHTTPClient

GUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
JOB = {"sentinelJobGuid": GUID, "status": "processing", "progress": 40}


def _lens(url: str, **httpx_args: Any) -> Any:
    return tic_lens.client(api_key="k", base_url=url, httpx_args=httpx_args)


def _no_httpx_send(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("httpx's send machinery was used")

    monkeypatch.setattr(httpx.Client, "_send_single_request", refuse)
    monkeypatch.setattr(httpx.AsyncClient, "_send_single_request", refuse)


def test_a_default_client_sends_directly_and_keeps_what_httpx_would(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _no_httpx_send(monkeypatch)
    caplog.set_level(logging.INFO, logger="httpx")
    with serve(lambda r: Reply(200, JOB, {"Set-Cookie": "lb=node-7; Path=/"})) as server:
        http = _lens(server.url).get_httpx_client()
        first = http.get(f"/sentinel/jobs/{GUID}")
        http.get(f"/sentinel/jobs/{GUID}")
        http.close()
        with pytest.raises(RuntimeError, match="closed"):
            http.get(f"/sentinel/jobs/{GUID}")
    assert first.json() == JOB and first.elapsed.total_seconds() > 0
    assert server.received[0].header("x-api-key") == "k"
    assert server.received[1].header("Cookie") == "lb=node-7"  # the jar learnt the cookie from the first answer
    assert any("HTTP Request: GET" in record.getMessage() for record in caplog.records)


def test_the_token_flow_runs_on_the_direct_path(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_httpx_send(monkeypatch)

    def handler(received: Received) -> Reply:
        if received.path == "/oauth/token":
            return Reply(200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600})
        if received.header("Authorization") != "Bearer tok":
            return Reply(401, {"error": "unauthorized"})
        return Reply(200, {"job": {"job_id": "j", "type": "embed-signature", "status": "pending"}})

    with serve(handler) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url)
        answer = client.get_httpx_client().get("/jobs/j")
    assert answer.json()["job"]["job_id"] == "j"
    assert [r.path for r in server.received] == ["/oauth/token", "/jobs/j"]


def test_event_hooks_are_honoured_through_httpx_send() -> None:
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(request.url.path)]}
    with serve(lambda r: Reply(200, JOB)) as server:
        _lens(server.url, event_hooks=hooks).get_httpx_client().get(f"/sentinel/jobs/{GUID}")
    assert seen == [f"/sentinel/jobs/{GUID}"]


def test_async_default_client_sends_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_httpx_send(monkeypatch)

    async def main(url: str) -> Any:
        async with _lens(url).get_async_httpx_client() as http:
            return (await http.get(f"/sentinel/jobs/{GUID}")).json()

    with serve(lambda r: Reply(200, JOB)) as server:
        assert asyncio.run(main(server.url)) == JOB


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_proxy_named_in_the_environment_is_used(monkeypatch: pytest.MonkeyPatch, flavour: str) -> None:
    """A proxy from HTTP_PROXY is honoured: the factory then leaves the transport (and its proxy mounts) to httpx."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve(lambda r: Reply(200, JOB)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        # plain HTTP to a host that is not loopback: only with the explicit opt-in
        client = tic_lens.client(api_key="k", base_url="http://lens.example.invalid", allow_insecure_http=True)
        if flavour == "sync":
            answer = client.get_httpx_client().get(f"/sentinel/jobs/{GUID}").json()
        else:

            async def main() -> Any:
                async with client.get_async_httpx_client() as http:
                    return (await http.get(f"/sentinel/jobs/{GUID}")).json()

            answer = asyncio.run(main())
    assert answer == JOB
    # a proxy receives the absolute URL as the request target
    assert proxy.received[0].target == f"http://lens.example.invalid/sentinel/jobs/{GUID}"


BASES = [
    "http://127.0.0.1:8080",
    "https://vod.cn-shanghai.aliyuncs.com",
    "http://[::1]:9000/v1",
    "https://münchen.example/api/v2/",
    "http://host/a%20b",
    "http://host:80/x?k=v",
    "http://u:p@host/",
]
#: Any character, often one that means something in a URL.
_CHAR = st.one_of(st.sampled_from("/?#%:@+&=;.~*'!$,[] "), st.characters(codec="utf-8", exclude_categories=("Cs",)))
_TEXT = st.text(_CHAR, max_size=12)
_VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _TEXT)
_PARAMS = st.one_of(
    st.none(),
    st.dictionaries(_TEXT, st.one_of(_VALUE, st.lists(_VALUE, max_size=3)), max_size=4),
    st.lists(st.tuples(_TEXT, _VALUE), max_size=4),
)


@functools.cache
def _clients(base: str) -> tuple[httpx.Client, httpx.Client]:
    return ImageJobsHTTPClient(vendor="x", error_parser=None, base_url=base), httpx.Client(base_url=base)


@settings(max_examples=400, deadline=None)
@example(base=BASES[0], path="//evil.example/x", params=None)
@example(base=BASES[2], path="/a/../b/./c%2f%zz", params={"q": ["a b", "+"]})
@example(base=BASES[0], path="/", params={"": []})  # encodes to nothing, yet httpx leaves a bare "?"
@given(base=st.sampled_from(BASES), path=st.one_of(_TEXT.map(lambda t: "/" + t), _TEXT), params=_PARAMS)
@pytest.mark.slow
def test_one_parse_join_gives_httpx_own_url(base: str, path: str, params: Any) -> None:
    """The one-parse join (imagejobs/_direct.py, join_once) against httpx's own merge, for any path and params."""
    outcomes = []
    for client in _clients(base):
        try:
            outcomes.append(client.build_request("GET", path, params=params).url)
        except (httpx.InvalidURL, TypeError) as exc:
            outcomes.append(type(exc))
    assert outcomes[0] == outcomes[1]
    if isinstance(outcomes[0], httpx.URL):
        assert isinstance(outcomes[1], httpx.URL) and outcomes[0].raw_path == outcomes[1].raw_path


def _path_as_parsed(text: str) -> str:
    """A path as signers take it: from a URL httpx has parsed, so already percent-encoded."""
    printable = "".join(c for c in text if c.isprintable() and c not in "?#")
    return httpx.URL(f"http://h/{printable}").raw_path.decode("ascii").split("?")[0]


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from([b for b in BASES if "@" not in b and "?" not in b]),
    path=st.one_of(st.sampled_from(["", "/", "/v2/p/moderation", "/a%20b/c"]), _TEXT.map(_path_as_parsed)),
    pairs=st.lists(st.tuples(_TEXT, _TEXT), max_size=4),
)
def test_signed_query_put_on_the_wire_as_httpx_would(base: str, path: str, pairs: list[tuple[str, str]]) -> None:
    """with_raw_query (imagejobs/_auth.py) parses the new URL's text once; httpx's copy_with must agree with it."""
    request = httpx.Request("POST", httpx.URL(base).join("GetAIImageJobs"))
    expected = request.url.copy_with(raw_path=(path + f"?{canonical_query(pairs)}" * bool(pairs)).encode())
    with_raw_query(request, path, canonical_query(pairs))
    assert request.url == expected and request.url.raw_path == expected.raw_path and request.url.host == expected.host

"""Token caching: one fetch for many concurrent requests, refresh before expiry, one refresh-and-retry on 401."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from _loopback import Received, Reply, serve
from test_wire import SASHA_JOB

import imagejobs
from imagejobs import sasha
from imagejobs_generated.sasha.api.jobs import get_job, list_jobs


class TokenServer:
    """SASHA-like: issues numbered tokens; can make token issue slow, tokens short-lived, or reject all tokens."""

    def __init__(self, *, expires_in: float = 3600, token_delay: float = 0.0, reject_all: bool = False) -> None:
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.reject_all = reject_all
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, received: Received) -> Reply:
        if received.path == "/oauth/token":
            time.sleep(self.token_delay)
            with self._lock:
                token = f"tok-{len(self.issued) + 1}"
                self.issued.append(token)
            return Reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in})
        bearer = (received.header("Authorization") or "").removeprefix("Bearer ")
        if self.reject_all or bearer not in self.issued or bearer in self.revoked:
            return Reply(401, {"error": {"code": "unauthorized", "message": "token expired or revoked"}})
        return Reply(200, {"job": SASHA_JOB | {"seen": bearer}})

    def api_calls(self, server_received: list[Received]) -> int:
        return sum(1 for r in server_received if r.path != "/oauth/token")


def test_concurrent_threads_share_one_token_fetch() -> None:
    tokens = TokenServer(token_delay=0.2)
    with serve(tokens) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url)
        with ThreadPoolExecutor(max_workers=16) as pool:
            jobs = list(pool.map(lambda _: get_job.sync("j", client=client), range(32)))
    assert tokens.issued == ["tok-1"]
    assert {job.job.additional_properties["seen"] for job in jobs} == {"tok-1"}


def test_concurrent_tasks_share_one_token_fetch() -> None:
    tokens = TokenServer(token_delay=0.2)

    async def main(base_url: str) -> list[object]:
        client = sasha.client(client_id="c", client_secret="s", base_url=base_url)
        return await asyncio.gather(*(get_job.asyncio("j", client=client) for _ in range(32)))

    with serve(tokens) as server:
        jobs = asyncio.run(main(server.url))
    assert tokens.issued == ["tok-1"] and len(jobs) == 32


def test_token_is_refreshed_before_it_expires() -> None:
    tokens = TokenServer(expires_in=1)  # lives 1 s: refreshed at half its life
    with serve(tokens) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url)
        assert get_job.sync("j", client=client).job.additional_properties["seen"] == "tok-1"
        assert get_job.sync("j", client=client).job.additional_properties["seen"] == "tok-1"
        time.sleep(0.6)
        assert get_job.sync("j", client=client).job.additional_properties["seen"] == "tok-2"
    assert tokens.issued == ["tok-1", "tok-2"]


def test_a_401_refreshes_once_and_retries_once() -> None:
    tokens = TokenServer()
    with serve(tokens) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url)
        get_job.sync("j", client=client)
        tokens.revoked.add("tok-1")  # the vendor revokes the token
        job = get_job.sync("j", client=client)
        assert job.job.additional_properties["seen"] == "tok-2"
        assert tokens.api_calls(server.received) == 3  # first call, refused call, its one retry


def test_a_401_that_persists_is_raised_not_looped() -> None:
    tokens = TokenServer(reject_all=True)
    with serve(tokens) as server:
        client = sasha.client(client_id="c", client_secret="s", base_url=server.url)
        with pytest.raises(imagejobs.AuthenticationError) as err:
            list_jobs.sync(client=client)
        assert tokens.issued == ["tok-1", "tok-2"]
        assert tokens.api_calls(server.received) == 2
    assert err.value.code == "unauthorized"


def test_async_401_refresh_and_retry() -> None:
    tokens = TokenServer()

    async def main(base_url: str) -> str:
        client = sasha.client(client_id="c", client_secret="s", base_url=base_url)
        await get_job.asyncio("j", client=client)
        tokens.revoked.add("tok-1")
        job = await get_job.asyncio("j", client=client)
        return str(job.job.additional_properties["seen"])

    with serve(tokens) as server:
        assert asyncio.run(main(server.url)) == "tok-2"

"""A downstream module checked with mypy --strict against the installed wheel (tests/test_packaging.py).

Each ``reveal_type`` line's expected result is in the test; the last call is a misspelt keyword mypy must report.
"""

from typing import reveal_type

import imagejobs
from imagejobs import sasha, tic_lens
from imagejobs.errors import APIStatusError

client = sasha.client(client_id="id", client_secret="secret")
reveal_type(client)
source = sasha.jobs(client)
reveal_type(source)
job = source.get("j-1")
reveal_type(job)
reveal_type(job.state)
reveal_type(tic_lens.jobs(tic_lens.client(api_key="k")).list())
reveal_type(imagejobs.spec_versions()["sasha"].sha256)
reveal_type(imagejobs.RetryPolicy(max_retries=2))


def status(exc: APIStatusError) -> int:
    return exc.status_code


sasha.client(client_idd="id")

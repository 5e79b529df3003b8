"""The error tree users know from openai-python, drawn in the README, kept by this test."""

from __future__ import annotations

import re
from pathlib import Path

import imagejobs
from imagejobs import errors

README = Path(__file__).resolve().parent.parent / "README.md"

#: child -> parent, the whole tree (openai-python's shape where the names are shared).
TREE = {
    "UnknownVendorError": "ImageJobsError",
    "UsageError": "ImageJobsError",
    "MissingDependencyError": "ImageJobsError",  # also an ImportError
    "CredentialsError": "ImageJobsError",
    "SignatureError": "ImageJobsError",
    "ReplayError": "SignatureError",
    "ResponseError": "ImageJobsError",
    "APIStatusError": "ImageJobsError",
    "BadRequestError": "APIStatusError",
    "AuthenticationError": "APIStatusError",
    "PermissionDeniedError": "APIStatusError",
    "NotFoundError": "APIStatusError",
    "JobExpiredError": "NotFoundError",
    "ConflictError": "APIStatusError",
    "RateLimitError": "APIStatusError",
    "ServerError": "APIStatusError",
    "CrossOriginRedirectError": "APIStatusError",
    "UnsupportedOperation": "ImageJobsError",
    "TransportError": "ImageJobsError",
    "APIConnectionError": "TransportError",
    "APITimeoutError": "APIConnectionError",
    "OutcomeUnknownError": "TransportError",
}


def test_every_error_has_the_parent_of_the_tree() -> None:
    assert set(TREE) | {"ImageJobsError"} == set(errors.__all__)
    assert issubclass(errors.MissingDependencyError, ImportError)
    for child, parent in TREE.items():
        cls = getattr(errors, child)
        own = [base for base in cls.__bases__ if issubclass(base, errors.ImageJobsError)]
        assert [base.__name__ for base in own] == [parent], child
        assert getattr(imagejobs, child) is cls


def test_openai_shape() -> None:
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert not issubclass(errors.PermissionDeniedError, errors.AuthenticationError)
    assert not issubclass(errors.AuthenticationError, errors.PermissionDeniedError)
    timeout = errors.APITimeoutError("sasha: GET /jobs/j: ReadTimeout")
    try:
        raise timeout
    except errors.APIConnectionError as caught:  # what openai-python users write
        assert caught is timeout


def _drawn_tree() -> dict[str, str]:
    """child -> parent from the README's drawing (a fenced block of names indented by their depth)."""
    text = README.read_text(encoding="utf-8")
    block = text.split("```text\nImageJobsError\n", 1)[1].split("```", 1)[0]
    stack: list[tuple[int, str]] = [(-1, "ImageJobsError")]
    drawn = {}
    for line in block.splitlines():
        match = re.match(r"^([ │├└─]*)(\w+)", line)
        assert match, line
        depth, name = len(match.group(1)), match.group(2)
        while stack[-1][0] >= depth:
            stack.pop()
        drawn[name] = stack[-1][1]
        stack.append((depth, name))
    return drawn


def test_the_readme_draws_the_tree() -> None:
    assert _drawn_tree() == TREE

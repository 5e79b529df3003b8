"""Where credentials come from: a keyword argument, else ``IMAGEJOBS_<VENDOR>_<FIELD>`` in the environment.

Secrets are held as :class:`pydantic.SecretStr`, whose ``repr`` and ``str`` never show the value, so a client or auth
object can be printed, logged or put in an exception without leaking anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import SecretStr

from ._origin import base_url_problem, region_problem
from ._redact import remember
from .errors import CredentialsError, UsageError

T = TypeVar("T")


def env_name(vendor: str, name: str) -> str:
    return f"IMAGEJOBS_{vendor}_{name}".upper()


@dataclass
class Settings:
    """Resolves a vendor's settings, collecting every missing one so the error names them all at once."""

    vendor: str
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    missing: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)

    def value(self, name: str, given: str | None, *, required: bool = False, default: str | None = None) -> str | None:
        if given is not None and not isinstance(given, str):  # named, never shown: it may be a secret
            self.malformed.append(f"{name} must be text, not {type(given).__name__}")
            return None
        if given is None:
            given = self.environ.get(env_name(self.vendor, name)) or None
        if given is None:
            given = default
        if given is None and required:
            self.missing.append(name)
        if given is not None and (not given.strip() or any(ord(c) < 32 or ord(c) == 127 for c in given)):
            self.malformed.append(f"{name} is empty or holds control characters")
        return given

    def secret(self, name: str, given: str | SecretStr | None, *, required: bool = False) -> SecretStr | None:
        if isinstance(given, SecretStr):
            remember(given.get_secret_value())
            return given
        value = self.value(name, given, required=required)
        remember(value)
        return None if value is None else SecretStr(value)

    def url(
        self, name: str, given: str | None, *, default: str | None = None, allow_insecure_http: bool = False
    ) -> str | None:
        """A URL that will receive credentials: https (plain http only to loopback or when explicitly allowed), no
        userinfo, query or fragment."""
        value = self.value(name, given, default=default)
        if value is not None and (problem := base_url_problem(name, value, allow_insecure_http=allow_insecure_http)):
            self.malformed.append(problem)
        return value

    def region(self, name: str, given: str | None, *, default: str) -> str | None:
        """A region name, which becomes part of a host name: nothing that could end it or start another (None when it
        is not one: the problem is recorded)."""
        value = self.value(name, given, default=default)
        if value is not None and (problem := region_problem(name, value)):
            self.malformed.append(problem)
            return None
        return value

    def check_types(self, **given: object) -> None:
        """Note every given argument that is neither text nor a SecretStr (also those this configuration ignores)."""
        for name, value in given.items():
            if value is not None and not isinstance(value, str | SecretStr):
                self.malformed.append(f"{name} must be text, not {type(value).__name__}")

    def check_callable(self, name: str, value: object, *, text: bool = False) -> None:
        """A provider argument: a callable (or, where ``text``, also text or a SecretStr)."""
        if value is None or callable(value) or (text and isinstance(value, str | SecretStr)):
            return
        self.malformed.append(f"{name} must be {'text or ' if text else ''}a callable, not {type(value).__name__}")

    def invalid(self, reason: str) -> None:
        self.malformed.append(reason)

    def require_all(self, hint: str = "") -> None:
        """Raise :class:`CredentialsError` naming every missing or malformed setting (never its value)."""
        problems = []
        if self.missing:
            names = ", ".join(f"{name} (or {env_name(self.vendor, name)})" for name in self.missing)
            problems.append(f"missing {names}")
        problems.extend(self.malformed)
        if problems:
            text = "; ".join(problems) + (f"; {hint}" if hint else "")
            raise CredentialsError(self.vendor, text, missing=tuple(self.missing))


def call_provider(vendor: str, provider: Callable[[], T]) -> T:
    """Ask a credentials provider for fresh values; its failure is a :class:`CredentialsError`, its message kept out."""
    try:
        return provider()
    except CredentialsError:
        raise
    except Exception as exc:  # a provider may fail in any way; never echo its message, it may hold a secret
        raise CredentialsError(vendor, f"the credentials provider failed ({type(exc).__name__})") from None


@dataclass(frozen=True)
class AccessKey:
    """An access key pair with an optional security token (Huawei AK/SK, Alibaba AccessKey, STS credentials).

    A provider callable returning one of these is asked before every request, so short-lived credentials rotate
    without a new client. ``repr`` shows the key id only.
    """

    id: str
    secret: SecretStr
    security_token: SecretStr | None = None

    def __post_init__(self) -> None:
        # Named, never shown: a misplaced argument may be a secret.
        if not isinstance(self.id, str):
            raise UsageError(f"AccessKey.id must be text, not {type(self.id).__name__}")
        for name, value in (("secret", self.secret), ("security_token", self.security_token)):
            if value is not None and not isinstance(value, SecretStr):
                raise UsageError(
                    f"AccessKey.{name} must be a SecretStr (AccessKey.of takes text), not {type(value).__name__}"
                )

    def __repr__(self) -> str:
        token = ", security_token='**********'" if self.security_token is not None else ""
        return f"AccessKey(id={self.id!r}, secret='**********'{token})"

    @classmethod
    def of(cls, id: str, secret: str | SecretStr, security_token: str | SecretStr | None = None) -> AccessKey:
        def wrap(value: str | SecretStr) -> SecretStr:
            if not isinstance(value, str | SecretStr):
                raise UsageError(f"AccessKey.of takes text or SecretStr, not {type(value).__name__}")
            remember(value.get_secret_value() if isinstance(value, SecretStr) else value)
            return value if isinstance(value, SecretStr) else SecretStr(value)

        return cls(id, wrap(secret), None if security_token is None else wrap(security_token))


#: Where an auth flow gets its access key each time it signs: a fixed key or a provider of fresh ones.
AccessKeySource = AccessKey | Callable[[], AccessKey]


def current_key(vendor: str, source: AccessKeySource) -> AccessKey:
    key = source if isinstance(source, AccessKey) else call_provider(vendor, source)
    if not isinstance(key, AccessKey) or not key.id or not key.secret.get_secret_value():
        raise CredentialsError(vendor, "the credentials provider returned no usable access key")
    if key is not source:  # a provider's fresh key: its values are secrets too
        remember(key.secret.get_secret_value())
        remember(None if key.security_token is None else key.security_token.get_secret_value())
    return key

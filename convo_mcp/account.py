"""One Convo account on one API host: the identity every per-account thing is named by.

An :class:`Account` is the base URL plus the API key (kept as a ``SecretStr``). Its :attr:`~Account.id`
is the one digest that names the account's cache file, index file and Redis namespace (and, in a
shared database, its rows), so two accounts, or a sandbox and production, never share anything and
the key never appears on disk. The key is unwrapped in two places only: here (to hash it and to
keep it out of logs) and in the bearer auth that sends it. (The key box seals a key as the sign-in
form hands it over, before it is ever an Account.)

Also here, because every entry point needs them before anything is sent: :func:`looks_like_key`
(the shape of a Convo key) and :func:`loopback` (whether a host is this machine).
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from convo_mcp.log import register_secret

_KEY = re.compile(r"convo_[A-Za-z0-9_\-]{8,200}")


def looks_like_key(key: str) -> bool:
    """The shape of a Convo key (``convo_…``), checked before anything is sent."""
    return _KEY.fullmatch(key.strip()) is not None


def loopback(host: str | None) -> bool:
    """Whether a host name or address is this machine (``localhost``, ``127.0.0.0/8``, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Account:
    base_url: str
    key: SecretStr

    def __post_init__(self) -> None:
        if not self._plain():
            raise ValueError("an account needs a key")

    def _plain(self) -> str:  # hashed and redacted here; sent by the bearer auth, sealed by the key box
        return self.key.get_secret_value()

    @classmethod
    def of(cls, base_url: str, key: str | SecretStr) -> Account:
        return cls(base_url, key if isinstance(key, SecretStr) else SecretStr(key))

    @property
    def id(self) -> str:
        """First 16 hex digits of SHA-256(base URL without a trailing slash, key): stable, and
        reveals nothing of the key. The only place this digest is computed."""
        return hashlib.sha256(f"{self.base_url.rstrip('/')}\n{self._plain()}".encode()).hexdigest()[:16]

    @property
    def well_formed(self) -> bool:
        return looks_like_key(self._plain())

    def redact(self) -> None:
        """Keep the key out of every log line from now on."""
        register_secret(self._plain())

    def cache_file(self, cache_dir: Path) -> Path:
        return cache_file(cache_dir, self.id)

    def index_file(self, cache_dir: Path) -> Path:
        return index_file(cache_dir, self.id)

    def __repr__(self) -> str:  # never the key, even in a traceback
        return f"Account({self.base_url!r}, id={self.id})"


def cache_file(cache_dir: Path, account_id: str) -> Path:
    """The persistent cache file of the account with this id."""
    return cache_dir / f"convo-{account_id}.sqlite3"


def index_file(cache_dir: Path, account_id: str) -> Path:
    """The search index file of the account with this id."""
    return cache_dir / f"search-{account_id}.sqlite3"


def owner_id(base_url: str, email: str) -> str:
    """The id of the person a key belongs to (their Convo profile's email on that API host), in the
    account id's form: every key they make names the same rows. Reveals nothing of the email."""
    return hashlib.sha256(f"{base_url.rstrip('/')}\nowner\n{email.strip().casefold()}".encode()).hexdigest()[:16]

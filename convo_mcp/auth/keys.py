"""Secrets of the OAuth mode: people's Convo keys encrypted at rest, tokens stored as hashes.

``CONVO_MCP_SECRET_KEY`` holds one or more Fernet keys, comma-separated: the first encrypts new
keys, all of them decrypt, so the server key rotates by putting a new key first and dropping the old
one once every grant has been refreshed or has expired. Tokens and codes are 256-bit random values;
only their SHA-256 digests are stored, so a copy of the store gives no usable token.
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from convo_mcp.errors import ConfigError


class SecretKeyError(ConfigError):
    """CONVO_MCP_SECRET_KEY is missing or not Fernet keys."""


HOW_TO = ('generate one with: python -c "from cryptography.fernet import Fernet; '
          'print(Fernet.generate_key().decode())"')


class KeyBox:
    """Encrypts and decrypts Convo keys with the server's Fernet keys (newest first)."""

    def __init__(self, secret: str | None) -> None:
        parts = [p.strip() for p in (secret or "").split(",") if p.strip()]
        if not parts:
            raise SecretKeyError(
                f"OAuth mode keeps people's Convo keys encrypted: set CONVO_MCP_SECRET_KEY ({HOW_TO}).")
        try:
            self._fernet = MultiFernet([Fernet(p.encode()) for p in parts])
        except ValueError:
            raise SecretKeyError(
                f"CONVO_MCP_SECRET_KEY must be Fernet keys (32 url-safe base64 bytes each), comma-separated ({HOW_TO})."
            ) from None

    def seal(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def reseal(self, ciphertext: str) -> str | None:
        """The same plaintext sealed under the newest key, or None when no configured key opens it."""
        try:
            return self._fernet.rotate(ciphertext.encode()).decode()
        except InvalidToken:
            return None

    def open(self, ciphertext: str) -> str | None:
        """The plaintext, or None when no configured key decrypts it (a retired server key)."""
        try:
            return self._fernet.decrypt(ciphertext.encode()).decode()
        except InvalidToken:
            return None


def new_token() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """What the store keeps of a token or code."""
    return hashlib.sha256(token.encode()).hexdigest()

"""Settings, read from the environment (and nothing else by default).

| variable                  | meaning                                             | default |
|---------------------------|-----------------------------------------------------|---------|
| CONVO_API_KEY             | the Convo API key (``convo_…``)                     | none    |
| CONVO_BASE_URL            | API base URL                                        | https://www.itsconvo.com/api/v1 |
| CONVO_WEBHOOK_SECRET      | webhook signing secret(s), comma-separated          | none    |
| CONVO_MCP_CACHE_DIR       | folder of the persistent cache                      | user cache dir |
| CONVO_MCP_PERSISTENT_CACHE| ``false`` turns the persistent cache off            | true    |
| CONVO_MCP_HTTP_TOKEN      | bearer token for the HTTP transport                 | none    |
| CONVO_MCP_SECRET_KEY      | OAuth mode: Fernet key(s) for people's Convo keys   | none    |
| CONVO_MCP_REDIS_URL       | shared state for replicas (and OAuth grants)        | none    |
| CONVO_MCP_REDIS_TIMEOUT   | seconds before a Redis operation gives up           | 1       |
| CONVO_MCP_REDIS_RETRY     | seconds between reconnection attempts               | 3       |
| CONVO_MCP_DATABASE_URL    | PostgreSQL for the cache and the index (a secret)   | none    |
| CONVO_MCP_DATABASE_POOL   | most connections to the database per process        | 10      |
| CONVO_MCP_DATABASE_WAIT   | seconds to wait for a free database connection      | 30      |
| CONVO_MCP_SEARCH_INDEX    | ``false`` turns the local full-text index off       | true    |
| CONVO_MCP_INDEX_BACKGROUND| ``false``: index only what tools fetch              | true    |
| CONVO_MCP_INDEX_SHARE     | most of what the hour has left the indexer may use  | 0.5     |
| CONVO_MCP_MEMORY_MB       | MiB held for every account's vectors, calibration,  | 128     |
|                           | commitments and memory cache together               |         |
| CONVO_MCP_LOG_LEVEL       | debug, info, warning, error                         | info    |
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from convo_mcp.account import Account
from convo_mcp.errors import NotConfiguredError
from convo_mcp.memory import DEFAULT_MB

if TYPE_CHECKING:
    pass

DEFAULT_BASE_URL = "https://www.itsconvo.com/api/v1"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "convo-mcp"


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    api_key: SecretStr | None = Field(default=None, validation_alias=_env("CONVO_API_KEY", "api_key"))
    base_url: str = Field(default=DEFAULT_BASE_URL, validation_alias=_env("CONVO_BASE_URL", "base_url"))
    # Where the person sets the key when a host does it for them (the Claude Desktop bundle sets it):
    # "no key" then points there, not at an environment variable they never see.
    configured_in: str | None = Field(default=None, validation_alias=_env("CONVO_MCP_CONFIGURED_IN", "configured_in"))

    # timeouts, seconds
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    ai_timeout: float = Field(default=120.0, description="read timeout of the four AI POSTs")
    tool_deadline: float = Field(
        default=60.0, gt=0, validation_alias=_env("CONVO_MCP_TOOL_DEADLINE", "tool_deadline"),
        description="longest a read or cross-meeting tool call runs; fan-outs then answer with what they have",
    )
    ai_deadline: float = Field(
        default=150.0, gt=0, validation_alias=_env("CONVO_MCP_AI_DEADLINE", "ai_deadline"),
        description="longest a tool call that spends an AI generation runs",
    )

    # retries and pacing
    max_retries: int = Field(default=2, ge=0, le=5)
    retry_after_cap: float = Field(default=20.0, ge=0, description="longest wait on a 429 before failing")
    budget_reserve: float = Field(default=0.10, ge=0, le=0.9, description="hourly budget kept back by fan-outs")

    # cache
    cache_dir: Path = Field(
        default_factory=default_cache_dir, validation_alias=_env("CONVO_MCP_CACHE_DIR", "cache_dir")
    )
    persistent_cache: bool = Field(
        default=True, validation_alias=_env("CONVO_MCP_PERSISTENT_CACHE", "persistent_cache")
    )
    memory_cache_entries: int = Field(default=1024, ge=16)
    memory_mb: int = Field(
        default=DEFAULT_MB, ge=8, le=1_048_576, validation_alias=_env("CONVO_MCP_MEMORY_MB", "memory_mb"),
        description="MiB this process holds in memory for every account together (vectors, calibrations, "
                    "commitments, the memory cache); past it the least recently used account lets go of its share",
    )
    list_ttl: float = 60.0
    profile_ttl: float = 300.0
    calendar_ttl: float = 300.0

    # the search index
    search_index: bool = Field(default=True, validation_alias=_env("CONVO_MCP_SEARCH_INDEX", "search_index"))
    index_background: bool = Field(
        default=True, validation_alias=_env("CONVO_MCP_INDEX_BACKGROUND", "index_background")
    )
    search_vectors: bool = Field(
        default=True, validation_alias=_env("CONVO_MCP_SEARCH_VECTORS", "search_vectors"),
        description="search by meaning too (a 16 MB model in the wheel, loaded at the first index write)",
    )
    search_second_stage: bool = Field(
        default=True, validation_alias=_env("CONVO_MCP_SEARCH_SECOND_STAGE", "search_second_stage"),
        description="re-read a question's best meetings with the stronger model, when its files are there",
    )
    model_dir: Path | None = Field(
        default=None, validation_alias=_env("CONVO_MCP_MODEL_DIR", "model_dir"),
        description="the stronger model's files (default: the cache folder's models/all-MiniLM-L6-v2)",
    )
    model_download: bool = Field(
        default=False, validation_alias=_env("CONVO_MCP_MODEL_DOWNLOAD", "model_download"),
        description="let the server download the stronger model (91 MB from the Hugging Face hub, checked)",
    )
    index_share: float = Field(
        default=0.5, ge=0, le=0.9, validation_alias=_env("CONVO_MCP_INDEX_SHARE", "index_share"),
        description="share of the hour's remaining requests the background indexer may use",
    )

    # webhooks and transports
    webhook_secrets: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, validation_alias=_env("CONVO_WEBHOOK_SECRET", "webhook_secrets")
    )
    http_token: SecretStr | None = Field(
        default=None, validation_alias=_env("CONVO_MCP_HTTP_TOKEN", "http_token")
    )
    http_body_timeout: float = Field(
        default=10.0, gt=0, validation_alias=_env("CONVO_MCP_HTTP_BODY_TIMEOUT", "http_body_timeout"),
        description="seconds an HTTP client has to send a whole request body",
    )
    http_client_limit: int = Field(
        default=32, ge=1, validation_alias=_env("CONVO_MCP_HTTP_CLIENT_LIMIT", "http_client_limit"),
        description="requests one client address may have open at once",
    )
    http_header_timeout: float = Field(
        default=10.0, gt=0, le=300, validation_alias=_env("CONVO_MCP_HTTP_HEADER_TIMEOUT", "http_header_timeout"),
        description="seconds a connection has to send a request's headers (from opening, or the last answer)",
    )
    http_idle_timeout: float = Field(
        default=5.0, gt=0, le=300, validation_alias=_env("CONVO_MCP_HTTP_IDLE_TIMEOUT", "http_idle_timeout"),
        description="seconds a connection may stay open with nothing sent after an answer",
    )
    http_connections_per_client: int = Field(
        default=50, ge=1, validation_alias=_env("CONVO_MCP_HTTP_CONNECTIONS_PER_CLIENT",
                                                "http_connections_per_client"),
        description="connections one client address may hold open, unfinished ones included",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias=_env("CONVO_MCP_TRUSTED_PROXIES", "trusted_proxies"),
        description="reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names the client",
    )
    secret_key: SecretStr | None = Field(
        default=None, validation_alias=_env("CONVO_MCP_SECRET_KEY", "secret_key"),
        description="OAuth mode: Fernet keys (comma-separated, newest first) that encrypt people's Convo keys",
    )
    access_token_ttl: int = Field(default=3600, ge=60, le=86_400, description="OAuth access token lifetime, s")
    refresh_token_ttl: int = Field(default=30 * 86_400, ge=3600, description="OAuth refresh token lifetime, s")
    redis_url: SecretStr | None = Field(
        default=None, validation_alias=_env("CONVO_MCP_REDIS_URL", "redis_url")
    )
    redis_timeout: float = Field(
        default=1.0, gt=0, le=30, validation_alias=_env("CONVO_MCP_REDIS_TIMEOUT", "redis_timeout"),
        description="socket timeout of every Redis operation; beyond it the replica works on its own",
    )
    redis_retry_interval: float = Field(
        default=3.0, gt=0, le=300, validation_alias=_env("CONVO_MCP_REDIS_RETRY", "redis_retry_interval"),
        description="seconds between reconnection attempts while Redis is unreachable",
    )
    redis_stale_retention: float = Field(
        default=86_400.0, ge=0, description="how long Redis keeps an entry past its TTL, to serve on failure"
    )
    database_url: SecretStr | None = Field(
        default=None, validation_alias=_env("CONVO_MCP_DATABASE_URL", "database_url"),
        description="PostgreSQL (postgresql://…) holding the cache and the search index of every account",
    )
    database_pool: int = Field(
        default=10, ge=1, le=500, validation_alias=_env("CONVO_MCP_DATABASE_POOL", "database_pool"),
        description="most connections this process opens to the database",
    )
    database_wait: float = Field(
        default=30.0, gt=0, le=600, validation_alias=_env("CONVO_MCP_DATABASE_WAIT", "database_wait"),
        description="seconds a call waits for a free database connection before it fails",
    )
    log_level: str = Field(default="info", validation_alias=_env("CONVO_MCP_LOG_LEVEL", "log_level"))
    # OAuth mode: the id of the person a signed-in key belongs to (from the profile read at sign-in),
    # which names their rows in a database instead of the key's: a new key keeps their index.
    data_owner: str | None = Field(default=None, validation_alias=_env("CONVO_MCP_DATA_OWNER", "data_owner"))

    @field_validator("webhook_secrets", mode="before")
    @classmethod
    def _split_secrets(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        from convo_mcp.peers import parse_networks

        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list):
            parse_networks(str(v) for v in value)  # a bad entry fails at startup, named
        return value

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    def account(self) -> Account:
        """The configured account; :class:`~convo_mcp.errors.NotConfiguredError` without a key."""
        if self.api_key is not None:
            with contextlib.suppress(ValueError):  # an empty key is no key
                return Account(self.base_url, self.api_key)
        if self.configured_in:
            raise NotConfiguredError(hint=f"Open {self.configured_in}: enter your Convo API key (Convo app → "
                                          "Settings → API Keys), or turn on Demo mode to try sample meetings.")
        raise NotConfiguredError()

    def data_id(self) -> str:
        """The id naming this account's data (cache, index, rows): its owner's when known, else its key's."""
        return self.data_owner or self.account().id

    @property
    def has_key(self) -> bool:
        try:
            self.account()
        except NotConfiguredError:
            return False
        return True

    def for_key(self, key: str | None, **overrides: object) -> Settings:
        """These settings for another key (None: no key, as OAuth mode starts), ``overrides`` applied."""
        return self.model_copy(update={"api_key": SecretStr(key) if key else None, **overrides})

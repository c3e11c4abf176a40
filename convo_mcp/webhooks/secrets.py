"""The webhook signing secrets this server accepts.

Active secrets are the ones from the environment (``CONVO_WEBHOOK_SECRET``, comma-separated, so a
rotation can keep the old and the new secret side by side) plus the ones this server *kept* when it
created a webhook through its ``create_webhook`` tool: Convo returns a webhook's secret exactly once,
so losing it means the webhook can never be verified again. Kept secrets therefore live in
``webhook-secrets.json`` in the given directory (the user's cache directory, whether or not the
response cache is persistent): the directory is ``0700``, the file ``0600`` from the moment it is
created (a ``mkstemp`` temporary file, then ``os.replace``), so it is never readable by others, not
even briefly.

Every secret is registered with :func:`convo_mcp.log.register_secret`, so it is masked wherever it
might appear in a log event, and ``repr`` shows counts and webhook ids only.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from convo_mcp.log import get_logger, register_secret

if TYPE_CHECKING:
    from convo_mcp.config import Settings

FILE_NAME = "webhook-secrets.json"
FORMAT_VERSION = 1

log = get_logger("convo_mcp.webhooks")


def _reveal(value: str | SecretStr) -> str:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


class WebhookSecrets:
    """Environment secrets plus secrets kept per webhook id, persisted when ``directory`` is given.

    The file is re-read when it changes on disk (another process of the same user created or deleted
    a webhook), and every change re-reads it before writing, so concurrent processes do not drop each
    other's entries in the common case.
    """

    def __init__(self, directory: Path | str | None = None, env_secrets: Iterable[str | SecretStr] = ()) -> None:
        self._env: list[str] = []
        for raw in env_secrets:
            value = _reveal(raw).strip()
            if value and value not in self._env:
                register_secret(value)
                self._env.append(value)
        self._dir = Path(directory).expanduser() if directory is not None else None
        self._kept: dict[str, dict[str, str]] = {}
        self._seen: tuple[int, int, int] | None = None  # (inode, size, mtime_ns) of the file last read
        self._lock = threading.RLock()
        if self._dir is not None:
            self._refresh(force=True)

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookSecrets:
        return cls(settings.cache_dir, settings.webhook_secrets)

    # -- reading ---------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._dir / FILE_NAME if self._dir is not None else None

    def all(self) -> list[str]:
        """Every active secret: environment first, then kept ones, without duplicates."""
        with self._lock:
            self._refresh()
            out = list(self._env)
            for entry in self._kept.values():
                if entry["secret"] not in out:
                    out.append(entry["secret"])
            return out

    def ids(self) -> list[str]:
        """Ids of the webhooks whose secret this server keeps."""
        with self._lock:
            self._refresh()
            return sorted(self._kept)

    def describe(self) -> dict[str, Any]:
        """What the doctor may show: counts, ids and urls, never a secret."""
        with self._lock:
            self._refresh()
            return {
                "env_secrets": len(self._env),
                "kept": [{"id": wid, "url": e.get("url", "")} for wid, e in sorted(self._kept.items())],
                "file": str(self.path) if self.path else None,
            }

    def __len__(self) -> int:
        return len(self.all())

    def __repr__(self) -> str:
        with self._lock:
            return f"WebhookSecrets(env={len(self._env)}, kept={sorted(self._kept)!r}, path={str(self.path)!r})"

    __str__ = __repr__

    # -- changing --------------------------------------------------------------------------------

    def add(self, webhook_id: str, secret: str | SecretStr, url: str = "") -> None:
        """Keep the secret Convo returned (once) for a webhook this server created."""
        value = _reveal(secret).strip()
        if not webhook_id or not value:
            raise ValueError("a webhook id and a non-empty secret are required")
        register_secret(value)
        with self._lock:
            self._refresh()
            self._kept[webhook_id] = {
                "secret": value,
                "url": url,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            self._save()
        log.info("webhook.secret_kept", webhook_id=webhook_id, persisted=self._dir is not None)

    def remove(self, webhook_id: str) -> bool:
        """Forget a webhook's secret (after deleting the webhook); False when it was not kept."""
        with self._lock:
            self._refresh()
            if self._kept.pop(webhook_id, None) is None:
                return False
            self._save()
        log.info("webhook.secret_forgotten", webhook_id=webhook_id)
        return True

    # -- persistence -----------------------------------------------------------------------------

    def _ensure_dir(self) -> Path:
        assert self._dir is not None
        self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # not ours, or a platform without POSIX modes
            if stat.S_IMODE(self._dir.stat().st_mode) & 0o077:
                os.chmod(self._dir, 0o700)
        return self._dir

    def _refresh(self, *, force: bool = False) -> None:
        path = self.path
        if path is None:
            return
        try:
            st = path.stat()
        except FileNotFoundError:
            if self._seen is not None or force:
                self._kept, self._seen = {}, None
            return
        except OSError as exc:
            log.warning("webhook.secrets_unreadable", path=str(path), error=type(exc).__name__)
            return
        signature = (st.st_ino, st.st_size, st.st_mtime_ns)
        if not force and signature == self._seen:
            return
        if stat.S_IMODE(st.st_mode) & 0o077:
            log.warning("webhook.secrets_permissions_fixed", path=str(path), mode=oct(stat.S_IMODE(st.st_mode)))
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        self._kept = self._load(path)
        self._seen = signature

    def _load(self, path: Path) -> dict[str, dict[str, str]]:
        try:
            doc = json.loads(path.read_bytes())
            webhooks = doc["webhooks"]
            if not isinstance(webhooks, dict):
                raise TypeError("webhooks is not an object")
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            aside = path.with_name(f"{FILE_NAME}.corrupt-{int(time.time())}")
            with contextlib.suppress(OSError):
                os.replace(path, aside)  # keep it for a human; the next save must not destroy it
            log.warning(
                "webhook.secrets_file_corrupt",
                path=str(path),
                moved_to=str(aside),
                error=type(exc).__name__,
                hint="kept webhook secrets start empty; re-create the webhooks or set CONVO_WEBHOOK_SECRET",
            )
            return {}
        kept: dict[str, dict[str, str]] = {}
        for webhook_id, entry in webhooks.items():
            if isinstance(entry, dict) and isinstance(entry.get("secret"), str) and entry["secret"]:
                register_secret(entry["secret"])
                kept[str(webhook_id)] = {k: str(v) for k, v in entry.items() if isinstance(v, str)}
            else:
                log.warning("webhook.secrets_entry_skipped", webhook_id=str(webhook_id))
        return kept

    def _save(self) -> None:
        if self._dir is None:
            return
        directory = self._ensure_dir()
        payload = json.dumps({"version": FORMAT_VERSION, "webhooks": self._kept}, indent=2, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".tmp", dir=directory)  # created 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, directory / FILE_NAME)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        with contextlib.suppress(OSError, AttributeError):  # make the rename durable (POSIX)
            dfd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        st = (directory / FILE_NAME).stat()
        self._seen = (st.st_ino, st.st_size, st.st_mtime_ns)

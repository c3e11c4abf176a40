"""``convo-mcp doctor``: is the key good, what does the plan allow, what is left, is a team's
database reachable and are replicas sharing a key without Redis — and the config to paste into
Claude Desktop, Claude Code and Cursor, which reaches the same data as the set-up it runs in (the
variables' names, with placeholders for secrets: a secret's value is never printed)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit, urlunsplit

from convo_mcp.app import App
from convo_mcp.config import DEFAULT_BASE_URL, Settings
from convo_mcp.errors import BadRequestError, ConvoError, LocalFault, NotConfiguredError


@dataclass
class Report:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def good(self, text: str) -> None:
        self.lines.append(f"  ✓ {text}")

    def bad(self, text: str) -> None:
        self.ok = False
        self.lines.append(f"  ✗ {text}")

    def note(self, text: str) -> None:
        self.lines.append(f"  • {text}")

    def warn(self, text: str) -> None:
        """Works, but not as the operator likely means it to (the check still passes)."""
        self.lines.append(f"  ⚠ {text}")


def check_database(settings: Settings, report: Report) -> None:
    """The database's connection and migration level, when one is configured (never its URL)."""
    if settings.database_url is None:
        return
    from convo_mcp.state.postgres.database import LEVEL, Database, DatabaseUnavailable, where

    try:
        db = Database(settings.database_url.get_secret_value(), max_size=1, wait=min(settings.database_wait, 10),
                      migrate=False)
    except DatabaseUnavailable as exc:
        report.bad(f"Database: {exc.message} {exc.hint}")
        return
    try:
        level = db.level()
    except Exception as exc:  # connected, but cannot read: permissions
        report.bad(f"Database {where(settings.database_url.get_secret_value())}: cannot read the schema "
                   f"({type(exc).__name__})")
        return
    finally:
        db.close()
    if level == LEVEL:
        report.good(f"Database {db.where}: connected, schema level {level} (current)")
    elif level < LEVEL:
        report.bad(f"Database {db.where}: schema level {level}, this version needs {LEVEL}: run `convo-mcp migrate` "
                   "(serving applies it too)")
    else:
        report.bad(f"Database {db.where}: schema level {level} is newer than this version knows ({LEVEL}): "
                   "upgrade convo-mcp")


async def check_replicas(app: App, report: Report) -> None:
    """On a database without Redis: how many servers use this key now, and a warning for more than one."""
    from convo_mcp.presence import alone_warning, marks_for

    if app.is_demo or app.settings.database_url is None or app.settings.redis_url is not None:
        return
    try:
        marks = marks_for(app.engine, app.settings, clock=app.clock)
        running = await marks.count() if marks is not None else 0
    except LocalFault:  # the database line says why
        return
    if (warning := alone_warning(running)) is not None:
        report.warn(warning)
    else:
        report.note(f"{running} server{'' if running == 1 else 's'} on this key now: fine without Redis; replicas "
                    "on one key need CONVO_MCP_REDIS_URL (docs/team.md).")


async def check(app: App) -> Report:
    report = Report()
    check_database(app.settings, report)
    await check_replicas(app, report)
    svc = app.service
    try:
        profile = (await svc.profile(refresh=True)).value
    except ConvoError as exc:
        report.bad(f"Convo API: {exc.message} {exc.hint}")
        return report
    tier = profile.subscription.tier or "?"
    report.good(f"Key accepted for {profile.profile.name or '?'} — plan: {tier}" + (" (demo)" if app.is_demo else ""))
    if tier == "free":
        report.bad("The Free plan cannot use the API: upgrade to Starter or above.")
    budget = svc.budget()
    report.good(f"Requests left this hour: {budget.remaining}/{budget.limit}")
    report.good(svc.quota_note())
    try:
        await svc.calendar_events(max_results=1)
        report.good("Google Calendar connected")
    except BadRequestError:
        report.note("Google Calendar not connected (connect it in the Convo dashboard for calendar tools)")
    except ConvoError as exc:
        report.note(f"Calendar check failed: {exc.code}")
    if tier in ("professional", "enterprise"):
        report.note("Webhooks: point a Convo webhook at https://<your host>/webhooks/convo (HTTP transport) or "
                    "run stdio with --webhook-port and expose it over HTTPS; set CONVO_WEBHOOK_SECRET, or create "
                    "it with the create_webhook tool, which keeps the secret.")
    else:
        report.note("Webhooks need the Professional plan; the server polls with short cache TTLs instead.")
    report.note(model_line(app.settings))
    return report


def model_line(settings: Settings) -> str:
    """What search by meaning runs on here: the stronger model's files, or how to get them."""
    from convo_mcp.search.model_files import NAME, model_dir, present

    if not settings.search_vectors:
        return "Search by meaning is off (CONVO_MCP_SEARCH_VECTORS=false): words only."
    if not settings.search_second_stage:
        return "Search by meaning: the built-in model alone (the second stage is turned off)."
    folder = model_dir(settings.cache_dir, settings.model_dir)
    if present(folder):
        return f"Search by meaning: the built-in model, then {NAME} re-reads the best meetings ({folder})."
    return (f"Search by meaning: the built-in model alone; lines it finds show as 'may be related'. For the stronger "
            f"{NAME}, run `convo-mcp model fetch` (91 MB, sha256 checked), or set CONVO_MCP_MODEL_DOWNLOAD=true.")


def launcher() -> list[str]:
    """The command that starts this very install (not on PyPI yet: ``uvx convo-mcp`` would fail):
    the ``convo-mcp`` script beside this interpreter, else this interpreter with ``-m convo_mcp``.
    Paths are absolute but not resolved: a virtual environment's ``bin/python`` links to the
    interpreter it was made from, which does not have this package installed."""
    here = Path(os.path.abspath(sys.executable)).parent
    for name in ("convo-mcp", "convo-mcp.exe"):
        if (here / name).is_file():
            return [str(here / name)]
    script = shutil.which("convo-mcp")
    if script and Path(os.path.abspath(script)).parent == here:
        return [os.path.abspath(script)]
    return [os.path.abspath(sys.executable), "-m", "convo_mcp"]


# Settings a pasted config leaves out although set here: they run an HTTP server, not a client's process.
SERVER_ONLY = frozenset({"CONVO_MCP_CONFIGURED_IN", "CONVO_MCP_HTTP_TOKEN", "CONVO_MCP_SECRET_KEY",
                         "CONVO_MCP_TRUSTED_PROXIES", "CONVO_MCP_HTTP_BODY_TIMEOUT", "CONVO_MCP_HTTP_CLIENT_LIMIT",
                         "CONVO_MCP_HTTP_HEADER_TIMEOUT", "CONVO_MCP_HTTP_IDLE_TIMEOUT",
                         "CONVO_MCP_HTTP_CONNECTIONS_PER_CLIENT", "CONVO_MCP_DEMO"})


def without_secrets(url: str) -> str:
    """A database or Redis URL with ``<user>`` and ``<password>`` in place of its credentials."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None and "password" not in parts.query.lower():
        return url
    user = "<user>" if parts.username else ""
    credentials = f"{user}:<password>@" if parts.password is not None else f"{user}@" if user else ""
    host = f"[{parts.hostname}]" if parts.hostname and ":" in parts.hostname else parts.hostname or ""
    place = f"{credentials}{host}{f':{parts.port}' if parts.port else ''}"
    query = "" if "password" in parts.query.lower() else parts.query
    return urlunsplit((parts.scheme, place, parts.path, query, ""))


def client_env(settings: Settings | None = None) -> dict[str, str]:
    """The environment a client's ``convo-mcp`` needs to work as this set-up does: the same Convo API
    address, database and Redis (so a team member reaches the shared index, not a private one),
    and every other setting this environment sets; secrets as placeholders, never their values."""
    env = {"CONVO_API_KEY": "convo_…"}
    if settings is None:
        return env
    if settings.base_url.rstrip("/") != DEFAULT_BASE_URL:
        env["CONVO_BASE_URL"] = settings.base_url
    if settings.database_url is not None:
        env["CONVO_MCP_DATABASE_URL"] = without_secrets(settings.database_url.get_secret_value())
    if settings.redis_url is not None:
        env["CONVO_MCP_REDIS_URL"] = without_secrets(settings.redis_url.get_secret_value())
    for info in Settings.model_fields.values():
        choices = getattr(info.validation_alias, "choices", ())
        variable = str(choices[0]) if choices else ""
        if not variable.startswith("CONVO_") or variable in env or variable in SERVER_ONLY:
            continue
        if variable in os.environ:
            env[variable] = "<secret>" if "SecretStr" in str(info.annotation) else os.environ[variable]
    return env


def client_configs(demo: bool = False, settings: Settings | None = None) -> str:
    command, *args = launcher()
    args = [*args, "--demo"] if demo else args
    env = {} if demo else client_env(settings)
    server: dict[str, object] = {"command": command, **({"args": args} if args else {})}
    server.update({"env": env} if env else {})
    desktop = {"mcpServers": {"convo-demo" if demo else "convo": server}}
    env_flag = "".join(f" --env {k}={shlex.quote(v)}" for k, v in env.items())
    fill = any("<" in value for value in env.values())
    return "\n".join([
        *(["Fill in each <…> with this server's value (secrets are never printed)."] if fill else []),
        "Claude Desktop (claude_desktop_config.json) and Cursor (.cursor/mcp.json):",
        json.dumps(desktop, indent=2, ensure_ascii=False),
        "",
        "Claude Code:",
        f"  claude mcp add convo{env_flag} -- {' '.join([command, *args])}",
    ])


async def run_doctor(settings: Settings, *, demo: bool = False, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    if demo:
        app = App.demo(settings)
    else:
        try:
            account = settings.account()
        except NotConfiguredError as err:
            print(f"✗ {err.message} {err.hint}", file=stream)
            return 2
        if not account.well_formed:
            print("✗ That does not look like a Convo API key: keys start with convo_ and have no spaces. "
                  "Create one in the Convo desktop app (Settings → API Keys). Nothing was sent.", file=stream)
            return 2
        # A check needs no disk: nothing is left behind for a key Convo rejects.
        app = App(settings.model_copy(update={"persistent_cache": False, "search_index": False,
                                              "index_background": False}))
        app.announces = False  # a check, not one of the servers on this key
    async with app.running():
        report = await check(app)
    print("convo-mcp doctor" + (" (demo)" if demo else ""), file=stream)
    print("\n".join(report.lines), file=stream)
    print("", file=stream)
    print(client_configs(demo, None if demo else settings), file=stream)
    return 0 if report.ok else 1

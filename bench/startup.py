"""Cold start over stdio: spawn → ``initialize`` answered, convo-mcp beside a one-tool server on the
same SDK, alternating in one run (this machine is noisy: compare the ratio, not the seconds).

    .venv/bin/python bench/startup.py [--runs 9]

Prints the median and best of each, their ratio, and which heavy modules each mode imported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_TOOL = '''
from mcp.server import MCPServer
server = MCPServer("one")
@server.tool()
def ping() -> str:
    return "pong"
server.run()
'''
INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}}}
HEAVY = ("uvicorn", "starlette", "convo_mcp.sandbox", "convo_mcp.state.redis", "redis", "convo_mcp.http_app",
         "convo_mcp.webhooks.receiver", "convo_mcp.convo.client", "httpx", "sqlite3", "pydantic_settings")


INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}
LIST = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}


def time_to_initialize(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the ``initialize`` answer, and to the first ``tools/list`` answer."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write((json.dumps(INIT) + "\n").encode())
    proc.stdin.flush()
    line = proc.stdout.readline()
    initialized = time.perf_counter() - started
    proc.stdin.write((json.dumps(INITIALIZED) + "\n" + json.dumps(LIST) + "\n").encode())
    proc.stdin.flush()
    listed_line = proc.stdout.readline()
    listed = time.perf_counter() - started
    proc.kill()
    proc.wait()
    assert b'"result"' in line, line[:200]
    assert b'"tools"' in listed_line, listed_line[:200]
    return initialized, listed


def imported(code: str, env: dict[str, str]) -> list[str]:
    probe = code + f"\nimport sys\nprint(' '.join(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))"
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    names = set(out.stdout.split())
    return [h for h in HEAVY if any(n == h or n.startswith(h + ".") for n in names)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "one_tool.py"
        script.write_text(ONE_TOOL)
        env = {**os.environ, "CONVO_API_KEY": "convo_bench_not_a_real_key", "CONVO_MCP_CACHE_DIR": tmp}
        env.pop("CONVO_MCP_REDIS_URL", None)
        ours = [sys.executable, "-m", "convo_mcp"]
        base = [sys.executable, str(script)]
        time_to_initialize(ours, env), time_to_initialize(base, env)  # warm the file cache
        a: list[tuple[float, float]] = []
        b: list[tuple[float, float]] = []
        for _ in range(args.runs):
            a.append(time_to_initialize(ours, env))
            b.append(time_to_initialize(base, env))
        serve = ("from convo_mcp.cli import parser, _build\n"
                 "from convo_mcp.config import Settings\n"
                 "_build(parser().parse_args(['serve']), Settings())")
        loaded = imported(serve, env)
    print(f"runs: {args.runs} each, alternating; times from spawn")
    for i, what in enumerate(("initialize answered", "tools/list answered")):
        xa, xb = [r[i] for r in a], [r[i] for r in b]
        ma, mb = statistics.median(xa), statistics.median(xb)
        print(f"{what}:")
        print(f"  one-tool server : median {mb * 1000:6.0f} ms  best {min(xb) * 1000:6.0f} ms")
        print(f"  convo-mcp stdio : median {ma * 1000:6.0f} ms  best {min(xa) * 1000:6.0f} ms (every tool)")
        print(f"  ratio (median)  : {ma / mb:.2f}x   (best: {min(xa) / min(xb):.2f}x)")
    print(f"heavy modules loaded by the stdio server before serving: {', '.join(loaded) or 'none'}")


if __name__ == "__main__":
    main()

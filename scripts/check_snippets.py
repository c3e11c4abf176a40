"""Run every client snippet in the README exactly as written, against the demo sandbox.

    .venv/bin/python scripts/check_snippets.py

Each ```json block with "mcpServers" and each `claude mcp add … -- <command>` line is started as a
stdio MCP server (``/path/to/convo-mcp`` replaced by this checkout, the ``convo_…`` key by a demo key of
a sandbox started here, which ``CONVO_BASE_URL`` points at), then asked to initialize, list its tools
and read the account. uv snippets need ``uvx`` (installed into the venv with pip when missing) and the
wheel snippet the wheel (built first). Non-zero exit when any snippet does not work.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLACEHOLDER = "/path/to/convo-mcp"
KEY = "convo_…"


def snippets(readme: str) -> list[tuple[str, list[str], dict[str, str]]]:
    """(label, argv, env) for every runnable snippet in the README."""
    found: list[tuple[str, list[str], dict[str, str]]] = []
    for block in re.findall(r"```json\n(.*?)\n```", readme, re.S):
        if "mcpServers" not in block:
            continue
        for name, server in json.loads(block)["mcpServers"].items():
            found.append((f"json {name}: {server['command']} {' '.join(server.get('args', []))}".strip(),
                          [server["command"], *server.get("args", [])], dict(server.get("env", {}))))
    for line in re.findall(r"^claude mcp add .*$", readme, re.M):
        head, _, command = line.partition(" -- ")
        env = dict(part.split("=", 1) for part in re.findall(r"--env (\S+)", head))
        found.append((line, shlex.split(command), env))
    return found


def resolve(argv: list[str]) -> list[str]:
    out = [a.replace(PLACEHOLDER, str(ROOT)) for a in argv]
    if out[0] == "uvx":  # pyproject's [tool.uv] cache-keys make uv rebuild this checkout when it changes
        out[0] = shutil.which("uvx") or str(BIN / "uvx")
    return out


def speak(argv: list[str], env: dict[str, str]) -> str:
    """Start the server, initialize, list tools, read the account; what went wrong, or ''."""
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "snippets", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "get_account", "arguments": {}}},
    ]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **env}, text=True)
    assert proc.stdin is not None
    assert proc.stdout is not None
    answers: dict[int, dict[str, object]] = {}
    try:
        for message in messages:
            proc.stdin.write(json.dumps(message) + "\n")
            proc.stdin.flush()
            if "id" not in message:
                continue
            while True:
                line = proc.stdout.readline()
                if not line:
                    return "the server exited: " + (proc.stderr.read() if proc.stderr else "")[-400:]
                reply = json.loads(line)
                if reply.get("id") == message["id"]:
                    answers[int(reply["id"])] = reply
                    break
    finally:
        proc.kill()
        proc.wait()
    tools = answers[2].get("result", {})
    account = answers[3].get("result", {})
    if not isinstance(tools, dict) or len(tools.get("tools", [])) < 20:
        return f"tools/list answered {str(answers[2])[:200]}"
    if not isinstance(account, dict) or account.get("isError"):
        return f"get_account answered {str(answers[3])[:300]}"
    return ""


def prepare(readme: str) -> None:
    if "uvx" in readme and not shutil.which("uvx") and not (BIN / "uvx").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "uv"], check=True)
    wheels = re.findall(r"dist/(convo_mcp-[^\"\s]+\.whl)", readme)
    if wheels:  # built afresh: a wheel left from an earlier commit would be checked instead
        for old in wheels:
            (ROOT / "dist" / old).unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(ROOT / "dist"), str(ROOT)],
                       check=True)


def dangling() -> list[str]:
    """What the README and docs/ point at that is not there: a linked page, or a script a command runs
    (``bench/….py``, ``scripts/….py``); a command whose script moved would not run as written."""
    missing = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for link in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if not link.startswith(("http://", "https://", "mailto:")) and not (page.parent / link).exists():
                missing.append(f"{page.relative_to(ROOT)}: link {link}")
        for script in set(re.findall(r"(?<![\w/])((?:bench|scripts)/[\w/]+\.py)", text)):
            if not (ROOT / script).exists():
                missing.append(f"{page.relative_to(ROOT)}: {script}")
    return missing


def main() -> int:
    sys.path.insert(0, str(ROOT))
    gone = dangling()
    for problem in gone:
        print(f"FAIL {problem} is not there")
    from convo_mcp.sandbox import DEMO_KEYS, SandboxState, running_sandbox

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    prepare(readme)
    found = snippets(readme)
    failures = 0
    with running_sandbox(SandboxState.demo()) as base_url:
        for label, argv, env in found:
            env = {k: (DEMO_KEYS["professional"] if v == KEY else v) for k, v in env.items()}
            env.update({"CONVO_BASE_URL": base_url, "CONVO_MCP_INDEX_BACKGROUND": "false"})
            problem = speak(resolve(argv), env)
            failures += bool(problem)
            print(("FAIL " if problem else "ok   ") + label + (f"\n     {problem}" if problem else ""))
    print(f"{len(found) - failures} of {len(found)} README snippets work")
    return 1 if failures or gone or len(found) < 6 else 0


if __name__ == "__main__":
    raise SystemExit(main())

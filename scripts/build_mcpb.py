"""Build the Claude Desktop bundle: dist/convo-mcp.mcpb (one-click install).

    python3 scripts/build_mcpb.py            # stage, validate and pack with the official mcpb CLI

The bundle is the "uv" server type of the MCPB manifest (0.4): Claude Desktop installs Python and the
dependencies from pyproject.toml itself. The Convo key is a sensitive user_config field (kept in the
OS keychain) passed as CONVO_API_KEY; demo mode and read-only are switches. Needs Node and npm (npx).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "dist" / "mcpb"
OUT = ROOT / "dist" / "convo-mcp.mcpb"
MCPB = "@anthropic-ai/mcpb@2.1.2"
COPY = ("pyproject.toml", "README.md", "LICENSE", "convo_mcp", "prompts")


def manifest(version: str) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from convo_mcp.prompts import load_prompts
    from convo_mcp.toolsets import all_tools

    return {
        "manifest_version": "0.4",
        "name": "convo-mcp",
        "display_name": "Convo meetings",
        "version": version,
        "description": "Ask about your Convo meetings: transcripts, summaries, coaching, search across meetings.",
        "long_description": "Search everything said in your meetings, get summaries, action items and briefings, "
                            "draft follow-ups. Cache-first and rate-aware: it never spends your AI generations "
                            "without saying so. Try it first on built-in demo data: no key needed.",
        "author": {"name": "convo-mcp maintainers"},
        "license": "MIT",
        "keywords": ["meetings", "transcripts", "convo", "search"],
        "server": {
            "type": "uv",
            "entry_point": "convo_mcp/__main__.py",
            "mcp_config": {
                "command": "uv",
                "args": ["run", "--directory", "${__dirname}", "convo-mcp"],
                "env": {
                    "CONVO_API_KEY": "${user_config.api_key}",
                    "CONVO_MCP_DEMO": "${user_config.demo}",
                    "CONVO_MCP_READ_ONLY": "${user_config.read_only}",
                    "CONVO_MCP_MODEL_DOWNLOAD": "${user_config.model_download}",
                    "CONVO_MCP_CONFIGURED_IN": "Claude Desktop → Settings → Extensions → Convo meetings",
                },
            },
        },
        "user_config": {
            "api_key": {"type": "string", "title": "Convo API key", "sensitive": True, "required": False,
                        "description": "From the Convo desktop app: Settings → API Keys (starts with convo_). "
                                       "Leave empty with demo mode on."},
            "demo": {"type": "boolean", "title": "Demo mode", "default": False, "required": False,
                     "description": "Use built-in sample meetings instead of your account (no key needed)."},
            "read_only": {"type": "boolean", "title": "Read only", "default": False, "required": False,
                          "description": "Hide every tool that changes something or spends AI generations."},
            "model_download": {"type": "boolean", "title": "Stronger search model", "default": False,
                               "required": False,
                               "description": "Download all-MiniLM-L6-v2 (91 MB from the Hugging Face hub, checked "
                                              "by its sha256) to find what was said in other words."},
        },
        "tools": [{"name": t.name, "description": t.description} for t in all_tools()],
        "prompts": [{"name": p.name, "description": p.description,
                     "arguments": [a.name for a in p.arguments],
                     "text": re.sub(r"\{(\w+)\}", r"${arguments.\1}", p.template)} for p in load_prompts()],
        "compatibility": {"platforms": ["darwin", "win32", "linux"], "runtimes": {"python": ">=3.11"}},
    }


def stage() -> Path:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    shutil.rmtree(STAGE, ignore_errors=True)
    STAGE.mkdir(parents=True)
    for name in COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, STAGE / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, STAGE / name)
    (STAGE / "manifest.json").write_text(json.dumps(manifest(version), indent=2, ensure_ascii=False) + "\n")
    return STAGE


def mcpb(*args: str) -> None:
    subprocess.run(["npx", "--yes", MCPB, *args], check=True, cwd=ROOT)


def main() -> int:
    staged = stage()
    mcpb("validate", str(staged / "manifest.json"))
    OUT.unlink(missing_ok=True)
    mcpb("pack", str(staged), str(OUT))
    with zipfile.ZipFile(OUT) as bundle:
        names = set(bundle.namelist())
    missing = {"manifest.json", "pyproject.toml", "convo_mcp/__main__.py", "prompts/meeting-prep.md"} - names
    if missing:
        print(f"build_mcpb: the bundle lacks {sorted(missing)}", file=sys.stderr)
        return 1
    print(f"build_mcpb: {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB, {len(names)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

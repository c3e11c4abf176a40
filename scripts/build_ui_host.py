"""Bundle the official MCP Apps host side (``AppBridge`` from npm ``@modelcontextprotocol/ext-apps``)
into one script for the browser tests' host page: tests/ui/host/app-bridge.js, with the licences
of what it contains. The views themselves do not use it (see convo_mcp/ui/static/bridge.js).

    python3 scripts/build_ui_host.py     # needs Node's npm and npx
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "ui" / "host"
PACKAGES = ["@modelcontextprotocol/ext-apps@2.0.4", "@modelcontextprotocol/client@2", "@modelcontextprotocol/core@2",
            "zod@4", "esbuild@0"]
BUNDLED = ["@modelcontextprotocol/ext-apps", "@modelcontextprotocol/client", "@modelcontextprotocol/core", "zod"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["npm", "init", "-y"], cwd=work, check=True, capture_output=True)
        subprocess.run(["npm", "install", "--silent", *PACKAGES], cwd=work, check=True)
        (work / "entry.js").write_text(
            'export { AppBridge, PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";\n')
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npx", "esbuild", "entry.js", "--bundle", "--minify", "--format=iife",
                        "--global-name=McpHost", f"--outfile={OUT / 'app-bridge.js'}"], cwd=work, check=True)
        notices = []
        for name in BUNDLED:
            package = work / "node_modules" / name
            meta = json.loads((package / "package.json").read_text())
            licence = next(p for p in package.iterdir() if p.name.upper().startswith("LICEN"))
            notices.append(f"== {name} {meta['version']} ({meta['license']}) ==\n\n{licence.read_text()}")
        (OUT / "LICENSES.txt").write_text(
            "tests/ui/host/app-bridge.js bundles these packages (for the tests' host page only):\n\n"
            + "\n\n".join(notices))


if __name__ == "__main__":
    main()

"""The house stays one a newcomer can find their way in: no import circles (every import counted,
function-level and type-checking ones too), nothing below the MCP surface imports ``tools/``, and no
module over 400 lines outside the sandbox (measured by ``bench/structure.py``, which prints them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def structure() -> ModuleType:
    spec = importlib.util.spec_from_file_location("structure", ROOT / "bench" / "structure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["structure"] = module
    spec.loader.exec_module(module)
    return module


def test_no_import_circles_no_imports_of_tools_from_below_no_module_over_400_lines() -> None:
    s = structure()
    edges = s.graph()
    assert s.circles(edges) == []
    assert s.into_tools(edges) == []
    assert s.oversized() == []


def test_the_measure_sees_a_circle_and_an_arrow_into_tools(tmp_path: Path) -> None:
    s = structure()
    pkg = tmp_path / "convo_mcp"
    (pkg / "tools").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "tools" / "__init__.py").write_text("")
    (pkg / "tools" / "t.py").write_text("X = 1\n")
    (pkg / "a.py").write_text("def f():\n    from convo_mcp import b\n")  # a function-level import counts
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from convo_mcp import a\n"
                              "from convo_mcp.tools.t import X\n")
    edges = s.graph(tmp_path)
    assert s.circles(edges) == [["convo_mcp.a", "convo_mcp.b"]]
    assert s.into_tools(edges) == [("convo_mcp.b", "convo_mcp.tools.t")]

"""The shape of the package, from its own import statements: circles, arrows into the MCP surface
from below it, and modules over the size limit.

Every import counts, wherever it stands: at module level, inside a function, or under
``TYPE_CHECKING`` (a circle that only type checking closes still ties two modules together for a
reader). Importing ``a.b.c`` runs ``a/__init__.py`` and ``a/b/__init__.py`` first, so a package
whose ``__init__`` does work of its own is an arrow too; an ``__init__`` that only hands on names
(a package's face) is seen through: ``from pkg import name`` is an arrow to the module that defines
``name``.

The MCP surface is ``tools/`` and what stands above it (``server.py``, ``cli.py``, ``ui/``, the
entry points): nothing else may import ``tools/``.

    .venv/bin/python bench/structure.py            # the figures
    .venv/bin/python bench/structure.py --check    # exit 1 when a figure is over its target
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "convo_mcp"
LIMIT = 400  # lines a module may have (the sandbox, a simulator of Convo's API, is exempt)
EXEMPT = ("convo_mcp.sandbox",)
ABOVE_TOOLS = ("convo_mcp.tools", "convo_mcp.toolsets", "convo_mcp.server", "convo_mcp.cli", "convo_mcp.ui",
               "convo_mcp.__main__", "convo_mcp.http_app")


def modules(root: Path = ROOT) -> dict[str, Path]:
    out = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _absolute(node: ast.ImportFrom, package: str) -> str:
    base = node.module or ""
    if node.level:
        anchor = package.split(".")
        anchor = anchor[: len(anchor) - node.level + 1]
        base = ".".join([*anchor, *([base] if base else [])])
    return base


def _is_face(tree: ast.Module) -> bool:
    """Only a docstring, imports and ``__all__``: it defines nothing, it hands names on."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets):
            continue
        return False
    return True


class House:
    """The project's modules and what each import statement in them reaches."""

    def __init__(self, root: Path = ROOT) -> None:
        self.known = modules(root)
        self.trees = {name: ast.parse(path.read_text(), str(path)) for name, path in self.known.items()}
        self.faces = {name for name, path in self.known.items()
                      if path.name == "__init__.py" and _is_face(self.trees[name])}

    def _package(self, name: str) -> str:
        return name if self.known[name].name == "__init__.py" else name.rpartition(".")[0]

    def _through_face(self, face: str, attr: str, seen: frozenset[str] = frozenset()) -> set[str]:
        """The modules a face's name comes from (every module it imports, when the name is not found)."""
        out: set[str] = set()
        for node in self.trees[face].body:
            if isinstance(node, ast.ImportFrom):
                base = _absolute(node, face)
                for a in node.names:
                    if (a.asname or a.name) == attr:
                        out |= self._targets(f"{base}.{a.name}" if f"{base}.{a.name}" in self.known else base,
                                             a.name, seen | {face})
        return out

    def _targets(self, module: str, attr: str | None, seen: frozenset[str] = frozenset()) -> set[str]:
        resolved = _resolve(module, self.known)
        if resolved is None or resolved in seen:
            return set()
        if resolved in self.faces and attr is not None and resolved == module:
            return self._through_face(resolved, attr, seen) or {resolved}
        return {resolved}

    def imports(self, name: str) -> set[str]:
        """The project's modules that importing ``name`` runs directly."""
        package = self._package(name)
        found: set[str] = set()
        for node in ast.walk(self.trees[name]):
            reached: set[str] = set()
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith(PACKAGE):
                        reached |= self._targets(a.name, None)
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, package)
                if not base.startswith(PACKAGE):
                    continue
                for a in node.names:
                    sub = f"{base}.{a.name}"
                    reached |= self._targets(sub, None) if sub in self.known else self._targets(base, a.name)
            for target in reached:
                found.add(target)
                parent = target.rpartition(".")[0]
                while parent and parent != PACKAGE:  # the packages on the way run their __init__
                    if parent not in self.faces:
                        found.add(parent)
                    parent = parent.rpartition(".")[0]
        found -= {name, PACKAGE} | self.faces
        return found


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    house = House(root)
    return {name: house.imports(name) for name in house.known if name not in house.faces}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def _above(name: str) -> bool:
    return any(name == a or name.startswith(a + ".") for a in ABOVE_TOOLS)


def into_tools(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((a, b) for a, bs in edges.items() if not _above(a)
                  for b in bs if b == "convo_mcp.tools" or b.startswith("convo_mcp.tools."))


def oversized(root: Path = ROOT) -> list[tuple[str, int]]:
    out = []
    for name, path in modules(root).items():
        lines = len(path.read_text().splitlines())
        if lines > LIMIT and not name.startswith(EXEMPT):
            out.append((name, lines))
    return sorted(out, key=lambda r: -r[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is over its target")
    args = parser.parse_args()
    edges = graph()
    found = circles(edges)
    below = into_tools(edges)
    big = oversized()
    print(f"modules: {len(edges)}; imports between them: {sum(len(v) for v in edges.values())}")
    print(f"circles (every import counted): {len(found)}")
    for group in found:
        print(f"  {len(group)} modules: {', '.join(group)}")
        for a in group:
            ties = sorted(b for b in edges[a] if b in group)
            print(f"    {a} -> {', '.join(ties)}")
    print(f"imports of tools/ from below it: {len(below)}")
    for a, b in below:
        print(f"  {a} -> {b}")
    print(f"modules over {LIMIT} lines (the sandbox aside): {len(big)}")
    for name, lines in big:
        print(f"  {name}: {lines}")
    return 1 if args.check and (found or below or big) else 0


if __name__ == "__main__":
    raise SystemExit(main())

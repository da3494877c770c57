"""Architecture checks on ``src/aishell``, run by the test suite and by hand.

    python tools/archcheck.py            # print the three reports
    python tools/archcheck.py names      # engine-name comparisons outside engines/

1. **Engine names outside ``engines/``.**  A comparison against an engine's name
   (``x == "postgres"``, ``x in ("mysql", "mariadb")``), a ``match`` case on one, a dict
   keyed by one, or a collection of them kept for a later test.  Engine knowledge lives in
   the engine; services and faces ask it.
2. **Import cycles** among the package's modules (imports inside functions count too:
   a lazy import still ties two modules together).
3. **Long functions**: any function over 150 lines.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "aishell"
ENGINE_NAMES = frozenset(
    {"sqlite", "duckdb", "postgres", "postgresql", "mysql", "mariadb", "oracle", "redis"}
)
MAX_FUNCTION_LINES = 150


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield ".".join(parts), path


def _is_name(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.lower() in ENGINE_NAMES
    )


def _holds_names(node: ast.AST) -> bool:
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_is_name(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in {"frozenset", "set", "tuple"} and any(
            _holds_names(a) for a in node.args
        )
    return False


def engine_name_uses(path: Path) -> list[tuple[int, str]]:
    """Return ``(line, source)`` for each engine-name comparison in one file."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[int] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_name(s) or _holds_names(s) for s in sides):
                found.append(node.lineno)
        elif isinstance(node, ast.Dict):
            if any(k is not None and _is_name(k) for k in node.keys):
                found.append(node.lineno)
        elif _holds_names(node):  # a set of names kept for a later test: ``_NATIVE_BOOL = {"postgres", ...}``
            found.append(node.lineno)
        elif isinstance(node, ast.match_case):
            pats = [n for n in ast.walk(node.pattern) if isinstance(n, ast.MatchValue)]
            if any(_is_name(p.value) for p in pats):
                found.append(node.pattern.lineno)
    return [(n, lines[n - 1].strip()) for n in sorted(set(found))]


def engine_names_outside_engines() -> list[tuple[str, int, str]]:
    out = []
    for mod, path in _modules():
        if mod.startswith("aishell.engines"):
            continue
        for line, text in engine_name_uses(path):
            out.append((str(path.relative_to(ROOT.parent.parent)), line, text))
    return out


def import_graph() -> dict[str, set[str]]:
    mods = dict(_modules())
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = package.split(".")
                    pkg = pkg[: len(pkg) - node.level + 1]
                    base = ".".join(pkg + ([base] if base else []))
                targets = [base] + [f"{base}.{a.name}" for a in node.names]
            for t in targets:
                # the deepest module the import names
                while t and t not in mods:
                    t = t.rpartition(".")[0]
                if t and t != mod and not mod.startswith(t + "."):
                    graph[mod].add(t)
    return graph


def import_cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def long_functions(limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, str, int]]:
    out = []
    for _mod, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    out.append((str(path.relative_to(ROOT.parent.parent)), node.name, length))
    return out


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("all", "names"):
        uses = engine_names_outside_engines()
        print(f"engine-name comparisons outside engines/: {len(uses)}")
        for f, line, text in uses:
            print(f"  {f}:{line}: {text}")
    if what in ("all", "cycles"):
        cycles = import_cycles()
        print(f"import cycles: {len(cycles)}")
        for c in cycles:
            print("  " + " <-> ".join(c))
    if what in ("all", "long"):
        longs = long_functions()
        print(f"functions over {MAX_FUNCTION_LINES} lines: {len(longs)}")
        for f, name, n in longs:
            print(f"  {f}: {name} ({n} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""No module of BackGuide needs itself to be imported first, however indirectly."""

from __future__ import annotations

import ast
from pathlib import Path

import backguide

PACKAGE = Path(backguide.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module's imports of other BackGuide modules, lazy ones included."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            edges[name] |= {t for t in targets if t in modules and t != name}
    return edges


def _cycle_through(start: str, edges: dict[str, set[str]]) -> list[str] | None:
    path: list[str] = []

    def visit(module: str, seen: set[str]) -> list[str] | None:
        for nxt in sorted(edges[module]):
            if nxt == start:
                return [*path, module, start]
            if nxt not in seen:
                seen.add(nxt)
                path.append(module)
                found = visit(nxt, seen)
                path.pop()
                if found:
                    return found
        return None

    return visit(start, {start})


def test_the_import_graph_has_no_cycles() -> None:
    edges = _imports()
    assert len(edges) > 40  # the walk really read the package
    cycles = [cycle for m in sorted(edges) if (cycle := _cycle_through(m, edges))]
    assert cycles == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert _cycle_through("a", edges) == ["a", "b", "c", "a"]
    assert _cycle_through("d", edges) is None

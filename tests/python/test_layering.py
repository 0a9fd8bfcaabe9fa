"""The package's layers (docs/ARCHITECTURE.md): no import cycle, and arrows point down only.

Every import counts, including those inside functions and under `if TYPE_CHECKING:`. The generated messages
(`elizaos_interop.v1`) and the native extension (`elizaos_interop._native`) sit below everything."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "elizaos_interop"
ROOT = "elizaos_interop"
BELOW_ALL = (f"{ROOT}.v1", f"{ROOT}._native")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py") if "v1" not in p.relative_to(PACKAGE).parts[:1]}


def _resolve(current: str, is_package: bool, level: int, module: str | None) -> str:
    if level == 0:
        return module or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    out: set[str] = set()
    tree = ast.parse(path.read_text(), str(path))
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            mod = _resolve(name, path.name == "__init__.py", node.level, node.module)
            # `from pkg import sub` imports the submodule pkg.sub when there is one
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]
        for t in targets:
            if t.startswith(ROOT) and not t.startswith(BELOW_ALL) and t != name:
                while t not in known and "." in t:
                    t = t.rsplit(".", 1)[0]
                if t in known and t != name:
                    out.add(t)
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {name: _imports(name, path, known) for name, path in mods.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp: list[str] = []
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


def test_the_graph_sees_the_package() -> None:
    graph = _graph()
    assert f"{ROOT}.channel" in graph
    assert f"{ROOT}.errors" in graph[f"{ROOT}.channel"]
    assert f"{ROOT}.wire.codec" in graph[f"{ROOT}.channel"]


def test_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def _allowed(name: str) -> tuple[str, ...] | None:
    """The modules `name` may import, by prefix (None: any)."""
    if name == f"{ROOT}.errors":
        return ()
    if name == f"{ROOT}.wire" or name.startswith(f"{ROOT}.wire."):
        return (f"{ROOT}.wire", f"{ROOT}.errors")
    if name == f"{ROOT}.channel":
        return (f"{ROOT}.wire", f"{ROOT}.errors")
    return None


def test_arrows_point_down() -> None:
    bad = []
    for name, deps in sorted(_graph().items()):
        allowed = _allowed(name)
        if allowed is None:
            continue
        bad += [f"{name} -> {d}" for d in sorted(deps) if not d.startswith(allowed)]
    assert bad == []


def test_paths_and_serve_do_not_import_the_layers_above_them() -> None:
    above = (f"{ROOT}.loader", f"{ROOT}.elizaos", f"{ROOT}.cli")
    bad = []
    for name, deps in sorted(_graph().items()):
        if name.startswith((f"{ROOT}.paths", f"{ROOT}.serve")):
            bad += [f"{name} -> {d}" for d in sorted(deps) if d.startswith(above)]
    assert bad == []

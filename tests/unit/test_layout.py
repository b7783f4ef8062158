"""The package's layout keeps its architecture: no import cycles between modules (the layers themselves are
import-linter contracts in pyproject.toml, run by .ci/run)."""

from __future__ import annotations

from pathlib import Path

import grimp

import bouwsteen_tui


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other, directly or through others."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check is not vacuous: a → b → c → a is one group, d alone."""
    groups = strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()})
    assert sorted(groups) == [["a", "b", "c"], ["d"]]


def test_no_import_cycles() -> None:
    """No module imports itself back through others (imports inside functions count too)."""
    graph = grimp.build_graph("bouwsteen_tui")
    modules = {module for module in graph.modules if module.startswith("bouwsteen_tui")}
    edges = {module: set(graph.find_modules_directly_imported_by(module)) & modules for module in modules}
    # A package's __init__ that re-exports its own modules is not a cycle of design; leave those edges out.
    for module, imported in edges.items():
        edges[module] = {other for other in imported if not module.startswith(other + ".")}
    cycles = [group for group in strongly_connected(edges) if len(group) > 1]
    assert cycles == [], f"import cycles: {cycles}"


MODULE_LINE_LIMIT = 400  # issue 13: "no source module over about 400 lines"; split along a real seam instead


def test_no_source_module_over_the_limit() -> None:
    """Every module of the package stays readable in one sitting: none is longer than the limit."""
    package = Path(bouwsteen_tui.__file__).parent
    long = {
        str(path.relative_to(package)): lines
        for path in sorted(package.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINE_LIMIT
    }
    assert long == {}, f"modules over {MODULE_LINE_LIMIT} lines: {long}"

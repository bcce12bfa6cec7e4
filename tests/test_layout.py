"""The package's layout, read from its source with `ast`: no import cycle, no module over 500 lines, a leaf `errors`.

Every import of a package module counts, at module level or inside a function (a cycle through a
lazy import is still a cycle); so does a module named by a string literal in a module that calls
`importlib.import_module` (the lazy `__init__` and the dataset registry). Imports under
``if TYPE_CHECKING:`` never run and do not count.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import karabakh_status

PACKAGE = Path(karabakh_status.__file__).parent
MAX_LINES = 500

ALLOWED_CYCLE_EDGES: frozenset[tuple[str, str]] = frozenset()
"""Lazy imports allowed to close a cycle, each with the reason it is needed (none is)."""


def module_name(path: Path) -> str:
    parts = ["karabakh_status", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def walk(node: ast.AST, *, typing_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every node under ``node``, with whether it lies under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and is_type_checking(child):
            for part in child.body:
                yield part, True
                yield from walk(part, typing_only=True)
            for part in child.orelse:
                yield part, typing_only
                yield from walk(part, typing_only=typing_only)
        else:
            yield child, typing_only
            yield from walk(child, typing_only=typing_only)


def imported(name: str, tree: ast.Module, *, typing_only: bool = False) -> set[str]:
    """The package modules that the module ``name`` imports (only under TYPE_CHECKING, or only outside it)."""
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    nodes = [node for node, typing in walk(tree) if typing is typing_only]
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    dynamic = any(
        (isinstance(node, ast.Attribute) and node.attr == "import_module")
        or (isinstance(node, ast.Name) and node.id == "__import__")
        or (isinstance(node, ast.alias) and node.name == "import_module")
        for node in nodes
    )
    if dynamic and not typing_only:
        found |= {node.value for node in nodes if isinstance(node, ast.Constant) and node.value in MODULES}
    return {module for module in found if module in MODULES and module != name}


@functools.cache
def trees() -> dict[str, ast.Module]:
    """Each module's syntax tree (parsed once, by the first test that asks: not as each xdist worker collects)."""
    return {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


@functools.cache
def graph() -> dict[str, set[str]]:
    """The package modules that each module imports, outside TYPE_CHECKING."""
    return {name: imported(name, tree) for name, tree in trees().items()}


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or with a self-loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_and_dynamic_imports() -> None:
    assert "karabakh_status._folders" in graph()["karabakh_status._loading"]  # inside load()
    assert "karabakh_status._recognition" in graph()["karabakh_status._datasets"]  # importlib, by name
    assert "karabakh_status._shortcuts" in graph()["karabakh_status"]  # the lazy __init__
    assert "karabakh_status._cli.dispatch" in graph()["karabakh_status._cli"]
    assert "karabakh_status._violation" not in graph()["karabakh_status.errors"]  # TYPE_CHECKING only


def test_no_import_cycle() -> None:
    edges = {name: {t for t in targets if (name, t) not in ALLOWED_CYCLE_EDGES} for name, targets in graph().items()}
    assert cycles(edges) == []


def test_every_allowed_cycle_edge_is_an_import() -> None:
    for source, target in ALLOWED_CYCLE_EDGES:
        assert target in graph()[source], (source, target)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_500_lines(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name}: {lines} lines"


def test_errors_is_a_leaf() -> None:
    assert graph()["karabakh_status.errors"] == set()
    assert imported("karabakh_status.errors", trees()["karabakh_status.errors"], typing_only=True) <= {
        "karabakh_status._violation"  # for annotations only
    }
    assert graph()["karabakh_status._violation"] == set()
    assert imported("karabakh_status._violation", trees()["karabakh_status._violation"], typing_only=True) == set()


def test_the_loader_and_the_folder_reader_import_one_way() -> None:
    assert "karabakh_status._folders" in graph()["karabakh_status._loading"]
    assert not {"karabakh_status._loading", "karabakh_status._dataset"} & graph()["karabakh_status._folders"]

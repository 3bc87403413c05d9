"""The house keeps its layout (issue 18): no import cycle between the engine's modules, no two
modules with the same name, the CLI's help imports neither llama.cpp nor spaCy, and the French
word lists live in engine/text/lexicon only (issue 19)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from engine.text import lexicon

ENGINE = Path(__file__).resolve().parent.parent / "engine"


def module_name(path: Path) -> str:
    parts = path.relative_to(ENGINE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path, modules: set[str]) -> set[str]:
    """The engine modules `path` imports when it is imported: module-level statements only
    (a function's own import runs later; `if TYPE_CHECKING:` never runs)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pending = list(tree.body)
    while pending:  # the module's statements, and those of its classes, ifs and trys: not a def's
        item = pending.pop()
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(item, ast.If) and "TYPE_CHECKING" in ast.unparse(item.test):
            pending.extend(item.orelse)
            continue
        pending.extend(ast.iter_child_nodes(item))
        if isinstance(item, ast.Import):
            found |= {a.name for a in item.names if a.name in modules}
        elif isinstance(item, ast.ImportFrom) and item.module and item.level == 0:
            for alias in item.names:
                child = f"{item.module}.{alias.name}"
                found.add(child if child in modules else item.module)
    return found & modules


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in ENGINE.rglob("*.py")}
    modules = set(paths)
    return {name: top_level_imports(path, modules) - {name} for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_no_import_cycle_between_engine_modules() -> None:
    graph = import_graph()
    assert "engine.write.prompts" in graph["engine.write.draft"]  # the graph is really read
    assert cycles(graph) == []


def test_a_function_s_own_import_is_no_edge(tmp_path: Path) -> None:
    code = tmp_path / "m.py"
    code.write_text(
        "from typing import TYPE_CHECKING\n"
        "import a\n"
        "if TYPE_CHECKING:\n    import b\n"
        "def read():\n    import c\n    from d import x\n"
        "class K:\n    def f(self):\n        import e\n",
        encoding="utf-8",
    )
    assert top_level_imports(code, {"a", "b", "c", "d", "e"}) == {"a"}


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_no_two_modules_share_a_name() -> None:
    names: dict[str, list[str]] = {}
    for path in ENGINE.rglob("*.py"):
        if path.stem not in ("__init__", "__main__"):
            names.setdefault(path.stem, []).append(str(path.relative_to(ENGINE)))
    assert {n: p for n, p in names.items() if len(p) > 1} == {}


def test_help_imports_no_backend() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from engine.cli import cli\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0\n"
        "print(sorted(m for m in ('llama_cpp', 'spacy', 'engine.gate', 'engine.usecase')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def empty_ifs(code: str) -> list[int]:
    """The lines of `if` blocks that do nothing (a body of `pass` alone, no `else`)."""
    tree = ast.parse(code)
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and not node.orelse
        and all(isinstance(s, ast.Pass) for s in node.body)
    ]


def test_no_if_block_that_does_nothing() -> None:
    found = {
        str(p.relative_to(ENGINE)): lines
        for p in ENGINE.rglob("*.py")
        if (lines := empty_ifs(p.read_text(encoding="utf-8")))
    }
    assert found == {}
    assert empty_ifs("import x\n\nif x.Y:\n    pass\nif x.Z:\n    pass\nelse:\n    x.z()\n") == [3]


MONTH_NAMES = frozenset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre".split()
)
WEEKDAY_NAMES = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche".split())


@cache
def literals(code: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each string and each literal collection of strings (a set, list, tuple or dict's keys)
    in `code`, as its line and the lowercase words it holds. A docstring that gives examples is
    no list: left out."""
    tree = ast.parse(code)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }

    def words(node: ast.AST | None) -> set[str]:
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            return set(re.findall(r"\w+", node.value.lower()))
        return set()

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = node.keys
        else:
            items = [node]
        held = frozenset().union(*(words(item) for item in items))
        if len(held) >= 3:
            found.append((node.lineno, held))
    return tuple(found)


def written_lists(code: str, names: frozenset[str]) -> list[int]:
    """The lines where `code` writes three or more of `names` in one string or one literal
    collection: a word list that belongs in engine/text/lexicon."""
    return sorted({line for line, held in literals(code) if len(held & names) >= 3})


def test_the_lexicon_holds_every_month_and_weekday() -> None:
    assert set(lexicon.tagged("months")) == MONTH_NAMES
    assert set(lexicon.tagged("weekdays")) == WEEKDAY_NAMES


# The lexicon's lists whose words are rare elsewhere, so that three of them in one literal can
# only be the list written again: (file, tag of its lines, or "" for the whole file).
GUARDED_LISTS = [
    ("months", ""),
    ("weekdays", ""),
    ("scales", ""),
    ("fractions", ""),
    ("currencies", ""),
    ("courtesy", ""),
    ("direction", ""),
    ("titles", ""),
    ("institutions", ""),
    ("organisations", "first"),
    ("organisations", "last"),
]


@pytest.mark.parametrize(("name", "tag"), GUARDED_LISTS, ids=[f"{n}:{t}" for n, t in GUARDED_LISTS])
def test_a_lexicon_list_is_never_written_in_the_engine(name: str, tag: str) -> None:
    entries = lexicon.by_tag(name)[tag] if tag else frozenset(lexicon.tagged(name))
    names = frozenset(e.lower() for e in entries if re.fullmatch(r"\w+", e))
    assert len(names) >= 3
    found = {
        str(p.relative_to(ENGINE)): lines
        for p in ENGINE.rglob("*.py")
        if (lines := written_lists(p.read_text(encoding="utf-8"), names))
    }
    assert found == {}


def test_a_written_month_list_is_found() -> None:
    code = (
        '"""Dates: « 12 janvier », « mars 2016 », « 1er avril »."""\n'
        'A = {"janvier": 1, "février": 2, "mars": 3}\n'
        'B = frozenset("lundi mardi mercredi".split())\n'
        'C = "le 12 janvier"\n'
        'D = ("mai", "juin", "juillet")\n'
    )
    assert written_lists(code, MONTH_NAMES) == [2, 5]
    assert written_lists(code, WEEKDAY_NAMES) == [3]


def test_each_lexicon_list_says_what_it_is_and_is_read() -> None:
    """Every file of engine/text/lexicon opens with a comment that says what it holds, and a
    module of the engine reads it (`words`, `lines`, `tagged` or `by_tag`)."""
    folder = ENGINE / "text" / "lexicon"
    calls = re.compile(r"\b(?:words|lines|tagged|by_tag)\(\s*\"(\w+)\"")
    read = {n for p in ENGINE.rglob("*.py") for n in calls.findall(p.read_text(encoding="utf-8"))}
    files = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    assert {"months", "stopwords_fr", "slug_stopwords", "direction"} <= set(files)
    assert [n for n, text in files.items() if not text.startswith("# ")] == []
    assert sorted(set(files) - read) == []


def test_the_paths_the_docs_name_exist() -> None:
    """A file or folder README.md or docs/ARCHITECTURE.md names (`engine/text/lexicon/`) is
    there: a move updates the docs."""
    repo = ENGINE.parent
    named = {
        path
        for doc in ("README.md", "docs/ARCHITECTURE.md")
        for path in re.findall(
            r"`((?:engine|scripts|tests|docs)/[\w./-]+)`", (repo / doc).read_text("utf-8")
        )
    }
    assert "engine/text/lexicon/" in named
    assert sorted(p for p in named if not (repo / p).exists()) == []

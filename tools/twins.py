"""The concern map (twins.toml): loading it, checking it, and the README it writes.

python -m tools.twins            # check the map and the README's blocks
python -m tools.twins --write    # rewrite the README's blocks from the map
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "twins.toml"
README = ROOT / "README.md"
SUITE = ROOT / "shared_tests"
APPS = {"flask": "Flask", "django": "Django"}
BUILT_IN = "built in: "


@dataclass(frozen=True)
class Topic:
    number: int
    title: str
    text: str


@dataclass(frozen=True)
class Concern:
    id: str
    title: str
    topic: int
    sides: dict[str, list[str]]  # app -> entries
    tests: list[str]


def load(path: Path = MAP) -> tuple[list[Topic], list[Concern]]:
    """Read the topics and the concerns from the map."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    topics = [
        Topic(t["number"], t["title"], " ".join(t["text"].split()))
        for t in data["topic"]
    ]
    concerns = [
        Concern(
            c["id"], c["title"], c["topic"], {app: c[app] for app in APPS}, c["tests"]
        )
        for c in data["concern"]
    ]
    return topics, concerns


def split_entry(entry: str) -> tuple[str, str | None]:
    """A map entry as (path, symbol or None)."""
    path, _, symbol = entry.partition("::")
    return path, symbol or None


def python_names(path: Path) -> set[str]:
    """The names a Python file defines at its top level (functions, classes, =)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def entry_problems(entry: str) -> list[str]:
    """What is wrong with one map entry: a missing path or symbol."""
    if entry.startswith(BUILT_IN):
        return []
    path, symbol = split_entry(entry)
    if not (ROOT / path).exists():
        return [f"{entry}: no such path"]
    if symbol is not None and symbol not in python_names(ROOT / path):
        return [f"{entry}: {path} defines no {symbol}"]
    return []


def named_test_problems(test: str) -> list[str]:
    """What is wrong with a named shared test: a missing module or function."""
    module, _, function = test.partition("::")
    path = SUITE / module
    if not path.exists():
        return [f"{test}: no such test module"]
    if function and function not in python_names(path):
        return [f"{test}: {module} has no {function}"]
    return []


def covers(entries: list[str], module: str) -> bool:
    """Whether a module (a path from the root) is one of the entries or under one."""
    for entry in entries:
        path, _ = split_entry(entry)
        if module == path or (path.endswith("/") and module.startswith(path)):
            return True
    return False


def app_modules() -> list[str]:
    """Every Python module of both apps that holds code, as paths from the root."""
    modules = []
    for app in APPS:
        for path in sorted((ROOT / f"{app}_app").rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            body = tree.body[1:] if ast.get_docstring(tree) else tree.body
            if body:
                modules.append(path.relative_to(ROOT).as_posix())
    return modules


def problems(topics: list[Topic], concerns: list[Concern]) -> list[str]:
    """Everything wrong with the map: paths, symbols, tests, modules left out."""
    found = []
    numbers = {topic.number for topic in topics}
    for concern in concerns:
        if concern.topic not in numbers:
            found.append(f"{concern.id}: no topic {concern.topic}")
        for entries in concern.sides.values():
            for entry in entries:
                found += entry_problems(entry)
        for test in concern.tests:
            found += named_test_problems(test)
    every_entry = [e for c in concerns for entries in c.sides.values() for e in entries]
    for module in app_modules():
        if not covers(every_entry, module):
            found.append(f"{module}: in no concern")
    return found


def link(entry: str) -> str:
    """An entry as README Markdown: a linked path, its symbol, or built-in text."""
    if entry.startswith(BUILT_IN):
        return f"*{entry}*"
    path, symbol = split_entry(entry)
    shown = f"[`{path}`]({path})"
    return f"`{symbol}` in {shown}" if symbol else shown


def test_link(test: str) -> str:
    """A shared test as a README link to its module."""
    module, _, function = test.partition("::")
    return f"[`{function or module}`](shared_tests/{module})"


def one_sided(concern: Concern) -> str | None:
    """The app whose side is all built in, if one is."""
    for app, entries in concern.sides.items():
        if all(entry.startswith(BUILT_IN) for entry in entries):
            return app
    return None

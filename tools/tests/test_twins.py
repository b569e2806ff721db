"""The concern map and the README agree with the code of both apps."""

from __future__ import annotations

import ast

import pytest

from tools.readme import stale_blocks
from tools.twins import (
    README,
    ROOT,
    app_modules,
    covers,
    entry_problems,
    load,
    named_test_problems,
)

TOPICS, CONCERNS = load()
ENTRIES = sorted(
    {entry for c in CONCERNS for entries in c.sides.values() for entry in entries}
)
TESTS = sorted({test for c in CONCERNS for test in c.tests})


def test_thirteen_topics_each_with_concerns() -> None:
    """The map has the README's 13 topics, and every topic has a concern."""
    assert [topic.number for topic in TOPICS] == list(range(1, 14))
    assert {c.topic for c in CONCERNS} == set(range(1, 14))


@pytest.mark.parametrize("entry", ENTRIES)
def test_every_entry_exists(entry: str) -> None:
    """Each file, folder and symbol the map names exists."""
    assert entry_problems(entry) == []


@pytest.mark.parametrize("test", TESTS)
def test_every_named_test_exists(test: str) -> None:
    """Each shared test the map names exists (module, and function if named)."""
    assert named_test_problems(test) == []


@pytest.mark.parametrize("module", app_modules())
def test_every_module_is_in_a_concern(module: str) -> None:
    """Each module of both apps belongs to some concern of the map."""
    entries = [e for c in CONCERNS for side in c.sides.values() for e in side]
    assert covers(entries, module), f"{module} is in no concern of twins.toml"


@pytest.mark.parametrize(
    "module", [m for m in app_modules() if "/migrations/" not in m]
)
def test_every_module_names_its_twin(module: str) -> None:
    """Each module of both apps, migrations aside (their tools write them), opens
    with a docstring that names its twin, or says why only one framework needs
    it ("Flask only:", "Django only:")."""
    docstring = ast.get_docstring(ast.parse((ROOT / module).read_text("utf-8")))
    assert docstring, module
    assert any(mark in docstring for mark in ("Twin:", "Flask only:", "Django only:"))


def test_readme_blocks_are_generated_from_the_map() -> None:
    """The README's twin table, one-sided list and topics are the map's."""
    stale = stale_blocks(README.read_text(encoding="utf-8"))
    assert stale == [], f"run: python -m tools.readme --write ({stale})"

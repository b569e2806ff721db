"""The shared tests a concern names, as links into the site's copies of their modules.

Each test module the map names gets a page of its own (tests/test_x.html),
its lines numbered and anchored, so that `test_x.py::test_y` links to the
line where test_y starts (its first decorator, if it has one). A module the
map names that is not in the checkout is listed without a link (the map's
own check, `python -m tools.readme`, reports it).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from tools.compare.concerns import ConcernPage
from tools.compare.tokens import Line, highlight
from tools.twins import SUITE


@dataclass(frozen=True)
class SuiteLink:
    """A shared test as a concern page shows it."""

    label: str
    href: str | None  # from the site's root; None when the module is missing


@dataclass(frozen=True)
class SuiteModule:
    """One module of the shared suite, and the concerns it proves."""

    name: str
    lines: list[Line]
    proves: list[ConcernPage]

    @property
    def href(self) -> str:
        """The module's page, from the site's root."""
        return f"tests/{self.name.removesuffix('.py')}.html"


def starts(module: str) -> dict[str, int]:
    """The line where each top-level function or class of a module starts."""
    if not (SUITE / module).is_file():
        return {}
    tree = ast.parse((SUITE / module).read_text(encoding="utf-8"))
    return {
        node.name: min([node.lineno, *(d.lineno for d in node.decorator_list)])
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    }


def proof_links(page: ConcernPage) -> list[SuiteLink]:
    """The concern's shared tests, linked to their lines."""
    links = []
    for test in page.concern.tests:
        module, _, function = test.partition("::")
        href = f"tests/{module.removesuffix('.py')}.html"
        if function in starts(module):
            href += f"#L{starts(module)[function]}"
        exists = (SUITE / module).is_file()
        links.append(SuiteLink(function or module, href if exists else None))
    return links


def suite_modules(pages: list[ConcernPage]) -> list[SuiteModule]:
    """Every test module the concerns name, with the concerns it proves."""
    names = sorted({t.partition("::")[0] for p in pages for t in p.concern.tests})
    names = [name for name in names if (SUITE / name).is_file()]
    return [
        SuiteModule(
            name,
            highlight((SUITE / name).read_text(encoding="utf-8"), name),
            [
                p
                for p in pages
                if any(t.partition("::")[0] == name for t in p.concern.tests)
            ],
        )
        for name in names
    ]

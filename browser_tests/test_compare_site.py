"""The side-by-side reading site (`tox -e compare`) in a real browser.

The site is built into a temporary folder from the checkout (the last suite
run's report and the committed screenshots included) and opened from the file
system, as a reader opens it. Every page (of the test modules' pages, which
share one template, three) must pass axe-core without a serious or critical
violation at a phone's width and fit that width, its wide code tables
scrolling inside their own frames; the index and a concern page are checked at
the desktop size too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from browser_tests.support.actions import document_width
from browser_tests.support.axe import violations
from browser_tests.support.fixtures import CONTEXT_OPTIONS, DESKTOP
from tools.compare.site import build, gather, page_names
from tools.twins import load

PHONE = {"width": 390, "height": 844}
BLOCKING = {"serious", "critical"}
# Every page but the test modules' own, which share one template: three of
# those stand for the rest.
ALL_PAGES = page_names(load()[1])
TEST_PAGES = [name for name in ALL_PAGES if name.startswith("tests/")]
PAGES = [name for name in ALL_PAGES if name not in TEST_PAGES] + TEST_PAGES[:3]
OpenFile = Callable[[Path, dict[str, int]], Page]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once for this module."""
    out = tmp_path_factory.mktemp("compare") / "site"
    build(gather(), out)
    return out


@pytest.fixture
def open_file(browser: Browser) -> Iterator[OpenFile]:
    """open_file(path, viewport): a site's page opened from the file system."""
    contexts: list[BrowserContext] = []

    def opened(path: Path, viewport: dict[str, int]) -> Page:
        contexts.append(browser.new_context(viewport=viewport, **CONTEXT_OPTIONS))
        page = contexts[-1].new_page()
        page.goto(path.as_uri())
        return page

    yield opened
    for context in contexts:
        context.close()


def check(page: Page, axe: Path) -> None:
    """The page has no serious or critical axe violation and no sideways scroll."""
    found = [v for v in violations(page, axe) if v.impact in BLOCKING]
    assert found == [], "\n".join(str(violation) for violation in found)
    width = document_width(page)
    assert width["scroll"] <= width["client"], f"the page is {width['scroll']} px wide"


@pytest.mark.parametrize("name", PAGES)
def test_site_page_on_a_phone(
    site: Path, open_file: OpenFile, axe: Path, name: str
) -> None:
    """The page passes axe-core and fits a 390 px phone."""
    check(open_file(site / name, PHONE), axe)


@pytest.mark.parametrize("name", ["index.html", "forms.html"])
def test_site_page_on_a_desktop(
    site: Path, open_file: OpenFile, axe: Path, name: str
) -> None:
    """The index and a concern's page pass axe-core at the desktop size."""
    check(open_file(site / name, DESKTOP), axe)

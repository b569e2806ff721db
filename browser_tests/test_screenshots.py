"""Paired screenshots of the same pages in both apps.

Collected first (see conftest.py), so they show the seeded demo data only.
Every run writes them to build/screenshots/; `--update-screenshots` refreshes
the committed set in docs/screenshots/ that the README shows side by side.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_tests.support.actions import listed
from browser_tests.support.fixtures import DESKTOP, OpenPage, PageAs
from browser_tests.support.run import RUN
from browser_tests.support.screenshots import (
    COMMITTED,
    DOCS_DIR,
    file_name,
    png_size,
    take,
)
from browser_tests.support.visits import Visit, open_visit
from harness.target import Target
from helpers.demo import ADMIN, ALICE, DEMO_NOTE_TITLE, PER_PAGE
from helpers.notes import NEW_NOTE_PATH

# Each page, and what it must show: how many elements match a selector.
SHOTS = {
    "home": (Visit("/"), "article.note", PER_PAGE),
    "note-form-errors": (
        Visit(NEW_NOTE_PATH, user=ALICE, form="form.note-form"),
        "ul.errorlist",
        2,  # title and body are both required
    ),
    "admin-note-list": (
        Visit("{admin_note_list}", user=ADMIN),
        listed(DEMO_NOTE_TITLE),
        1,
    ),
}
SIZE = (DESKTOP["width"], DESKTOP["height"])


@pytest.mark.parametrize("name", list(SHOTS))
def test_screenshot(
    request: pytest.FixtureRequest,
    app: Target,
    open_page: OpenPage,
    page_as: PageAs,
    name: str,
) -> None:
    """The page is captured at the desktop size, in the state the name says."""
    visit, selector, count = SHOTS[name]
    shown = open_visit(visit, app, open_page, page_as)
    expect(shown.locator(selector)).to_have_count(count)
    path = take(shown, app.name, name, request.config.stash[RUN].update_screenshots)
    assert png_size(path) == SIZE


@pytest.mark.parametrize("name", COMMITTED)
def test_committed_screenshot(app_name: str, name: str) -> None:
    """The README's screenshot of the page is committed, at the desktop size."""
    assert png_size(DOCS_DIR / file_name(app_name, name)) == SIZE

"""A title of one 100-character word (the longest allowed) stays inside the window.

Without `overflow-wrap` a browser cannot break such a word, and the note page
grew to about 2,000 px at a 1,280 px window and 1,750 px on a 390 px phone.
The document must be no wider than the window, on the note's own page and on
the home page that lists it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_tests.support.actions import document_width
from browser_tests.support.fixtures import OpenPage
from browser_tests.support.screenshots import take
from harness.target import Target
from helpers.notes import alices_note, find_note, note_path

LONG_WORD = ("Pneumonoultramicroscopicsilicovolcanoconiosis" * 3)[:100]
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
}


@pytest.fixture(scope="session")
def long_word_note(app: Target) -> int:
    """A note by alice whose title is one word of 100 letters."""
    return alices_note(app, LONG_WORD)


def where_listed(app: Target, note_id: int) -> dict[str, str]:
    """The note's own page and the home page that lists it."""
    found = find_note(app, LONG_WORD)
    assert found is not None and found[0]["id"] == note_id
    return {"note": note_path(note_id), "home": f"/?page={found[1]}"}


@pytest.mark.parametrize("where", ["note", "home"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_long_word_title_fits_the_window(
    app: Target, open_page: OpenPage, long_word_note: int, viewport: str, where: str
) -> None:
    """The page is no wider than the window, and the whole title is inside it."""
    page = open_page(viewport=VIEWPORTS[viewport])
    page.goto(where_listed(app, long_word_note)[where])
    title = page.locator(f"#note-{long_word_note} .note-title")
    expect(title).to_have_text(LONG_WORD)
    width = document_width(page)
    take(page, app.name, f"long-word-{where}-{viewport}")
    assert width["scroll"] <= width["client"], f"{width['scroll']} px wide"
    box = title.bounding_box()
    assert box is not None and box["x"] >= 0
    assert box["x"] + box["width"] <= width["client"]

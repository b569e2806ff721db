"""The home page cuts a long note after a whole word, never inside one."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from harness.target import Target
from helpers.client import unique
from helpers.notes import EXCERPT_LENGTH, alices_note, excerpt, find_note

# The 80th character falls inside "somewhere": a plain cut would show "somewhe…".
BODY = (
    "Every sentence in this note is long enough to be cut, "
    "and this one ends somewhere near the end."
)


def test_excerpt_ends_after_a_whole_word(app: Target, page: Page) -> None:
    """The excerpt is the body's whole words that fit, then an ellipsis."""
    assert re.match(r"\w\w", BODY[EXCERPT_LENGTH - 2 : EXCERPT_LENGTH])
    title = unique("Excerpt ")
    note_id = alices_note(app, title, BODY)
    found = find_note(app, title)
    assert found is not None
    page.goto(f"/?page={found[1]}")
    shown = page.locator(f"#note-{note_id} .note-excerpt").inner_text()
    assert shown == excerpt(BODY)
    kept = shown.removesuffix("…")
    assert shown.endswith("…") and BODY.startswith(kept)
    assert BODY[len(kept)] == " ", f"cut inside a word: {shown!r}"

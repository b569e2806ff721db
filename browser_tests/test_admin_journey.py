"""The admin site in the browser: staff edits a note, and the site shows it."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

from browser_tests.support.actions import listed
from browser_tests.support.fixtures import PageAs
from harness.target import Target
from helpers.client import unique
from helpers.demo import ADMIN, ALICE
from helpers.notes import alices_note, note_path


def test_staff_edits_a_note_in_the_admin(app: Target, page_as: PageAs) -> None:
    """The admin's change form saves the new title; the list and the site show it."""
    admin = app.profile.admin
    title = unique("Admin edit ")
    note_id = alices_note(app, title)
    page = page_as(ADMIN)
    page.goto(admin.note_change.format(id=note_id))
    title_input = page.locator("[name=title]")
    expect(title_input).to_have_value(title)
    edited = f"{title} (by staff)"
    title_input.fill(edited)
    with page.expect_navigation():
        page.get_by_role("button", name="Save", exact=True).click()
    assert urlsplit(page.url).path == admin.note_list
    # Opened again: the list without the success message (which names the note).
    page.goto(admin.note_list)
    expect(page.locator(listed(edited))).to_have_count(1)
    page.goto(note_path(note_id))
    expect(page.locator("h1")).to_have_text(edited)
    expect(page.locator(".note-author")).to_have_text(ALICE)

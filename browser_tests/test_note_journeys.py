"""Notes in the browser: an author writes, edits and deletes one; a moderator
deletes someone else's."""

from __future__ import annotations

from http import HTTPStatus

from playwright.sync_api import Page, expect

from browser_tests.support.actions import message, submit
from browser_tests.support.fixtures import PageAs
from harness.target import Target
from helpers.client import unique
from helpers.demo import ALICE, MODERATOR
from helpers.notes import NEW_NOTE_PATH, alices_note, api_note, note_path


def press_delete(page: Page) -> None:
    """Press the note page's Delete button (a POST form) and wait for the next page."""
    with page.expect_navigation():
        page.get_by_role("button", name="Delete").click()


def test_author_writes_edits_and_deletes_a_note(app: Target, page_as: PageAs) -> None:
    """Each step lands where it should, with its message and the note's text."""
    page = page_as(ALICE)
    title = unique("Journey ")
    page.goto(NEW_NOTE_PATH)
    submit(page, "form.note-form", {"title": title, "body": "First draft."})
    expect(message(page)).to_have_text(["Note created."])
    expect(page.locator("h1")).to_have_text(title)
    note_url = page.url
    page.get_by_role("link", name="Edit").click()
    expect(page).to_have_url(note_url + "edit/")
    expect(page.locator("[name=title]")).to_have_value(title)
    edited = f"{title} (edited)"
    submit(page, "form.note-form", {"title": edited, "body": "Second draft."})
    expect(page).to_have_url(note_url)
    expect(message(page)).to_have_text(["Note updated."])
    expect(page.locator("h1")).to_have_text(edited)
    expect(page.locator(".note-body")).to_have_text("Second draft.")
    press_delete(page)
    expect(page).to_have_url(app.url("/"))
    expect(message(page)).to_have_text(["Note deleted."])
    gone = page.goto(note_url)
    assert gone is not None and gone.status == HTTPStatus.NOT_FOUND


def test_moderator_deletes_someone_elses_note(app: Target, page_as: PageAs) -> None:
    """A moderator sees Delete but not Edit on alice's note, and deletes it."""
    note_id = alices_note(app, unique("Moderated "))
    page = page_as(MODERATOR)
    page.goto(note_path(note_id))
    expect(page.locator(".note-edit")).to_have_count(0)
    press_delete(page)
    expect(page).to_have_url(app.url("/"))
    expect(message(page)).to_have_text(["Note deleted."])
    assert api_note(app, note_id) is None

"""The note pages: writing, editing and deleting a note through the site's forms.

Django uses CreateView/UpdateView and a View with only post() for deleting;
the Flask twin writes the three views by hand. Each valid POST ends in a
redirect with a message, and the API shows what was stored.
"""

from __future__ import annotations

from http import HTTPStatus

import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import get, post, unique
from helpers.demo import ALICE
from helpers.notes import (
    NEW_NOTE_PATH,
    NOTE_BODY,
    alices_note,
    api_note,
    note_id_from,
    note_path,
)
from helpers.pages import csrf_token, field_value, messages, soup
from helpers.responses import absolute


def test_create_note(target: Target, client: requests.Session) -> None:
    """New note: 302 to the note, "Note created.", the title stored stripped."""
    sign_in(client, target, ALICE)
    title = unique("Created ")
    page = get(client, target, NEW_NOTE_PATH)
    assert page.status_code == HTTPStatus.OK
    assert (
        soup(page).h1 is not None and soup(page).h1.get_text(strip=True) == "New note"
    )
    response = post(
        client,
        target,
        NEW_NOTE_PATH,
        {"title": f"  {title}  ", "body": NOTE_BODY},
        csrf_token(page, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    note_id = note_id_from(target, response.headers["Location"])
    detail = soup(get(client, target, note_path(note_id)))
    assert "Note created." in messages(detail)
    assert detail.select_one("h1.note-title").get_text(strip=True) == title
    note = api_note(target, note_id)
    assert note is not None
    assert (note["title"], note["body"], note["author"]) == (title, NOTE_BODY, ALICE)


def test_edit_note(target: Target, client: requests.Session) -> None:
    """Edit: the form holds the note, a valid post is 302 to the note with
    "Note updated." and the new title and body are stored."""
    note_id = alices_note(target, unique("Before "))
    sign_in(client, target, ALICE)
    before = api_note(target, note_id)
    assert before is not None
    page = get(client, target, note_path(note_id, "edit"))
    assert page.status_code == HTTPStatus.OK
    form = soup(page)
    assert field_value(form, "title") == before["title"]
    assert field_value(form, "body") == NOTE_BODY
    title = unique("After ")
    response = post(
        client,
        target,
        note_path(note_id, "edit"),
        {"title": title, "body": "Changed body."},
        csrf_token(page, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url(
        note_path(note_id)
    )
    assert "Note updated." in messages(soup(get(client, target, note_path(note_id))))
    after = api_note(target, note_id)
    assert after is not None
    assert (after["title"], after["body"]) == (title, "Changed body.")


def test_delete_note(target: Target, client: requests.Session) -> None:
    """Delete from the note page's button: 302 to /, "Note deleted.", gone."""
    note_id = alices_note(target, unique("Doomed "))
    sign_in(client, target, ALICE)
    detail = soup(get(client, target, note_path(note_id)))
    form = detail.select_one("form.note-delete")
    assert form is not None
    response = post(
        client,
        target,
        note_path(note_id, "delete"),
        {},
        csrf_token(form, target.profile),
    )
    assert response.status_code == HTTPStatus.FOUND
    assert absolute(target, response.headers["Location"]) == target.url("/")
    assert "Note deleted." in messages(soup(get(client, target, "/")))
    assert api_note(target, note_id) is None

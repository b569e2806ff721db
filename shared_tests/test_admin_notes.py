"""Notes through the admin sites: create, edit, search, delete with the admin's forms.

Both admins are driven through their own HTML forms (admin_forms.py) as the
demo admin; every change is checked on the public site and through the API.
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import quote_plus

import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_actions import admin_add_note, admin_delete_note, admin_token
from helpers.admin_forms import page_problems, submit_form
from helpers.client import get, unique
from helpers.demo import ADMIN, ALICE
from helpers.notes import alices_note, api_note, find_note, note_path
from helpers.pages import soup

BODY = "Written through the admin."


def test_admin_creates_a_note(target: Target, client: requests.Session) -> None:
    """The add form, with alice picked as author, creates a note that the API and
    the public home page show."""
    sign_in(client, target, ADMIN)
    title = unique("Admin made ")
    response = admin_add_note(client, target, title, BODY, ALICE)
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    found = find_note(target, title)
    assert found is not None
    note, page = found
    assert (note["body"], note["author"]) == (BODY, ALICE)
    home = soup(get(client, target, f"/?page={page}"))
    article = home.select_one(f"article#note-{note['id']}")
    assert article is not None
    assert title in article.get_text()


def test_admin_edits_a_note(target: Target, client: requests.Session) -> None:
    """The change form renames a note: the API and the note page show the new title."""
    note_id = alices_note(target, unique("Admin before "), BODY)
    sign_in(client, target, ADMIN)
    title = unique("Admin after ")
    change = target.profile.admin.note_change.format(id=note_id)
    response = submit_form(client, target, change, "title", {"title": title})
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    note = api_note(target, note_id)
    assert note is not None
    assert (note["title"], note["body"], note["author"]) == (title, BODY, ALICE)
    detail = soup(get(client, target, note_path(note_id)))
    heading = detail.select_one("h1.note-title")
    assert heading is not None and heading.get_text(strip=True) == title


def test_admin_search_finds_a_note_by_title(
    target: Target, client: requests.Session
) -> None:
    """Searching the note list by title shows that note and not the others."""
    title = unique("Findable ")
    alices_note(target, title)
    sign_in(client, target, ADMIN)
    search = target.profile.admin.note_search.format(q=quote_plus(title))
    response = get(client, target, search)
    assert response.status_code == HTTPStatus.OK
    text = soup(response).get_text(" ")
    assert title in text
    assert "Demo note" not in text


def test_admin_deletes_a_note(target: Target, client: requests.Session) -> None:
    """The admin's delete (with its confirmation data) removes the note."""
    note_id = alices_note(target, unique("Admin doomed "))
    sign_in(client, target, ADMIN)
    response = admin_delete_note(client, target, note_id, admin_token(client, target))
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    assert api_note(target, note_id) is None
    assert get(client, target, note_path(note_id)).status_code == HTTPStatus.NOT_FOUND

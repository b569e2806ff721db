"""Notes written through the site's form and read back through the JSON API.

A test that changes a note writes its own (`alices_note`), so no two tests
share one; whether a note exists, and with what, is read from /api/notes/.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.client import form_token, get, new_session, post
from helpers.demo import ALICE, DEMO_NOTE_TITLE

NEW_NOTE_PATH = "/notes/new/"
NOTE_BODY = "A note written for one test case."
EXCERPT_LENGTH = 80


def note_path(note_id: int, action: str = "") -> str:
    """/notes/<id>/, or /notes/<id>/<action>/."""
    return f"/notes/{note_id}/" + (f"{action}/" if action else "")


def note_id_from(target: Target, location: str) -> int:
    """The note id of a redirect to /notes/<id>/."""
    path = urlsplit(urljoin(target.url("/"), location)).path
    match = re.fullmatch(r"/notes/(\d+)/", path)
    assert match, f"not a note URL: {location!r}"
    return int(match.group(1))


def create_note(
    session: requests.Session, target: Target, title: str, body: str
) -> int:
    """Post the new-note form as the session's user; return the new note's id."""
    token = form_token(session, target, NEW_NOTE_PATH)
    response = post(
        session, target, NEW_NOTE_PATH, {"title": title, "body": body}, token
    )
    assert response.status_code == HTTPStatus.FOUND, (
        f"creating a note: {response.status_code}"
    )
    return note_id_from(target, response.headers["Location"])


def alices_note(target: Target, title: str, body: str = NOTE_BODY) -> int:
    """A fresh note written by alice on the public site, for one test only."""
    with new_session() as author:
        sign_in(author, target, ALICE)
        return create_note(author, target, title, body)


def api_note(target: Target, note_id: int) -> dict[str, Any] | None:
    """The note as /api/notes/<id>/ shows it to anyone, or None when it is gone."""
    with new_session() as session:
        response = get(session, target, f"/api/notes/{note_id}/")
    if response.status_code == HTTPStatus.NOT_FOUND:
        return None
    assert response.status_code == HTTPStatus.OK, response.status_code
    return response.json()


def api_notes_page(target: Target, page: int = 1) -> dict[str, Any]:
    """One page of /api/notes/."""
    with new_session() as session:
        response = get(session, target, f"/api/notes/?page={page}")
    assert response.status_code == HTTPStatus.OK, response.status_code
    return response.json()


def note_count(target: Target) -> int:
    """How many notes the API lists."""
    return int(api_notes_page(target)["count"])


def find_note(target: Target, title: str) -> tuple[dict[str, Any], int] | None:
    """The note with this title and the list page holding it, or None.

    Walks every page of /api/notes/ (the home page paginates the same way).
    """
    page, pages = 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        for note in listing["notes"]:
            if note["title"] == title:
                return note, page
        pages = int(listing["pages"])
        page += 1
    return None


def seeded_note(target: Target, title: str = DEMO_NOTE_TITLE) -> dict[str, Any]:
    """A note the seed wrote, as /api/notes/ lists it (found by its title)."""
    found = find_note(target, title)
    assert found is not None, f"the seeded note {title!r} is not listed"
    return dict(found[0])


def excerpt(body: str, length: int = EXCERPT_LENGTH) -> str:
    """The note excerpt both apps show: the body, or its first whole words that
    fit with an ellipsis (a body with no break that early is cut mid-word)."""
    if len(body) <= length:
        return body
    words = re.match(r"(.*\S)\s", body[:length], re.DOTALL)
    return (words.group(1) if words else body[: length - 1]) + "…"

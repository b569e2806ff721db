"""The admin's note form keeps the model's rules: the site's limits hold there too.

Django's admin builds its form from the model (max_length, blank=False) and
its CharField strips the title; Flask-Admin builds a WTForms form from the
SQLAlchemy model, which the Flask twin gives the same rules by hand. A refused
form comes back (200, no redirect to the list) and stores nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
import requests

from harness.target import Target
from helpers.accounts import sign_in
from helpers.admin_actions import admin_add_note
from helpers.admin_forms import page_problems
from helpers.client import param_id, unique
from helpers.demo import ADMIN, ALICE
from helpers.notes import api_notes_page, find_note
from helpers.responses import absolute

# case: the (title, body) posted, made from the case's marker.
REFUSED: dict[str, Callable[[str], tuple[str, str]]] = {
    "blank title": lambda m: ("   ", f"Body of {m}."),
    "empty body": lambda m: (f"Title {m}", ""),
    "body too long": lambda m: (f"Title {m}", (f"{m} " + "b" * 5001)[:5001]),
}


def notes_mentioning(target: Target, text: str) -> list[int]:
    """The ids of the notes whose title or body holds text, on every API page."""
    found, page, pages = [], 1, 1
    while page <= pages:
        listing = api_notes_page(target, page)
        found += [
            note["id"]
            for note in listing["notes"]
            if text in note["title"] or text in note["body"]
        ]
        pages = int(listing["pages"])
        page += 1
    return found


@pytest.mark.parametrize("case", list(REFUSED), ids=param_id)
def test_admin_refuses_an_invalid_note(
    target: Target, client: requests.Session, case: str
) -> None:
    """A blank title, an empty body or a body of 5001 characters: the admin shows
    its form again (200, no redirect) and no note appears on the site."""
    mark = unique("adm")
    title, body = REFUSED[case](mark)
    sign_in(client, target, ADMIN)
    response = admin_add_note(client, target, title, body, ALICE)
    assert response.status_code == HTTPStatus.OK, page_problems(response)
    assert notes_mentioning(target, mark) == []


def test_admin_accepts_notes_at_the_limits(
    target: Target, client: requests.Session
) -> None:
    """A title of exactly 100 and a body of exactly 5000 characters are accepted:
    302 to the note list, and the API shows both unchanged."""
    title = (unique("Limit ") + "t" * 100)[:100]
    body = "b" * 5000
    sign_in(client, target, ADMIN)
    response = admin_add_note(client, target, title, body, ALICE)
    assert response.status_code == HTTPStatus.FOUND, page_problems(response)
    location = absolute(target, response.headers["Location"])
    assert urlsplit(location).path == target.profile.admin.note_list
    found = find_note(target, title)
    assert found is not None
    assert (found[0]["title"], found[0]["body"], found[0]["author"]) == (
        title,
        body,
        ALICE,
    )
